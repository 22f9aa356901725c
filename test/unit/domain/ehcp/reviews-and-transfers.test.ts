import { describe, expect, it } from 'vitest';
import { caseTimescales } from '#domain/ehcp/case-timescales';
import type { Milestone, MilestoneKey } from '#domain/ehcp/milestone';
import type { IsoDate } from '#domain/shared/iso-date';
import { caseStory } from '#test/support/ehcp-events';

const all = (milestones: readonly Milestone[], key: MilestoneKey) => milestones.filter((m) => m.key === key);

const only = (milestones: readonly Milestone[], key: MilestoneKey): Milestone => {
  const found = all(milestones, key);
  if (found.length !== 1) throw new Error(`${found.length} ${key} milestones`);
  return found[0]!;
};

describe('the annual review (CFA 2014 s.44(1): within the 12 months starting with the plan date)', () => {
  it.each([
    { made: '2025-01-31', due: '2026-01-30', reminder: '2026-01-30', why: 'made on 31 January' },
    { made: '2024-02-29', due: '2025-02-28', reminder: '2025-02-28', why: 'made on 29 February' },
    {
      made: '2023-03-01',
      due: '2024-02-29',
      reminder: '2024-02-29',
      why: 'made on 1 March before a leap year',
    },
    { made: '2024-09-01', due: '2025-08-31', reminder: '2025-08-29', why: 'due on a Sunday' },
  ] as { made: IsoDate; due: IsoDate; reminder: IsoDate; why: string }[])(
    'a plan $why is reviewed by $due (reminder $reminder)',
    ({ made, due, reminder }) => {
      // prepare
      const story = caseStory();

      // act
      const { milestones, status } = caseTimescales([story.event('plan-made', made)], made);

      // assert
      expect(status).toBe('plan');
      expect(only(milestones, 'annual-review')).toMatchObject({
        startsOn: made,
        dueDate: due,
        reminderDate: reminder,
      });
    },
  );

  it('runs the first review from the day the final plan was issued', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.request('2024-09-16'),
      story.assess('2024-10-25'),
      story.draft('2024-12-06'),
      story.finalPlan('2025-01-31'),
    ];

    // act
    const { milestones } = caseTimescales(events, '2025-02-03');

    // assert
    expect(only(milestones, 'annual-review').dueDate).toBe('2026-01-30');
  });

  it('runs from the last review given with an existing plan', () => {
    // prepare
    const story = caseStory();

    // act
    const { milestones } = caseTimescales(
      [story.event('plan-made', '2021-10-04', { lastReviewedOn: '2024-02-29' })],
      '2025-01-06',
    );

    // assert
    expect(only(milestones, 'annual-review')).toMatchObject({
      startsOn: '2024-02-29',
      dueDate: '2025-02-28',
    });
  });

  it('asks for notice two weeks before the latest meeting in time until a meeting is arranged', () => {
    // prepare
    const story = caseStory();

    // act
    const { milestones } = caseTimescales([story.event('plan-made', '2025-01-31')], '2025-02-03');

    // assert
    expect(only(milestones, 'review-notice').dueDate).toBe('2026-01-16');
  });

  it('then asks for notice two weeks before the arranged meeting, met by the notice it was arranged with', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.event('plan-made', '2025-01-31'),
      story.event('review-meeting-arranged', '2025-12-01', { meetingOn: '2026-01-14' }),
    ];

    // act
    const { milestones } = caseTimescales(events, '2025-12-01');

    // assert
    expect(only(milestones, 'review-notice')).toMatchObject({
      dueDate: '2025-12-31',
      completedOn: '2025-12-01',
      state: 'met',
    });
  });

  it('after the meeting: report within 2 weeks, decision within 4, and the next review within 12 months of it', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.event('plan-made', '2025-01-31'),
      story.event('review-meeting-arranged', '2025-12-01', { meetingOn: '2026-01-14' }),
      story.event('review-meeting-held', '2026-01-14'),
      story.event('review-report-received', '2026-01-23'),
    ];

    // act
    const { milestones } = caseTimescales(events, '2026-01-26');

    // assert
    const reviews = all(milestones, 'annual-review');
    expect(reviews.map((m) => [m.dueDate, m.completedOn, m.state])).toEqual([
      ['2026-01-30', '2026-01-14', 'met'],
      ['2027-01-13', undefined, 'upcoming'],
    ]);
    expect(only(milestones, 'review-report')).toMatchObject({ dueDate: '2026-01-28', state: 'met' });
    expect(only(milestones, 'review-decision')).toMatchObject({ dueDate: '2026-02-11', state: 'upcoming' });
  });

  it('asks for the amended plan within 8 weeks of sending the proposed amendments (reg 22(3))', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.event('plan-made', '2025-01-31'),
      story.event('review-meeting-held', '2026-01-14'),
      story.event('review-decision-issued', '2026-02-06', {
        decision: 'amend',
        proposedAmendmentsSentOn: '2026-02-09',
      }),
    ];

    // act
    const { milestones } = caseTimescales(events, '2026-02-09');

    // assert
    expect(only(milestones, 'review-decision')).toMatchObject({ completedOn: '2026-02-06', state: 'met' });
    expect(only(milestones, 'amended-plan')).toMatchObject({
      startsOn: '2026-02-09',
      dueDate: '2026-04-06',
      reminderDate: '2026-04-02',
      rule: 'SI 2014/1530 reg 22(3)',
    });
  });

  it('stops asking for reviews once the authority decides to cease the plan', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.event('plan-made', '2025-01-31'),
      story.event('review-meeting-held', '2026-01-14'),
      story.event('review-decision-issued', '2026-02-06', { decision: 'cease' }),
    ];

    // act
    const result = caseTimescales(events, '2026-02-09');

    // assert
    expect(result.status).toBe('ceasing');
    expect(all(result.milestones, 'annual-review').map((m) => m.state)).toEqual(['met']);
  });
});

