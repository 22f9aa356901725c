import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { BookingRequestSchema } from '#events/booking-request';

/** A complete, valid answer to the 2023-24 booking form. */
const validForm = () => ({
  submissionId: '3f0a9c52-6a1e-4b8f-9d2c-1e5f7a8b9c0d',
  termsAccepted: true,
  school: { urn: '999123', name: 'Example Church of England Primary School' },
  booker: { name: 'Jo Bloggs', email: 'jo.bloggs@example.org', phone: '01632 960123' },
  programme: 'governance-review',
  package: 'gold',
  days: 4,
  purchaseOrderNumber: 'PO-2023-0147',
  addVat: true,
});

type Form = ReturnType<typeof validForm>;

/** The issues as `path: message`, so a failure shows which field and why. */
const issuesOf = (form: unknown): string[] => {
  const result = BookingRequestSchema.safeParse(form);
  return (result.error?.issues ?? []).map(
    (issue: z.core.$ZodIssue) => `${issue.path.map(String).join('.')}: ${issue.message}`,
  );
};

describe('booking request', () => {
  it('accepts a complete, valid booking form', () => {
    // prepare
    const form = validForm();

    // act
    const result = BookingRequestSchema.safeParse(form);

    // assert
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(form);
  });

  it('accepts a form without the optional phone number and purchase order number', () => {
    // prepare
    const { purchaseOrderNumber: _po, ...form } = validForm();
    const withoutPhone = { ...form, booker: { name: 'Jo Bloggs', email: 'jo.bloggs@example.org' } };

    // act
    const result = BookingRequestSchema.safeParse(withoutPhone);

    // assert
    expect(result.success).toBe(true);
  });

  it.each<{ rule: string; change: (form: Form) => unknown; issue: string }>([
    {
      rule: 'terms and conditions not confirmed',
      change: (form) => ({ ...form, termsAccepted: false }),
      issue:
        'termsAccepted: you must confirm you have read and agree to the terms and conditions of this booking',
    },
    {
      rule: 'a URN of 5 digits',
      change: (form) => ({ ...form, school: { ...form.school, urn: '99912' } }),
      issue: 'school.urn: school URN must be the 6-digit DfE unique reference number',
    },
    {
      rule: 'a URN with letters',
      change: (form) => ({ ...form, school: { ...form.school, urn: 'ABC123' } }),
      issue: 'school.urn: school URN must be the 6-digit DfE unique reference number',
    },
    {
      rule: 'an email address without a domain',
      change: (form) => ({ ...form, booker: { ...form.booker, email: 'jo.bloggs' } }),
      issue: 'booker.email: booker email must be a valid email address',
    },
    {
      rule: 'a programme that is not on the form',
      change: (form) => ({ ...form, programme: 'forest-school' }),
      issue: 'programme: programme must be one of the programmes on the booking form',
    },
    {
      rule: 'days that are not half days',
      change: (form) => ({ ...form, package: 'pay-as-you-go', days: 0.3 }),
      issue: 'days: days must be in half days (e.g. 0.5, 1, 1.5)',
    },
    {
      rule: 'no days',
      change: (form) => ({ ...form, package: 'pay-as-you-go', days: 0 }),
      issue: 'days: days must be more than 0',
    },
    {
      rule: 'a silver package of 3 days',
      change: (form) => ({ ...form, package: 'silver', days: 3 }),
      issue: 'days: a silver package is exactly 2 days',
    },
    {
      rule: 'a gold package of 2 days',
      change: (form) => ({ ...form, package: 'gold', days: 2 }),
      issue: 'days: a gold package is at least 4 days',
    },
    {
      rule: 'no answer on VAT',
      change: ({ addVat: _addVat, ...form }) => form,
      issue: 'addVat: addVat must say whether VAT should be added to the invoice (true or false)',
    },
  ])('rejects $rule, naming the field', ({ change, issue }) => {
    // prepare
    const form = change(validForm());

    // act
    const issues = issuesOf(form);

    // assert
    expect(issues).toEqual([issue]);
  });

  it('reports every bad field at once, cross-field package rules included', () => {
    // prepare
    const form = {
      ...validForm(),
      termsAccepted: false,
      school: { urn: '99912', name: 'Example Church of England Primary School' },
      booker: { name: 'Jo Bloggs', email: 'jo.bloggs' },
      programme: 'forest-school',
      package: 'silver',
      days: 3,
      addVat: undefined,
    };

    // act
    const paths = issuesOf(form).map((issue) => issue.split(':')[0]);

    // assert
    expect(paths.sort()).toEqual(
      ['termsAccepted', 'school.urn', 'booker.email', 'programme', 'days', 'addVat'].sort(),
    );
  });

  it('reports unconfirmed terms and a gold package that is too short together', () => {
    // prepare
    const form = { ...validForm(), termsAccepted: false, package: 'gold', days: 2 };

    // act
    const issues = issuesOf(form);

    // assert
    expect(issues).toEqual([
      'termsAccepted: you must confirm you have read and agree to the terms and conditions of this booking',
      'days: a gold package is at least 4 days',
    ]);
  });

  it('says plainly which fields are missing rather than naming types', () => {
    // prepare
    const { school: _school, booker, ...rest } = validForm();
    const form = { ...rest, booker: { email: booker.email } };

    // act
    const issues = issuesOf(form);

    // assert
    expect(issues).toEqual(['school: school is required', 'booker.name: booker name is required']);
  });
});

describe('free text on the booking form', () => {
  it.each([
    ['a control character', 'Jo\u0007 Bloggs'],
    ['a line break in a name', 'Jo\nBloggs'],
    ['a noncharacter', 'Jo \uFFFF'],
    ['a lone surrogate', 'Jo \uD800'],
  ])('refuses %s, naming the field', (_, name) => {
    const result = BookingRequestSchema.safeParse({
      ...validForm(),
      booker: { ...validForm().booker, name },
    });

    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['booker.name', 'booker name must be plain text, without control characters'],
    ]);
  });

  it('accepts letters beyond the Basic Multilingual Plane', () => {
    const result = BookingRequestSchema.safeParse({
      ...validForm(),
      school: { urn: '999123', name: 'St Mary’s 🏫 Primary' },
    });

    expect(result.success).toBe(true);
  });

  it('refuses an email address over 254 characters', () => {
    const email = `${'a'.repeat(250)}@example.org`;

    const result = BookingRequestSchema.safeParse({ ...validForm(), booker: { name: 'Jo', email } });

    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['booker.email']);
  });
});
