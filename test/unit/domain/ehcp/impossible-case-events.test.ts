import { describe, expect, it } from 'vitest';
import { caseTimeline } from '#domain/ehcp/case-timeline';
import { caseTimescales } from '#domain/ehcp/case-timescales';
import { ImpossibleCaseEventError } from '#domain/ehcp/impossible-case-event-error';
import type { EhcpCaseEvent } from '#events/ehcp/case-event';
import { caseStory } from '#test/support/ehcp-events';

const issuesOf = (events: readonly EhcpCaseEvent[], today = '2026-06-01' as const) => {
  try {
    caseTimeline(events, today);
  } catch (error) {
    if (error instanceof ImpossibleCaseEventError) return error.issues;
    throw error;
  }
  return [];
};

describe('events that cannot have happened are refused, naming the event and the field', () => {
  const story = caseStory();
  const request = story.request('2025-03-03');

  it.each<{ what: string; events: () => EhcpCaseEvent[]; eventType: string; path: string; message: RegExp }>([
    {
      what: 'a decision before the request',
      events: () => [request, story.assess('2025-02-28')],
      eventType: 'decision-to-assess',
      path: 'date',
      message: /date 2025-02-28 is before the request for an assessment \(2025-03-03\)/,
    },
    {
      what: 'a decision on a case with no request',
      events: () => [story.assess('2025-04-11')],
      eventType: 'decision-to-assess',
      path: 'type',
      message: /needs the request for an assessment first/,
    },
    {
      what: 'advice received before it was requested',
      events: () => [
        request,
        story.assess('2025-04-11'),
        story.event('advice-received', '2025-04-20', { adviceId: 'ADV-1' }),
        story.adviceRequested('2025-04-22', 'ADV-1', 'health'),
      ],
      eventType: 'advice-received',
      path: 'date',
      message: /before advice ADV-1 was requested \(2025-04-22\)/,
    },
    {
      what: 'advice received that was never requested',
      events: () => [request, story.event('advice-received', '2025-04-20', { adviceId: 'ADV-9' })],
      eventType: 'advice-received',
      path: 'adviceId',
      message: /no advice ADV-9 was requested/,
    },
    {
      what: 'the same advice id requested twice',
      events: () => [
        request,
        story.adviceRequested('2025-04-14', 'ADV-1', 'health'),
        story.adviceRequested('2025-04-15', 'ADV-1', 'school'),
      ],
      eventType: 'advice-requested',
      path: 'adviceId',
      message: /already requested on 2025-04-14/,
    },
    {
      what: 'a review decision without a meeting',
      events: () => [
        story.event('plan-made', '2024-10-01'),
        story.event('review-decision-issued', '2025-10-20', { decision: 'maintain' }),
      ],
      eventType: 'review-decision-issued',
      path: 'type',
      message: /needs a review meeting awaiting its decision first/,
    },
    {
      what: 'a final plan before any draft',
      events: () => [request, story.assess('2025-04-11'), story.finalPlan('2025-07-18')],
      eventType: 'final-plan-issued',
      path: 'type',
      message: /needs a served draft plan first/,
    },
    {
      what: 'a second request on the same case',
      events: () => [request, story.request('2025-03-10')],
      eventType: 'request-received',
      path: 'type',
      message: /already received on 2025-03-03/,
    },
    {
      what: 'an event after the case was closed',
      events: () => [
        request,
        story.event('case-closed', '2025-03-20', { reason: 'request-withdrawn' }),
        story.assess('2025-04-11'),
      ],
      eventType: 'decision-to-assess',
      path: 'date',
      message: /after the case was closed \(2025-03-20\)/,
    },
    {
      what: 'an event dated after today',
      events: () => [request, story.assess('2026-06-02')],
      eventType: 'decision-to-assess',
      path: 'date',
      message: /after today \(2026-06-01\)/,
    },
    {
      what: 'an event of another case',
      events: () => [request, caseStory({ caseRef: 'EHC-2025-0999' }).assess('2025-04-11')],
      eventType: 'decision-to-assess',
      path: 'caseRef',
      message: /is not case EHC-2025-0001/,
    },
    {
      what: 'an event id reused for a different event',
      events: () => [request, { ...story.assess('2025-04-11'), eventId: request.eventId }],
      eventType: 'decision-to-assess',
      path: 'eventId',
      message: /already recorded with different content/,
    },
    {
      what: 'proposed amendments sent before the review meeting',
      events: () => [
        story.event('plan-made', '2024-10-01'),
        story.event('review-meeting-held', '2025-09-29'),
        story.event('review-decision-issued', '2025-10-20', {
          decision: 'amend',
          proposedAmendmentsSentOn: '2025-09-01',
        }),
      ],
      eventType: 'review-decision-issued',
      path: 'proposedAmendmentsSentOn',
      message: /before the review meeting \(2025-09-29\)/,
    },
    {
      what: 'an amended plan with no decision to amend',
      events: () => [
        story.event('plan-made', '2024-10-01'),
        story.event('amended-plan-issued', '2025-03-01'),
      ],
      eventType: 'amended-plan-issued',
      path: 'type',
      message: /needs a review decision to amend the plan first/,
    },
    {
      what: 'a phase transfer in a year already past',
      events: () => [
        story.event('plan-made', '2024-10-01'),
        story.event('phase-transfer-due', '2025-09-01', { transferYear: 2024, transfer: 'school-phase' }),
      ],
      eventType: 'phase-transfer-due',
      path: 'transferYear',
      message: /before the year it was recorded/,
    },
    {
      what: 'an existing plan recorded on a case with a request',
      events: () => [request, story.event('plan-made', '2024-10-01')],
      eventType: 'plan-made',
      path: 'type',
      message: /record its final plan instead/,
    },
    {
      what: 'a review meeting arranged for before its notice',
      events: () => [
        story.event('plan-made', '2024-10-01'),
        story.event('review-meeting-arranged', '2025-09-08', { meetingOn: '2025-09-01' }),
      ],
      eventType: 'review-meeting-arranged',
      path: 'meetingOn',
      message: /before the notice was given/,
    },
  ])('$what: $eventType, field $path', ({ events, eventType, path, message }) => {
    // act
    const issues = issuesOf(events());

    // assert
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ type: eventType, path });
    expect(issues[0]?.message).toMatch(message);
  });

  it('names every impossible event at once, and applies none of them', () => {
    // prepare
    const events = [
      request,
      story.assess('2025-02-01'),
      story.event('advice-received', '2025-04-20', { adviceId: 'ADV-9' }),
    ];

    // act
    const issues = issuesOf(events);

    // assert
    expect(issues.map((i) => [i.type, i.path])).toEqual([
      ['decision-to-assess', 'date'],
      ['advice-received', 'adviceId'],
    ]);
  });
});