describe('phase transfer (SI 2014/1530 reg 18(1))', () => {
  const transferCase = (transfer: 'school-phase' | 'post-16', amendedOn?: IsoDate) => {
    const story = caseStory();
    return [
      story.event('plan-made', '2022-10-03', { lastReviewedOn: '2024-10-07' }),
      story.event('phase-transfer-due', '2025-09-01', { transferYear: 2026, transfer }),
      story.event('review-meeting-held', '2025-10-06'),
      story.event('review-decision-issued', '2025-10-31', {
        decision: 'amend',
        proposedAmendmentsSentOn: '2025-10-31',
      }),
      ...(amendedOn ? [story.event('amended-plan-issued', amendedOn)] : []),
    ];
  };

  it('for a Year 6 transfer in 2026, wants the amended plan before 15 February: due Saturday 14th, reminder Friday 13th', () => {
    // act
    const { milestones } = caseTimescales(transferCase('school-phase'), '2026-02-09');

    // assert
    expect(only(milestones, 'phase-transfer')).toMatchObject({
      dueDate: '2026-02-14',
      reminderDate: '2026-02-13',
      state: 'due-soon',
      rule: 'SI 2014/1530 reg 18(1)(b)',
    });
  });

  it('for a move into post-16 in 2026, wants it before 31 March: due Monday 30th', () => {
    // act
    const { milestones } = caseTimescales(transferCase('post-16'), '2026-02-09');

    // assert
    expect(only(milestones, 'phase-transfer')).toMatchObject({
      dueDate: '2026-03-30',
      reminderDate: '2026-03-30',
      state: 'upcoming',
      rule: 'SI 2014/1530 reg 18(1)(a)',
    });
  });

  it.each([
    { amendedOn: '2026-02-13', transfer: 'school-phase', state: 'met' },
    { amendedOn: '2026-02-16', transfer: 'school-phase', state: 'missed' },
    { amendedOn: '2026-03-30', transfer: 'post-16', state: 'met' },
    { amendedOn: '2026-03-31', transfer: 'post-16', state: 'missed' },
  ] as { amendedOn: IsoDate; transfer: 'school-phase' | 'post-16'; state: string }[])(
    'an amended plan issued $amendedOn for a $transfer transfer is $state',
    ({ amendedOn, transfer, state }) => {
      // act
      const { milestones } = caseTimescales(transferCase(transfer, amendedOn), '2026-04-01');

      // assert
      expect(only(milestones, 'phase-transfer')).toMatchObject({ completedOn: amendedOn, state });
    },
  );
});
