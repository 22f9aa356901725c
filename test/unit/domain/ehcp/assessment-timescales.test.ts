import { describe, expect, it } from 'vitest';
import { caseTimescales } from '#domain/ehcp/case-timescales';
import type { Milestone, MilestoneKey } from '#domain/ehcp/milestone';
import type { IsoDate } from '#domain/shared/iso-date';
import { caseStory } from '#test/support/ehcp-events';

const milestone = (milestones: readonly Milestone[], key: MilestoneKey): Milestone => {
  const found = milestones.find((m) => m.key === key);
  if (!found) throw new Error(`no ${key} milestone among ${milestones.map((m) => m.key).join(', ')}`);
  return found;
};

const dates = (m: Milestone) => ({ dueDate: m.dueDate, reminderDate: m.reminderDate });

describe('a request received on each day of the week (week of Monday 3 March 2025)', () => {
  it.each([
    {
      day: 'Monday',
      request: '2025-03-03',
      decision: ['2025-04-14', '2025-04-14'],
      notToIssue: ['2025-06-23', '2025-06-23'],
      finalPlan: ['2025-07-21', '2025-07-21'],
    },
    {
      day: 'Tuesday',
      request: '2025-03-04',
      decision: ['2025-04-15', '2025-04-15'],
      notToIssue: ['2025-06-24', '2025-06-24'],
      finalPlan: ['2025-07-22', '2025-07-22'],
    },
    {
      day: 'Wednesday',
      request: '2025-03-05',
      decision: ['2025-04-16', '2025-04-16'],
      notToIssue: ['2025-06-25', '2025-06-25'],
      finalPlan: ['2025-07-23', '2025-07-23'],
    },
    {
      day: 'Thursday',
      request: '2025-03-06',
      decision: ['2025-04-17', '2025-04-17'],
      notToIssue: ['2025-06-26', '2025-06-26'],
      finalPlan: ['2025-07-24', '2025-07-24'],
    },
    // 6 weeks on is Good Friday: reminders go to Maundy Thursday.
    {
      day: 'Friday',
      request: '2025-03-07',
      decision: ['2025-04-18', '2025-04-17'],
      notToIssue: ['2025-06-27', '2025-06-27'],
      finalPlan: ['2025-07-25', '2025-07-25'],
    },
    // Saturday and Sunday deadlines: reminders on the Friday, or the Thursday before Good Friday.
    {
      day: 'Saturday',
      request: '2025-03-08',
      decision: ['2025-04-19', '2025-04-17'],
      notToIssue: ['2025-06-28', '2025-06-27'],
      finalPlan: ['2025-07-26', '2025-07-25'],
    },
    {
      day: 'Sunday',
      request: '2025-03-09',
      decision: ['2025-04-20', '2025-04-17'],
      notToIssue: ['2025-06-29', '2025-06-27'],
      finalPlan: ['2025-07-27', '2025-07-25'],
    },
  ] as {
    day: string;
    request: IsoDate;
    decision: [IsoDate, IsoDate];
    notToIssue: [IsoDate, IsoDate];
    finalPlan: [IsoDate, IsoDate];
  }[])(
    '$day $request: 6 weeks to decide, 16 to refuse a plan, 20 to issue it, on the same weekday',
    ({ request, decision, notToIssue, finalPlan }) => {
      // prepare
      const story = caseStory();
      const events = [story.request(request), story.assess(request)];

      // act
      const { milestones } = caseTimescales(events, request);

      // assert
      expect(dates(milestone(milestones, 'decision-to-assess'))).toEqual({
        dueDate: decision[0],
        reminderDate: decision[1],
      });
      expect(dates(milestone(milestones, 'decision-not-to-issue'))).toEqual({
        dueDate: notToIssue[0],
        reminderDate: notToIssue[1],
      });
      expect(dates(milestone(milestones, 'final-plan'))).toEqual({
        dueDate: finalPlan[0],
        reminderDate: finalPlan[1],
      });
    },
  );
});

