import { describe, expect, it } from 'vitest';
import { caseTimeline } from '#domain/ehcp/case-timeline';
import { caseMilestones, type QuadrantManager } from '#domain/ehcp/reminder-selection';
import { RemindersNotSentError, sendDailyReminders } from '#domain/ehcp/send-daily-reminders';
import type { EmailMessage } from '#domain/shared/email-message';
import type { IsoDate } from '#domain/shared/iso-date';
import type { Quadrant } from '#events/ehcp/quadrant';
import { caseStory } from '#test/support/ehcp-events';

const MANAGERS = Object.fromEntries(
  (['north-east', 'mid', 'south', 'west'] as const).map((q) => [
    q,
    { name: `${q} manager`, email: `${q}@example.gov.uk` },
  ]),
) as Record<Quadrant, QuadrantManager>;

const officer = (n: number) => ({ name: `Officer ${n}`, email: `officer.${n}@example.gov.uk` });

// Three officers in Mid, each with a decision overdue on Monday 7 April 2025.
const milestones = [1, 2, 3].flatMap((n) =>
  caseMilestones(
    caseTimeline(
      [caseStory({ caseRef: `EHC-000${n}`, caseOfficer: officer(n) }).request('2025-02-17')],
      '2025-04-07',
    ),
  ),
);

/** A sender that remembers what it sent, like the idempotency store does; `failOn` keys throw once. */
const onceSender = (failOn: string[] = []) => {
  const sent = new Map<string, EmailMessage>();
  const failing = new Set(failOn);
  return {
    sent,
    sendOnce: async (key: string, message: EmailMessage) => {
      if (failing.delete(key)) throw new Error('SES throttled');
      if (!sent.has(key)) sent.set(key, message);
    },
  };
};

const deps = (sender: ReturnType<typeof onceSender>, read: IsoDate[] = []) => ({
  openMilestonesRemindedBy: async (quadrant: Quadrant, date: IsoDate) => {
    read.push(date);
    return milestones.filter((m) => m.quadrant === quadrant && m.reminderDate <= date);
  },
  sendOnce: sender.sendOnce,
  dueSoonWorkingDays: 5,
  quadrantManagers: MANAGERS,
});

describe('the daily reminder run', () => {
  it('reads each quadrant up to 5 working days ahead and sends one reminder per officer and one per manager', async () => {
    const sender = onceSender();
    const read: IsoDate[] = [];

    const run = await sendDailyReminders('2025-04-07', deps(sender, read));

    expect(read).toEqual(['2025-04-14', '2025-04-14', '2025-04-14', '2025-04-14']);
    expect(run).toEqual({ date: '2025-04-07', milestonesRead: 3, officerReminders: 3, managerReminders: 1 });
    expect([...sender.sent.keys()]).toEqual([
      '2025-04-07#officer#officer.1@example.gov.uk',
      '2025-04-07#officer#officer.2@example.gov.uk',
      '2025-04-07#officer#officer.3@example.gov.uk',
      '2025-04-07#manager#mid',
    ]);
  });

  it('after a run that failed half-way, a second run sends what the first did not, and nothing twice', async () => {
    const sender = onceSender(['2025-04-07#officer#officer.2@example.gov.uk']);
    const attempts: string[] = [];
    const counting = {
      ...sender,
      sendOnce: async (key: string, m: EmailMessage) => {
        attempts.push(key);
        return sender.sendOnce(key, m);
      },
    };

    const first = sendDailyReminders('2025-04-07', deps(counting));
    await expect(first).rejects.toBeInstanceOf(RemindersNotSentError);
    const sentAfterFirst = sender.sent.size;
    await sendDailyReminders('2025-04-07', deps(counting));

    expect(sentAfterFirst).toBe(3);
    expect(sender.sent.size).toBe(4);
    expect(attempts.filter((k) => k.includes('officer.2'))).toHaveLength(2);
  });

  it.each([
    { date: '2025-04-05', why: 'a Saturday' },
    { date: '2025-04-18', why: 'Good Friday' },
  ] as { date: IsoDate; why: string }[])('sends nothing on $date ($why)', async ({ date }) => {
    const sender = onceSender();

    const run = await sendDailyReminders(date, deps(sender));

    expect(run.skipped).toBe('not a working day');
    expect(sender.sent.size).toBe(0);
  });
});
