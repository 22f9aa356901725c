import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditionDelivery } from '#domain/editions/deliveries';
import { contactsOf } from '#domain/editions/send-edition';
import { SCHOOL_CONTACT_ROLES } from '#domain/schools/school-contact';
import { EditionDeliveryDueEnvelopeSchema, EditionDeliveryDueEvent } from '#events/edition-delivery';
import { envelope } from '#events/envelope';
import { toMessageBody } from '#events/message-body';
import { SchoolContactSchema } from '#events/school-contacts';

/*
 * The sending run's messages (producer: the deliveries it builds from the schools directory)
 * must always parse in the mailer (consumer: the EditionDeliveryDue schema), whatever the
 * directory holds within its own rules: names up to their cap, any Unicode, several roles on
 * one address. A message the mailer refuses would park a school's copy in the DLQ.
 */

const code = fc.record({
  code: fc.stringMatching(/^\d{1,2}$/),
  name: fc.string({ minLength: 1, maxLength: 60 }),
});
const school = fc.record({
  urn: fc.stringMatching(/^\d{6}$/),
  name: fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }),
  phase: fc.option(code, { nil: undefined }),
  establishmentType: code,
  typeGroup: code,
});
const contact = fc
  .record({
    role: fc.constantFrom(...SCHOOL_CONTACT_ROLES),
    name: fc.string({ minLength: 1, maxLength: 120, unit: 'grapheme', size: 'max' }),
    email: fc.emailAddress(),
  })
  .filter((c) => SchoolContactSchema.safeParse(c).success);

describe('EditionDeliveryDue: what the sending run queues, the mailer reads', () => {
  it('parses every delivery built from any valid directory entry, exactly as sent', () => {
    fc.assert(
      fc.property(school, fc.array(contact, { minLength: 1, maxLength: 6 }), (entrySchool, contacts) => {
        // prepare: contacts as the directory validates them, then as the run groups them.
        const entry = { school: entrySchool, contacts: contacts.map((c) => SchoolContactSchema.parse(c)) };
        const deliveries: EditionDelivery[] = contactsOf(entry).map((person) => ({
          edition: '2027-03-22',
          school: entry.school,
          contact: person,
        }));

        for (const delivery of deliveries) {
          // act
          const body = toMessageBody(
            envelope(EditionDeliveryDueEvent, delivery, {
              eventId: '5a0e7c2b-1f34-4d8e-8b6a-7c9d0e1f2a3b',
              occurredAt: new Date('2027-03-22T07:00:00Z'),
              correlationId: 'edition-2027-03-22',
            }),
          );
          const parsed = EditionDeliveryDueEnvelopeSchema.safeParse(JSON.parse(body));

          // assert
          expect(parsed.error?.issues ?? []).toEqual([]);
          expect(parsed.data?.data.contact).toEqual(delivery.contact);
        }
      }),
      { numRuns: 200 },
    );
  });
});