describe('deadlines on days that are not working days', () => {
  it.each([
    {
      request: '2025-04-14',
      due: '2025-05-26',
      reminder: '2025-05-23',
      why: 'the spring bank holiday (Monday)',
    },
    { request: '2025-11-13', due: '2025-12-25', reminder: '2025-12-24', why: 'Christmas Day' },
    { request: '2025-11-14', due: '2025-12-26', reminder: '2025-12-24', why: 'Boxing Day' },
    { request: '2025-11-16', due: '2025-12-28', reminder: '2025-12-24', why: 'the Sunday after Christmas' },
    { request: '2025-11-22', due: '2026-01-03', reminder: '2026-01-02', why: 'a Saturday' },
  ] as { request: IsoDate; due: IsoDate; reminder: IsoDate; why: string }[])(
    'a decision due on $due ($why) keeps its date; the reminder targets $reminder',
    ({ request, due, reminder }) => {
      // prepare
      const story = caseStory();

      // act
      const { milestones } = caseTimescales([story.request(request)], request);

      // assert
      expect(dates(milestone(milestones, 'decision-to-assess'))).toEqual({
        dueDate: due,
        reminderDate: reminder,
      });
    },
  );

  it('does not extend a deadline over a school holiday: the 20 weeks from 2 June 2025 end on 20 October', () => {
    // prepare
    const story = caseStory();

    // act
    const { milestones } = caseTimescales([story.request('2025-06-02')], '2025-06-02');

    // assert
    expect(milestone(milestones, 'final-plan').dueDate).toBe('2025-10-20');
  });
});

describe('29 February', () => {
  it('a request received on 29 February 2024 has its decision due on 11 April and its plan on 18 July', () => {
    // prepare
    const story = caseStory();

    // act
    const { milestones } = caseTimescales([story.request('2024-02-29')], '2024-02-29');

    // assert
    expect(milestone(milestones, 'decision-to-assess').dueDate).toBe('2024-04-11');
    expect(milestone(milestones, 'decision-not-to-issue').dueDate).toBe('2024-06-20');
    expect(milestone(milestones, 'final-plan').dueDate).toBe('2024-07-18');
  });

  it('a decision due on 29 February 2024 (a Thursday) is reminded that day', () => {
    // prepare
    const story = caseStory();

    // act
    const { milestones } = caseTimescales([story.request('2024-01-18')], '2024-01-18');

    // assert
    expect(dates(milestone(milestones, 'decision-to-assess'))).toEqual({
      dueDate: '2024-02-29',
      reminderDate: '2024-02-29',
    });
  });
});

describe('advice', () => {
  it.each([
    { from: 'health', rule: 'SI 2014/1530 reg 8(1)' },
    { from: 'other-local-authority', rule: 'SI 2014/1530 reg 8(1)' },
    { from: 'youth-offending-team', rule: 'SI 2014/1530 reg 8(1)' },
    { from: 'school', rule: 'SEND Code of Practice ch. 9 (guidance)' },
    { from: 'early-years-provider', rule: 'SEND Code of Practice ch. 9 (guidance)' },
    { from: 'educational-psychologist', rule: 'SEND Code of Practice ch. 9 (guidance)' },
    { from: 'social-care', rule: 'SEND Code of Practice ch. 9 (guidance)' },
  ] as const)('advice from $from is due 6 weeks after it was requested, under $rule', ({ from, rule }) => {
    // prepare
    const story = caseStory();
    const events = [
      story.request('2025-03-03'),
      story.assess('2025-04-04'),
      story.adviceRequested('2025-04-07', 'ADV-1', from),
    ];

    // act
    const { milestones } = caseTimescales(events, '2025-04-07');

    // assert
    expect(milestone(milestones, 'advice:ADV-1')).toMatchObject({
      startsOn: '2025-04-07',
      dueDate: '2025-05-19',
      adviceFrom: from,
      rule,
    });
  });

  it('marks advice received when its advice-received event arrives', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.request('2025-03-03'),
      story.assess('2025-04-04'),
      story.adviceRequested('2025-04-07', 'ADV-1', 'health'),
      story.adviceRequested('2025-04-07', 'ADV-2', 'educational-psychologist'),
      story.event('advice-received', '2025-05-20', { adviceId: 'ADV-1' }),
    ];

    // act
    const { milestones } = caseTimescales(events, '2025-05-21');

    // assert
    expect(milestone(milestones, 'advice:ADV-1')).toMatchObject({
      completedOn: '2025-05-20',
      state: 'missed',
    });
    expect(milestone(milestones, 'advice:ADV-2').state).toBe('overdue');
  });

  it('drops advice not yet due when the final plan is issued, and counts advice already late as missed', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.request('2025-03-03'),
      story.assess('2025-04-04'),
      story.adviceRequested('2025-04-07', 'LATE', 'health'),
      story.adviceRequested('2025-06-16', 'STILL-DUE', 'social-care'),
      story.draft('2025-06-27'),
      story.finalPlan('2025-07-18'),
    ];

    // act
    const { milestones } = caseTimescales(events, '2025-07-21');

    // assert
    expect(milestone(milestones, 'advice:LATE')).toMatchObject({
      state: 'missed',
      abandonedOn: '2025-07-18',
    });
    expect(milestones.some((m) => m.key === 'advice:STILL-DUE')).toBe(false);
  });
});

