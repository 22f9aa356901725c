import { describe, expect, it } from 'vitest';
import { caseTimeline } from '#domain/ehcp/case-timeline';
import { managerOverdueEmail, officerReminderEmail } from '#domain/ehcp/reminder-emails';
import { caseMilestones, type QuadrantManager, selectReminders } from '#domain/ehcp/reminder-selection';
import type { Quadrant } from '#events/ehcp/quadrant';
import { caseStory } from '#test/support/ehcp-events';

const MANAGERS: Record<Quadrant, QuadrantManager> = {
  'north-east': { name: 'Nia Manager', email: 'ne.send.manager@example.gov.uk' },
  mid: { name: 'Morgan Manager', email: 'mid.send.manager@example.gov.uk' },
  south: { name: 'Sol Manager', email: 'south.send.manager@example.gov.uk' },
  west: { name: 'Wren Manager', email: 'west.send.manager@example.gov.uk' },
};

const SAM = { name: 'Sam Example', email: 'sam.example@example.gov.uk' };
const ALEX = { name: 'Alex Sample', email: 'alex.sample@example.gov.uk' };

/** Today is Monday 7 April 2025; five working days on is Monday 14 April. */
const TODAY = '2025-04-07';

const milestones = [
  // Sam, Mid: decision due Monday 14 April (due soon).
  caseStory({ caseRef: 'EHC-0001', caseOfficer: SAM, childInitials: 'AB' }).request('2025-03-03'),
  // Sam, Mid: decision was due 31 March (overdue).
  caseStory({ caseRef: 'EHC-0002', caseOfficer: SAM, childInitials: 'CD' }).request('2025-02-17'),
  // Alex, West: decision was due 4 April (overdue); another officer's.
  caseStory({ caseRef: 'EHC-0003', caseOfficer: ALEX, quadrant: 'west', childInitials: 'EFG' }).request(
    '2025-02-21',
  ),
  // Sam, Mid: decision due 12 May (upcoming: not reminded).
  caseStory({ caseRef: 'EHC-0004', caseOfficer: SAM, childInitials: 'HJ' }).request('2025-03-31'),
].flatMap((request) => caseMilestones(caseTimeline([request], TODAY)));

describe('choosing the reminders of a day', () => {
  it('gives each case officer one list: their overdue milestones and those due in the next 5 working days', () => {
    // act
    const { officers } = selectReminders(milestones, TODAY, { quadrantManagers: MANAGERS });

    // assert
    expect(
      officers.map((o) => ({
        to: o.officer.email,
        overdue: o.overdue.map((i) => i.caseRef),
        dueSoon: o.dueSoon.map((i) => i.caseRef),
      })),
    ).toEqual([
      { to: 'alex.sample@example.gov.uk', overdue: ['EHC-0003'], dueSoon: [] },
      { to: 'sam.example@example.gov.uk', overdue: ['EHC-0002'], dueSoon: ['EHC-0001'] },
    ]);
  });

  it('sends each quadrant manager the overdue milestones of their quadrant only', () => {
    // act
    const { managers } = selectReminders(milestones, TODAY, { quadrantManagers: MANAGERS });

    // assert
    expect(managers.map((m) => ({ to: m.manager.email, overdue: m.overdue.map((i) => i.caseRef) }))).toEqual([
      { to: 'mid.send.manager@example.gov.uk', overdue: ['EHC-0002'] },
      { to: 'west.send.manager@example.gov.uk', overdue: ['EHC-0003'] },
    ]);
  });

  it('looks further ahead when configured, bringing in the milestone due on 12 May', () => {
    // act
    const { officers } = selectReminders(milestones, TODAY, {
      quadrantManagers: MANAGERS,
      dueSoonWorkingDays: 25,
    });

    // assert
    expect(officers.find((o) => o.officer.email === SAM.email)?.dueSoon.map((i) => i.caseRef)).toEqual([
      'EHC-0001',
      'EHC-0004',
    ]);
  });

  it('says how many days overdue each milestone is', () => {
    // act
    const { officers } = selectReminders(milestones, TODAY, { quadrantManagers: MANAGERS });

    // assert
    expect(officers.find((o) => o.officer.email === SAM.email)?.overdue[0]).toMatchObject({
      key: 'decision-to-assess',
      dueDate: '2025-03-31',
      daysOverdue: 7,
      state: 'overdue',
    });
  });

  it('reminds nobody about a milestone already met or one whose limit was disapplied', () => {
    // prepare
    const story = caseStory({ caseRef: 'EHC-0005' });
    const done = caseMilestones(
      caseTimeline(
        [
          story.request('2025-02-17'),
          story.event('exception-recorded', '2025-03-20', {
            reason: 'absent-from-area',
            appliesTo: ['decision-to-assess'],
            period: { from: '2025-03-01', to: '2025-04-30' },
            evidenceNote: 'Family away for two months.',
          }),
        ],
        TODAY,
      ),
    ).filter((m) => m.key === 'decision-to-assess');

    // act
    const selection = selectReminders(done, TODAY, { quadrantManagers: MANAGERS });

    // assert
    expect(selection).toEqual({ date: TODAY, officers: [], managers: [] });
  });
});

