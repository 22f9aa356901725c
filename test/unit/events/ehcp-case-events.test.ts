import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { EVENT_CATALOGUE } from '#events/catalogue';
import { CASE_EVENT_TYPES, EHCP_CASE_EVENTS, EhcpCaseEventSchema } from '#events/ehcp/case-event';

const fixtureData = (type: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`../../../events/fixtures/ehcp-${type}/1.0.0.json`, import.meta.url), 'utf8'),
  ).data;

const issuesOf = (input: unknown) => {
  const result = EhcpCaseEventSchema.safeParse(input);
  return (result.error?.issues ?? []).map((issue: z.core.$ZodIssue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
};

describe('EHCP case events', () => {
  it('are each published from ecc.education.ehcp at 1.0.0 and listed in the catalogue as ehcp-<type>', () => {
    // act
    const declared = Object.entries(EHCP_CASE_EVENTS).map(([type, contract]) => ({
      type,
      source: contract.source,
      version: contract.version,
      catalogued: EVENT_CATALOGUE[`ehcp-${type}`] === contract,
    }));

    // assert
    expect(declared.map((d) => d.type)).toEqual(CASE_EVENT_TYPES);
    for (const d of declared)
      expect(d).toMatchObject({ source: 'ecc.education.ehcp', version: '1.0.0', catalogued: true });
  });

  it.each(CASE_EVENT_TYPES)('the union accepts the %s fixture as it is', (type) => {
    // act
    const issues = issuesOf(fixtureData(type));

    // assert
    expect(issues).toEqual([]);
  });

  it('refuses an unknown type, naming type and listing the known ones', () => {
    // act
    const issues = issuesOf({ ...fixtureData('request-received'), type: 'plan-lost' });

    // assert
    expect(issues).toEqual([{ path: 'type', message: `type must be one of ${CASE_EVENT_TYPES.join(', ')}` }]);
  });

  it.each([
    {
      field: 'date',
      value: '2023-02-29',
      message: 'date must be a real calendar date written YYYY-MM-DD, got "2023-02-29"',
    },
    {
      field: 'date',
      value: '2025-13-01',
      message: 'date must be a real calendar date written YYYY-MM-DD, got "2025-13-01"',
    },
    {
      field: 'date',
      value: '3/3/2025',
      message: 'date must be a real calendar date written YYYY-MM-DD, got "3/3/2025"',
    },
    {
      field: 'childInitials',
      value: 'Alice',
      message: 'childInitials must be 1 to 3 capital letters (initials only, never a name)',
    },
    {
      field: 'childInitials',
      value: 'ab',
      message: 'childInitials must be 1 to 3 capital letters (initials only, never a name)',
    },
    {
      field: 'quadrant',
      value: 'North East',
      message: 'quadrant must be one of north-east, mid, south, west',
    },
    {
      field: 'caseRef',
      value: 'ehc 1',
      message: 'caseRef must be 3-30 capital letters, digits or hyphens, e.g. EHC-2025-0417',
    },
    {
      field: 'eventId',
      value: '',
      message: 'eventId must be 1-64 letters, digits or . _ : - (starting with a letter or digit)',
    },
  ])('refuses $field $value with a message naming it', ({ field, value, message }) => {
    // act
    const issues = issuesOf({ ...fixtureData('request-received'), [field]: value });

    // assert
    expect(issues).toEqual([{ path: field, message }]);
  });

  it('accepts 29 February in a leap year', () => {
    // act
    const issues = issuesOf({ ...fixtureData('request-received'), date: '2024-02-29' });

    // assert
    expect(issues).toEqual([]);
  });

  it('refuses a case officer without a work email, naming caseOfficer.email', () => {
    // act
    const issues = issuesOf({
      ...fixtureData('decision-to-assess'),
      caseOfficer: { name: 'Sam Example', email: 'sam' },
    });

    // assert
    expect(issues).toEqual([
      { path: 'caseOfficer.email', message: 'caseOfficer email must be a work email address' },
    ]);
  });

  it('drops fields it does not know, so a child name sent by mistake is never kept', () => {
    // act
    const parsed = EhcpCaseEventSchema.parse({
      ...fixtureData('request-received'),
      childName: 'Invented Name',
    });

    // assert
    expect(parsed).not.toHaveProperty('childName');
  });

  it('caps the evidence note at 1,000 characters', () => {
    // act
    const issues = issuesOf({ ...fixtureData('exception-recorded'), evidenceNote: 'x'.repeat(1001) });

    // assert
    expect(issues).toEqual([
      { path: 'evidenceNote', message: 'evidenceNote must be 1000 characters or fewer' },
    ]);
  });

  it.each([
    {
      change: 'a school closure without its closure',
      patch: { closure: undefined },
      path: 'closure',
      message: 'closure is required for reason school-closure',
    },
    {
      change: 'a school closure with a period as well',
      patch: { period: { from: '2025-07-23', to: '2025-09-02' } },
      path: 'period',
      message: 'period does not belong to reason school-closure',
    },
    {
      change: 'a closure that reopens before it closes',
      patch: { closure: { adviceId: 'ADV-2', closesOn: '2025-09-03', reopensOn: '2025-07-23' } },
      path: 'closure.reopensOn',
      message: 'closure reopensOn must be after closure closesOn',
    },
    {
      change: 'a school closure applied to advice',
      patch: { appliesTo: ['advice:ADV-1'] },
      path: 'appliesTo.0',
      message: 'a school-closure exception (reg 10(4)) does not apply to advice (advice:ADV-1)',
    },
    {
      change: 'a missed appointment applied to the final plan',
      patch: { reason: 'missed-appointment', closure: undefined, appointmentOn: '2025-05-12' },
      path: 'appliesTo.0',
      message: 'a missed appointment (reg 8(2)(c)) applies only to advice, not to final-plan',
    },
    {
      change: 'an absence with no end',
      patch: { reason: 'absent-from-area', closure: undefined, period: { from: '2025-05-01' } },
      path: 'period.to',
      message: 'period to is required for absent-from-area',
    },
    {
      change: 'a milestone that cannot have an exception',
      patch: { appliesTo: ['annual-review'] },
      path: 'appliesTo.0',
      message:
        'appliesTo must list decision-to-assess, decision-not-to-issue, final-plan or advice:<adviceId>',
    },
  ])('refuses $change, naming $path', ({ patch, path, message }) => {
    // act
    const issues = issuesOf({ ...fixtureData('exception-recorded'), ...patch });

    // assert
    expect(issues).toContainEqual({ path, message });
  });

  it('wants the date proposed amendments were sent with a decision to amend, and only then', () => {
    // act
    const amendWithout = issuesOf({
      ...fixtureData('review-decision-issued'),
      proposedAmendmentsSentOn: undefined,
    });
    const maintainWith = issuesOf({ ...fixtureData('review-decision-issued'), decision: 'maintain' });

    // assert
    expect(amendWithout).toEqual([
      {
        path: 'proposedAmendmentsSentOn',
        message: 'proposedAmendmentsSentOn is required when the decision is amend',
      },
    ]);
    expect(maintainWith).toEqual([
      {
        path: 'proposedAmendmentsSentOn',
        message: 'proposedAmendmentsSentOn belongs only to a decision to amend, not maintain',
      },
    ]);
  });

  it('refuses a transfer that is neither a school phase nor post-16, naming transfer', () => {
    // act
    const issues = issuesOf({ ...fixtureData('phase-transfer-due'), transfer: 'university' });

    // assert
    expect(issues).toEqual([{ path: 'transfer', message: 'transfer must be school-phase or post-16' }]);
  });
});