describe('the draft plan and the final plan', () => {
  it('gives the parent 15 days beginning with the day the draft was served', () => {
    // prepare
    const story = caseStory();
    const events = [story.request('2025-03-03'), story.assess('2025-04-11'), story.draft('2025-06-02')];

    // act
    const { milestones } = caseTimescales(events, '2025-06-02');

    // assert
    expect(milestone(milestones, 'draft-representations')).toMatchObject({
      startsOn: '2025-06-02',
      dueDate: '2025-06-16',
      rule: 'SI 2014/1530 reg 13(1)(a)',
    });
  });

  it('ends the representations period on a bank holiday without moving it; the reminder is the Friday before', () => {
    // prepare
    const story = caseStory();
    const events = [story.request('2025-03-03'), story.assess('2025-04-11'), story.draft('2025-08-11')];

    // act
    const { milestones } = caseTimescales(events, '2025-08-11');

    // assert
    expect(dates(milestone(milestones, 'draft-representations'))).toEqual({
      dueDate: '2025-08-25',
      reminderDate: '2025-08-22',
    });
  });

  it('counts the representations period as run once its last day has passed', () => {
    // prepare
    const story = caseStory();
    const events = [story.request('2025-03-03'), story.assess('2025-04-11'), story.draft('2025-06-02')];

    // act
    const onLastDay = milestone(caseTimescales(events, '2025-06-16').milestones, 'draft-representations');
    const dayAfter = milestone(caseTimescales(events, '2025-06-17').milestones, 'draft-representations');

    // assert
    expect(onLastDay.state).toBe('due-soon');
    expect(dayAfter).toMatchObject({ state: 'met', completedOn: '2025-06-16' });
  });

  it('no longer asks for a decision not to issue once a draft plan is served (the authority decided to issue)', () => {
    // prepare
    const story = caseStory();
    const events = [story.request('2025-03-03'), story.assess('2025-04-11')];

    // act
    const before = caseTimescales(events, '2025-06-01').milestones.map((m) => m.key);
    const after = caseTimescales([...events, story.draft('2025-06-02')], '2025-06-02').milestones.map(
      (m) => m.key,
    );

    // assert
    expect(before).toContain('decision-not-to-issue');
    expect(after).not.toContain('decision-not-to-issue');
  });

  it('meets the 20 weeks with a plan issued on the last day, and misses it the day after', () => {
    // prepare
    const onTime = caseStory({ caseRef: 'EHC-ON-TIME' });
    const late = caseStory({ caseRef: 'EHC-LATE' });
    const story = (s: typeof onTime, issued: IsoDate) => [
      s.request('2025-03-03'),
      s.assess('2025-04-11'),
      s.draft('2025-06-27'),
      s.finalPlan(issued),
    ];

    // act
    const met = milestone(caseTimescales(story(onTime, '2025-07-21'), '2025-08-01').milestones, 'final-plan');
    const missed = milestone(
      caseTimescales(story(late, '2025-07-22'), '2025-08-01').milestones,
      'final-plan',
    );

    // assert
    expect(met).toMatchObject({ state: 'met', completedOn: '2025-07-21', dueDate: '2025-07-21' });
    expect(missed).toMatchObject({ state: 'missed', completedOn: '2025-07-22', dueDate: '2025-07-21' });
  });

  it('records a decision not to issue against the 16 weeks and asks for no final plan', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.request('2025-03-03'),
      story.assess('2025-04-11'),
      story.event('decision-not-to-issue', '2025-06-20'),
    ];

    // act
    const result = caseTimescales(events, '2025-07-01');

    // assert
    expect(result.status).toBe('plan-not-issued');
    expect(milestone(result.milestones, 'decision-not-to-issue')).toMatchObject({
      state: 'met',
      completedOn: '2025-06-20',
      dueDate: '2025-06-23',
    });
    expect(result.milestones.map((m) => m.key)).not.toContain('final-plan');
  });

  it('ends the assessment milestones when the authority decides not to assess', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.request('2025-03-03'),
      story.event('decision-to-assess', '2025-04-11', { decision: 'not-assess' }),
    ];

    // act
    const result = caseTimescales(events, '2025-04-14');

    // assert
    expect(result.status).toBe('not-assessed');
    expect(result.milestones.map((m) => [m.key, m.state])).toEqual([['decision-to-assess', 'met']]);
  });
});

