import { describe, expect, it } from 'vitest';
import { caseTimescales } from '#domain/ehcp/case-timescales';
import { ImpossibleCaseEventError } from '#domain/ehcp/impossible-case-event-error';
import type { Milestone, MilestoneKey } from '#domain/ehcp/milestone';
import type { IsoDate } from '#domain/shared/iso-date';
import type { EhcpCaseEvent } from '#events/ehcp/case-event';
import { caseStory, type OwnFields } from '#test/support/ehcp-events';

const milestone = (milestones: readonly Milestone[], key: MilestoneKey): Milestone => {
  const found = milestones.find((m) => m.key === key);
  if (!found) throw new Error(`no ${key} milestone`);
  return found;
};

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImpossibleCaseEventError)
      return error.issues.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  return [];
};

/** The school closes for the summer on Wednesday 23 July 2025 and reopens on Wednesday 3 September. */
const SUMMER = { closesOn: '2025-07-23', reopensOn: '2025-09-03' } as const;

/** An assessment with advice requested from the head teacher on `adviceOn`, then an exception for the closure. */
const closureCase = (adviceOn: IsoDate, from: OwnFields<'advice-requested'>['from'] = 'school') => {
  const story = caseStory();
  return [
    story.request('2025-04-28'),
    story.assess('2025-06-06'),
    story.adviceRequested(adviceOn, 'HT-1', from),
    story.event('exception-recorded', '2025-09-01', {
      reason: from === 'early-years-provider' ? 'early-years-closure' : 'school-closure',
      appliesTo: ['final-plan'],
      closure: { adviceId: 'HT-1', ...SUMMER },
      evidenceNote: 'Advice requested from the head teacher as the school broke up for the summer.',
    }),
  ];
};

describe('the school-closure exception (SI 2014/1530 reg 10(4)(a), applied to the 20 weeks by reg 13(3))', () => {
  it.each([
    { adviceOn: '2025-07-16', why: 'on the first day of the window, one week before the school closed' },
    { adviceOn: '2025-08-04', why: 'during the holiday' },
    { adviceOn: '2025-08-27', why: 'on the last day of the window, one week before the school reopened' },
  ] as { adviceOn: IsoDate; why: string }[])(
    'disapplies the 20 weeks for advice requested $adviceOn ($why)',
    ({ adviceOn }) => {
      // act
      const { milestones } = caseTimescales(closureCase(adviceOn), '2025-09-22');

      // assert
      expect(milestone(milestones, 'final-plan')).toMatchObject({
        dueDate: '2025-09-15',
        state: 'disapplied',
        disapplied: { reason: 'school-closure', recordedOn: '2025-09-01' },
      });
    },
  );

  it.each([
    { adviceOn: '2025-07-15', why: 'the day before the window opened' },
    { adviceOn: '2025-08-28', why: 'the day after the window closed' },
  ] as { adviceOn: IsoDate; why: string }[])(
    'is refused for advice requested $adviceOn ($why), naming closure.adviceId',
    ({ adviceOn }) => {
      // act
      const issues = issuesOf(() => caseTimescales(closureCase(adviceOn), '2025-09-22'));

      // assert
      expect(issues).toEqual([
        {
          path: 'closure.adviceId',
          message: `advice HT-1 was requested on ${adviceOn}, outside 2025-07-16 to 2025-08-27 (one week before the closure to one week before reopening)`,
        },
      ]);
    },
  );

  it('applies to an early-years provider as reg 10(4)(b)', () => {
    // act
    const { milestones } = caseTimescales(closureCase('2025-07-21', 'early-years-provider'), '2025-09-22');

    // assert
    expect(milestone(milestones, 'final-plan').disapplied?.reason).toBe('early-years-closure');
  });

  it('is refused when the advice was asked of someone other than the head teacher', () => {
    // act
    const issues = issuesOf(() => caseTimescales(closureCase('2025-07-21', 'health'), '2025-09-22'));

    // assert
    expect(issues[0]?.path).toBe('closure.adviceId');
    expect(issues[0]?.message).toMatch(/requested from health/);
  });

  it('is refused for a closure shorter than 4 continuous weeks', () => {
    // prepare
    const story = caseStory();
    const events = [
      story.request('2025-04-28'),
      story.assess('2025-06-06'),
      story.adviceRequested('2025-10-20', 'HT-1', 'school'),
      story.event('exception-recorded', '2025-10-24', {
        reason: 'school-closure',
        appliesTo: ['final-plan'],
        closure: { adviceId: 'HT-1', closesOn: '2025-10-27', reopensOn: '2025-11-03' },
        evidenceNote: 'Half-term.',
      }),
    ];

    // act
    const issues = issuesOf(() => caseTimescales(events, '2025-10-24'));

    // assert
    expect(issues[0]?.path).toBe('closure.reopensOn');
  });
});

