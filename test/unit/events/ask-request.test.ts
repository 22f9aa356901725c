import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { ASK_LIMITS, AskRequestSchema } from '#events/ask-request';
import { anAskRequest } from '#test/support/calendar-asks';

/** The issues as `path: message`, so a failure shows which field and why. */
const issuesOf = (ask: unknown): string[] => {
  const result = AskRequestSchema.safeParse(ask);
  return (result.error?.issues ?? []).map(
    (issue: z.core.$ZodIssue) => `${issue.path.map(String).join('.')}: ${issue.message}`,
  );
};

describe('an ask of schools', () => {
  it('accepts a complete all-day ask and a timed one', () => {
    // prepare
    const allDay = anAskRequest();
    const timed = anAskRequest({
      kind: 'training',
      window: { type: 'timed', date: '2025-10-27', startTime: '09:30', endTime: '11:00' },
    });

    // act
    const results = [allDay, timed].map((ask) => AskRequestSchema.safeParse(ask));

    // assert
    expect(results.map((r) => r.error?.issues ?? [])).toEqual([[], []]);
    expect(results[1]?.data).toEqual(timed);
  });

  it('takes a missing audience as every school', () => {
    // prepare
    const { audience: _none, ...ask } = anAskRequest();

    // act
    const parsed = AskRequestSchema.parse(ask);

    // assert
    expect(parsed.audience).toEqual({ phases: [], schoolTypes: [] });
  });

  it.each<{ rule: string; change: (ask: Record<string, unknown>) => unknown; issue: string }>([
    {
      rule: 'an end before the start',
      change: (ask) => ({ ...ask, window: { type: 'all-day', start: '2026-02-06', end: '2026-02-02' } }),
      issue: 'window.end: window.end must be on or after window.start',
    },
    {
      rule: 'an unknown kind',
      change: (ask) => ({ ...ask, kind: 'party' }),
      issue:
        'kind: kind must be one of statutory-return, assessment-window, finance, admissions, survey, consultation, training, deadline, other',
    },
    {
      rule: 'a missing owner',
      change: ({ owner: _owner, ...ask }) => ask,
      issue: 'owner: owner is required',
    },
    {
      rule: 'an owner without a contact email',
      change: (ask) => ({ ...ask, owner: { team: 'Admissions', contact: { name: 'Alex Sample' } } }),
      issue: 'owner.contact.email: owner.contact.email must be a valid email address',
    },
    {
      rule: 'a window of more than a year',
      change: (ask) => ({ ...ask, window: { type: 'all-day', start: '2025-09-01', end: '2026-09-01' } }),
      issue: 'window.end: window must be at most a year long: window.end must be on or before 2026-08-31',
    },
    {
      rule: 'a timed event without a start time',
      change: (ask) => ({ ...ask, window: { type: 'timed', date: '2025-10-27', endTime: '11:00' } }),
      issue: 'window.startTime: window.startTime is required',
    },
    {
      rule: 'a timed event that ends before it starts',
      change: (ask) => ({
        ...ask,
        window: { type: 'timed', date: '2025-10-27', startTime: '11:00', endTime: '09:30' },
      }),
      issue: 'window.endTime: window.endTime must be after window.startTime',
    },
    {
      rule: 'a window that is neither all-day nor timed',
      change: (ask) => ({ ...ask, window: { date: '2025-10-27' } }),
      issue:
        'window.type: window.type must be all-day (with start and end dates) or timed (with a date, startTime and endTime)',
    },
    {
      rule: 'an impossible date',
      change: (ask) => ({ ...ask, window: { type: 'all-day', start: '2026-02-30', end: '2026-03-02' } }),
      issue: 'window.start: window.start must be a real calendar date written YYYY-MM-DD',
    },
    {
      rule: 'a time that is not HH:mm',
      change: (ask) => ({
        ...ask,
        window: { type: 'timed', date: '2025-10-27', startTime: '9.30', endTime: '11:00' },
      }),
      issue: 'window.startTime: window.startTime must be a 24-hour clock time written HH:mm',
    },
    {
      rule: 'a title over the cap',
      change: (ask) => ({ ...ask, title: 'x'.repeat(ASK_LIMITS.title + 1) }),
      issue: `title: title must be ${ASK_LIMITS.title} characters or fewer`,
    },
    {
      rule: 'a description over the cap',
      change: (ask) => ({ ...ask, description: 'x'.repeat(ASK_LIMITS.description + 1) }),
      issue: `description: description must be ${ASK_LIMITS.description} characters or fewer`,
    },
    {
      rule: 'a team name over the cap',
      change: (ask) => ({
        ...ask,
        owner: { team: 'x'.repeat(ASK_LIMITS.team + 1), contact: { name: 'Sam', email: 's@example.gov.uk' } },
      }),
      issue: `owner.team: owner.team must be ${ASK_LIMITS.team} characters or fewer`,
    },
    {
      rule: 'a title with a control character',
      change: (ask) => ({ ...ask, title: 'Survey\u0007 now' }),
      issue: 'title: title must be plain text, without control characters',
    },
    {
      rule: 'a link that is not a web address',
      change: (ask) => ({ ...ask, link: 'javascript:alert(1)' }),
      issue: 'link: link must be a web address starting https:// or http://',
    },
    {
      rule: 'an unknown phase',
      change: (ask) => ({ ...ask, audience: { phases: ['infant'], schoolTypes: [] } }),
      issue:
        'audience.phases.0: audience.phases must each be one of nursery, primary, middle, secondary, 16-plus, all-through',
    },
  ])('refuses $rule, naming the field', ({ change, issue }) => {
    // prepare
    const ask = change(anAskRequest() as unknown as Record<string, unknown>);

    // act
    const issues = issuesOf(ask);

    // assert
    expect(issues).toEqual([issue]);
  });

  it('names every bad field at once, the window rule included', () => {
    // prepare
    const ask = {
      ...anAskRequest(),
      kind: 'party',
      title: '',
      window: { type: 'all-day', start: '2026-02-06', end: '2026-02-02' },
    };

    // act
    const paths = issuesOf(ask).map((issue) => issue.split(':')[0]);

    // assert
    expect(paths.sort()).toEqual(['kind', 'title', 'window.end']);
  });

  it('allows a window of exactly a year (a whole academic year)', () => {
    // prepare
    const ask = anAskRequest({ window: { type: 'all-day', start: '2025-09-01', end: '2026-08-31' } });

    // act
    const issues = issuesOf(ask);

    // assert
    expect(issues).toEqual([]);
  });
});