describe('the state of a milestone on a day (decision due Monday 14 April 2025)', () => {
  const story = caseStory();
  const request = story.request('2025-03-03');

  it.each([
    { today: '2025-04-04', state: 'upcoming', why: 'the reminder date is 6 working days away' },
    { today: '2025-04-07', state: 'due-soon', why: 'the reminder date is 5 working days away' },
    { today: '2025-04-14', state: 'due-soon', why: 'it is due today' },
    { today: '2025-04-15', state: 'overdue', why: 'the due date has passed' },
  ] as { today: IsoDate; state: string; why: string }[])('is $state on $today: $why', ({ today, state }) => {
    // act
    const result = milestone(caseTimescales([request], today).milestones, 'decision-to-assess');

    // assert
    expect(result.state).toBe(state);
  });

  it('looks further ahead when configured: 10 working days before, it is due soon', () => {
    // act
    const fiveDays = milestone(caseTimescales([request], '2025-03-31').milestones, 'decision-to-assess');
    const tenDays = milestone(
      caseTimescales([request], '2025-03-31', { dueSoonWorkingDays: 10 }).milestones,
      'decision-to-assess',
    );

    // assert
    expect(fiveDays.state).toBe('upcoming');
    expect(tenDays.state).toBe('due-soon');
  });

  it('counts working days over Easter: on Friday 11 April a reminder for Tuesday 22 April is due soon', () => {
    // prepare
    const easter = caseStory({ caseRef: 'EHC-EASTER' });

    // act
    const result = milestone(
      caseTimescales([easter.request('2025-03-11')], '2025-04-11').milestones,
      'decision-to-assess',
    );

    // assert
    expect(result).toMatchObject({ dueDate: '2025-04-22', state: 'due-soon' });
  });

  it('is met when done on the due date and missed when done the day after', () => {
    // act
    const met = caseTimescales([request, story.assess('2025-04-14')], '2025-05-01').milestones;
    const missed = caseTimescales(
      [request, { ...story.assess('2025-04-15'), eventId: 'LATE-DECISION' }],
      '2025-05-01',
    ).milestones;

    // assert
    expect(milestone(met, 'decision-to-assess').state).toBe('met');
    expect(milestone(missed, 'decision-to-assess').state).toBe('missed');
  });
});