describe('events arriving in any order', () => {
  it('gives the same milestones whatever order the events arrive in', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.request('2025-03-03'),
      story.assess('2025-04-11'),
      story.adviceRequested('2025-04-14', 'ADV-1', 'health'),
      story.adviceRequested('2025-04-14', 'ADV-2', 'school'),
      story.event('advice-received', '2025-05-23', { adviceId: 'ADV-1' }),
      story.draft('2025-06-27'),
      story.finalPlan('2025-07-18'),
      story.event('review-meeting-held', '2026-07-01'),
    ];
    const reversed = [...events].reverse();
    const shuffled = [
      events[5]!,
      events[2]!,
      events[7]!,
      events[0]!,
      events[4]!,
      events[1]!,
      events[6]!,
      events[3]!,
    ];

    // act
    const inOrder = caseTimescales(events, '2026-07-02');
    const fromReversed = caseTimescales(reversed, '2026-07-02');
    const fromShuffled = caseTimescales(shuffled, '2026-07-02');

    // assert
    expect(fromReversed).toEqual(inOrder);
    expect(fromShuffled).toEqual(inOrder);
  });

  it('takes the same event delivered twice once', () => {
    // prepare
    const story = caseStory();
    const request = story.request('2025-03-03');
    const decision = story.assess('2025-04-11');

    // act
    const once = caseTimescales([request, decision], '2025-04-14');
    const twice = caseTimescales([request, decision, structuredClone(decision), request], '2025-04-14');

    // assert
    expect(twice).toEqual(once);
  });

  it('takes the case officer, quadrant and initials from the latest event (a case moved to another officer)', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.assess('2025-04-11'),
      story.event(
        'advice-requested',
        '2025-04-14',
        { adviceId: 'ADV-1', from: 'health' },
        {
          caseOfficer: { name: 'Alex Sample', email: 'alex.sample@example.gov.uk' },
          quadrant: 'west',
        },
      ),
      story.request('2025-03-03'),
    ];

    // act
    const result = caseTimescales(events, '2025-04-14');

    // assert
    expect(result).toMatchObject({
      caseOfficer: { name: 'Alex Sample', email: 'alex.sample@example.gov.uk' },
      quadrant: 'west',
      childInitials: 'AB',
    });
  });
});

describe('a case closed', () => {
  it('keeps what was already late as missed, drops what was not yet due, and nothing stays open', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.request('2025-03-03'),
      story.adviceRequested('2025-03-10', 'ADV-1', 'health'),
      story.event('case-closed', '2025-04-30', { reason: 'moved-out-of-area' }),
    ];

    // act
    const result = caseTimescales(events, '2025-08-01');

    // assert
    expect(result.status).toBe('closed');
    expect(result.milestones.map((m) => [m.key, m.state, m.abandonedOn])).toEqual([
      ['decision-to-assess', 'missed', '2025-04-30'],
      ['advice:ADV-1', 'missed', '2025-04-30'],
    ]);
  });
});
