/**
 * The daily reminders (07:00, Europe/London):
 * 1. on a day that is not a working day, send nothing: reminder dates are working days, and
 *    what is overdue is listed again on the next one;
 * 2. read each quadrant's open milestones reminded up to N working days ahead (overdue included),
 *    never every case;
 * 3. choose each case officer's reminder and each quadrant manager's overdue list;
 * 4. send each once: the sender remembers what it sent for the day, so a second run, or a run
 *    after one that died half-way, sends only what was not sent.
 */
import type { EmailMessage } from '#domain/shared/email-message';
import type { IsoDate } from '#domain/shared/iso-date';
import { addWorkingDays, isWorkingDay } from '#domain/shared/working-days';
import { QUADRANT_CODES, type Quadrant } from '#events/ehcp/quadrant';
import { managerOverdueEmail, officerReminderEmail } from './reminder-emails.ts';
import { type CaseMilestone, type QuadrantManager, selectReminders } from './reminder-selection.ts';

/** Ports and configuration of {@link sendDailyReminders}. */
export interface DailyReminderDeps {
  /** A quadrant's open milestones whose reminder date is on or before `date`. */
  readonly openMilestonesRemindedBy: (quadrant: Quadrant, date: IsoDate) => Promise<readonly CaseMilestone[]>;
  /** Sends `message` unless a message with this `key` was sent already. */
  readonly sendOnce: (key: string, message: EmailMessage) => Promise<unknown>;
  readonly dueSoonWorkingDays: number;
  readonly quadrantManagers: Readonly<Record<Quadrant, QuadrantManager>>;
}

/** What a run did. */
export interface DailyReminderRun {
  readonly date: IsoDate;
  /** Why nothing was sent, when nothing was. */
  readonly skipped?: 'not a working day';
  readonly milestonesRead: number;
  /** Reminders handed to the sender (each sent at most once per day, however often the run repeats). */
  readonly officerReminders: number;
  readonly managerReminders: number;
}

/** Some reminders could not be sent (the others were): run again to send the rest. */
export class RemindersNotSentError extends Error {
  override readonly name = 'RemindersNotSentError';
  readonly failures: readonly { readonly key: string; readonly error: unknown }[];

  constructor(failures: readonly { readonly key: string; readonly error: unknown }[]) {
    super(`${failures.length} reminders were not sent: ${failures.map((f) => f.key).join(', ')}`);
    this.failures = failures;
  }
}

/** Sends the day's reminders: one per case officer with something due or overdue, one per quadrant manager with something overdue. */
export async function sendDailyReminders(date: IsoDate, deps: DailyReminderDeps): Promise<DailyReminderRun> {
  if (!isWorkingDay(date))
    return {
      date,
      skipped: 'not a working day',
      milestonesRead: 0,
      officerReminders: 0,
      managerReminders: 0,
    };
  const horizon = addWorkingDays(date, deps.dueSoonWorkingDays);
  const milestones = (
    await Promise.all(QUADRANT_CODES.map((quadrant) => deps.openMilestonesRemindedBy(quadrant, horizon)))
  ).flat();
  const selection = selectReminders(milestones, date, {
    dueSoonWorkingDays: deps.dueSoonWorkingDays,
    quadrantManagers: deps.quadrantManagers,
  });
  const messages = [
    ...selection.officers.map((reminder) => ({
      key: `${date}#officer#${reminder.officer.email.toLowerCase()}`,
      message: officerReminderEmail(reminder, date, deps.dueSoonWorkingDays),
    })),
    ...selection.managers.map((reminder) => ({
      key: `${date}#manager#${reminder.quadrant}`,
      message: managerOverdueEmail(reminder, date),
    })),
  ];
  const failures: { key: string; error: unknown }[] = [];
  for (const { key, message } of messages) {
    try {
      await deps.sendOnce(key, message);
    } catch (error) {
      failures.push({ key, error });
    }
  }
  if (failures.length > 0) throw new RemindersNotSentError(failures);
  return {
    date,
    milestonesRead: milestones.length,
    officerReminders: selection.officers.length,
    managerReminders: selection.managers.length,
  };
}