describe('an exception disapplies a limit and never extends it', () => {
  const story = caseStory();
  const assessment = [story.request('2025-03-03'), story.assess('2025-04-11'), story.draft('2025-07-04')];
  const exception = story.event('exception-recorded', '2025-06-02', {
    reason: 'absent-from-area',
    appliesTo: ['final-plan', 'decision-not-to-issue'],
    period: { from: '2025-05-01', to: '2025-06-30' },
    evidenceNote: 'Family abroad for two months; confirmed by the parent in writing.',
  });

  it('keeps the due date and marks an open milestone disapplied, with the reason and when it was recorded', () => {
    // act
    const { milestones } = caseTimescales([...assessment, exception], '2025-08-01');

    // assert
    expect(milestone(milestones, 'final-plan')).toMatchObject({
      dueDate: '2025-07-21',
      reminderDate: '2025-07-21',
      state: 'disapplied',
      disapplied: { reason: 'absent-from-area', recordedOn: '2025-06-02' },
    });
  });

  it('shows a plan issued late under an exception as disapplied, not met', () => {
    // act
    const { milestones } = caseTimescales(
      [...assessment, exception, story.finalPlan('2025-08-15')],
      '2025-08-15',
    );

    // assert
    expect(milestone(milestones, 'final-plan')).toMatchObject({
      state: 'disapplied',
      completedOn: '2025-08-15',
    });
  });

  it('shows a plan issued in time despite an exception as met, still recording the exception', () => {
    // act
    const { milestones } = caseTimescales(
      [...assessment, exception, story.finalPlan('2025-07-18')],
      '2025-07-18',
    );

    // assert
    expect(milestone(milestones, 'final-plan')).toMatchObject({
      state: 'met',
      disapplied: { reason: 'absent-from-area' },
    });
  });

  it('refuses an absence shorter than 4 continuous weeks, naming period.to', () => {
    // prepare
    const short = story.event('exception-recorded', '2025-06-02', {
      reason: 'absent-from-area',
      appliesTo: ['final-plan'],
      period: { from: '2025-05-01', to: '2025-05-27' },
      evidenceNote: 'Away for 27 days.',
    });

    // act
    const issues = issuesOf(() => caseTimescales([...assessment, short], '2025-08-01'));

    // assert
    expect(issues.map((i) => i.path)).toEqual(['period.to']);
  });

  it('refuses circumstances that ended before the limit began, naming period.from', () => {
    // prepare
    const stale = story.event('exception-recorded', '2025-06-02', {
      reason: 'exceptional-circumstances',
      appliesTo: ['final-plan'],
      period: { from: '2024-01-01', to: '2024-03-01' },
      evidenceNote: 'An old bereavement.',
    });

    // act
    const issues = issuesOf(() => caseTimescales([...assessment, stale], '2025-08-01'));

    // assert
    expect(issues.map((i) => i.path)).toEqual(['period.from']);
  });
});

describe('exceptions for advice from bodies asked under CFA 2014 s.31 (SI 2014/1530 reg 8(2))', () => {
  const story = caseStory();
  const withAdvice = (from: OwnFields<'advice-requested'>['from']): EhcpCaseEvent[] => [
    story.request('2025-03-03'),
    story.assess('2025-04-11'),
    story.adviceRequested('2025-04-14', 'ADV-1', from),
  ];
  const missedAppointment = (appointmentOn: IsoDate) =>
    story.event('exception-recorded', '2025-05-30', {
      reason: 'missed-appointment',
      appliesTo: ['advice:ADV-1'],
      appointmentOn,
      evidenceNote: 'Paediatric appointment not attended.',
    });

  it('disapplies health advice for an appointment missed within its 6 weeks', () => {
    // act
    const { milestones } = caseTimescales(
      [...withAdvice('health'), missedAppointment('2025-05-12')],
      '2025-06-02',
    );

    // assert
    expect(milestone(milestones, 'advice:ADV-1')).toMatchObject({
      dueDate: '2025-05-26',
      state: 'disapplied',
      disapplied: { reason: 'missed-appointment', recordedOn: '2025-05-30' },
    });
  });

  it('refuses an appointment outside the 6 weeks, naming appointmentOn', () => {
    // act
    const issues = issuesOf(() =>
      caseTimescales([...withAdvice('youth-offending-team'), missedAppointment('2025-04-10')], '2025-06-02'),
    );

    // assert
    expect(issues.map((i) => i.path)).toEqual(['appointmentOn']);
  });

  it('refuses an exception to advice from a school, which has no statutory limit, naming appliesTo.0', () => {
    // prepare
    const exception = story.event('exception-recorded', '2025-05-30', {
      reason: 'exceptional-circumstances',
      appliesTo: ['advice:ADV-1'],
      period: { from: '2025-05-01' },
      evidenceNote: 'Head teacher on long-term leave.',
    });

    // act
    const issues = issuesOf(() => caseTimescales([...withAdvice('school'), exception], '2025-06-02'));

    // assert
    expect(issues[0]?.path).toBe('appliesTo.0');
    expect(issues[0]?.message).toMatch(/no statutory time limit/);
  });

  it('disapplies only the advice it names, not the final plan', () => {
    // act
    const { milestones } = caseTimescales(
      [...withAdvice('other-local-authority'), missedAppointment('2025-05-12')],
      '2025-08-01',
    );

    // assert
    expect(milestone(milestones, 'final-plan').state).toBe('overdue');
  });
});