describe('the reminder emails', () => {
  const selection = selectReminders(milestones, TODAY, { quadrantManagers: MANAGERS });
  const sam = selection.officers.find((o) => o.officer.email === SAM.email)!;

  it("goes to the officer's work address, counting what is overdue and due soon in the subject", () => {
    // act
    const email = officerReminderEmail(sam, TODAY);

    // assert
    expect(email.to).toEqual(['sam.example@example.gov.uk']);
    expect(email.subject).toBe('EHCP timescales, Monday 7 April 2025: 1 overdue, 1 due soon');
  });

  it('names each case by reference and initials, with the milestone, its date and its rule, in both parts', () => {
    // act
    const email = officerReminderEmail(sam, TODAY);

    // assert
    for (const part of [email.text, email.html]) {
      expect(part).toContain(
        'EHC-0002 (CD): Decision whether to assess. Due Monday 31 March 2025, 7 days overdue (SI 2014/1530 reg 5(1)).',
      );
      expect(part).toContain(
        'EHC-0001 (AB): Decision whether to assess. Due Monday 14 April 2025 (SI 2014/1530 reg 5(1)).',
      );
    }
    expect(email.text).toContain('due by Monday 14 April 2025 (the next 5 working days)');
  });

  it('tells the officer to act on the working day before a due date that is not one', () => {
    // prepare
    const goodFriday = caseMilestones(
      caseTimeline(
        [caseStory({ caseRef: 'EHC-0006', caseOfficer: SAM }).request('2025-03-07')],
        '2025-04-14',
      ),
    );
    const [officer] = selectReminders(goodFriday, '2025-04-14', { quadrantManagers: MANAGERS }).officers;

    // act
    const email = officerReminderEmail(officer!, '2025-04-14');

    // assert
    expect(email.text).toContain(
      'Due Friday 18 April 2025, which is not a working day: act by Thursday 17 April 2025 (SI 2014/1530 reg 5(1)).',
    );
  });

  it("lists a quadrant's overdue milestones to its manager with each case officer", () => {
    // prepare
    const mid = selection.managers.find((m) => m.quadrant === 'mid')!;

    // act
    const email = managerOverdueEmail(mid, TODAY);

    // assert
    expect(email.to).toEqual(['mid.send.manager@example.gov.uk']);
    expect(email.subject).toBe('EHCP overdue in Mid, Monday 7 April 2025: 1 milestone');
    expect(email.text).toContain(
      'EHC-0002 (CD): Decision whether to assess. Due Monday 31 March 2025, 7 days overdue',
    );
    expect(email.text).toContain('Case officer: Sam Example.');
  });

  it('carries no more about the child than the case reference and initials', () => {
    // act
    const parts = [
      officerReminderEmail(sam, TODAY),
      managerOverdueEmail(selection.managers[0]!, TODAY),
    ].flatMap((e) => [e.subject, e.text]);

    // assert
    for (const part of parts) expect(part).not.toMatch(/childInitials|date of birth|\bname:/i);
    expect(parts.join('\n')).toContain('case references and initials only');
  });
});
