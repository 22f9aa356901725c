import { type Block, type EmailDocument, renderEmail } from '#domain/shared/email-document';
import type { EmailMessage } from '#domain/shared/email-message';
import type { IsoDate } from '#domain/shared/iso-date';
import { ukLongDate } from '#domain/shared/london-time';
import { addWorkingDays } from '#domain/shared/working-days';
import { QUADRANTS } from '#events/ehcp/quadrant';
import { DEFAULT_DUE_SOON_WORKING_DAYS } from './milestone.ts';
import type { ManagerReminder, OfficerReminder, ReminderItem } from './reminder-selection.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The case as a reminder names it: its reference and the child's initials, never a name. */
const caseOf = (item: ReminderItem) => `${item.caseRef} (${item.childInitials})`;

const overdueLine = (item: ReminderItem, withOfficer: boolean) =>
  `${caseOf(item)}: ${item.label}. Due ${ukLongDate(item.dueDate)}, ${plural(item.daysOverdue, 'day')} overdue (${item.rule}).${withOfficer ? ` Case officer: ${item.caseOfficer.name}.` : ''}`;

const dueSoonLine = (item: ReminderItem) =>
  item.reminderDate === item.dueDate
    ? `${caseOf(item)}: ${item.label}. Due ${ukLongDate(item.dueDate)} (${item.rule}).`
    : `${caseOf(item)}: ${item.label}. Due ${ukLongDate(item.dueDate)}, which is not a working day: act by ${ukLongDate(item.reminderDate)} (${item.rule}).`;

const HANDLING: Block = {
  kind: 'paragraph',
  content:
    'This email holds case references and initials only. Keep it within SEND Operations and do not add names when you reply.',
};

const DATES_NEVER_MOVE: Block = {
  kind: 'paragraph',
  content:
    'Statutory dates never move. When one falls on a weekend or a bank holiday, the reminder is for the last working day before it.',
};

/**
 * A case officer's consolidated reminder of the day: everything overdue, then everything due in
 * the next N working days, each case by reference and initials only.
 */
export function officerReminderEmail(
  reminder: OfficerReminder,
  date: IsoDate,
  dueSoonWorkingDays = DEFAULT_DUE_SOON_WORKING_DAYS,
): EmailMessage {
  const { officer, overdue, dueSoon } = reminder;
  const horizon = addWorkingDays(date, dueSoonWorkingDays);
  const document: EmailDocument = {
    title: `EHCP timescales, ${ukLongDate(date)}: ${overdue.length} overdue, ${dueSoon.length} due soon`,
    blocks: [
      { kind: 'heading', level: 1, text: 'EHCP timescales on your caseload' },
      { kind: 'paragraph', content: `Dear ${officer.name},` },
      {
        kind: 'paragraph',
        content: `On ${ukLongDate(date)} you have ${plural(overdue.length, 'milestone')} overdue and ${plural(dueSoon.length, 'milestone')} due by ${ukLongDate(horizon)} (the next ${plural(dueSoonWorkingDays, 'working day')}).`,
      },
      ...(overdue.length > 0
        ? ([
            { kind: 'heading', level: 2, text: `Overdue (${overdue.length})` },
            { kind: 'list', items: overdue.map((item) => overdueLine(item, false)) },
          ] as const)
        : []),
      ...(dueSoon.length > 0
        ? ([
            { kind: 'heading', level: 2, text: `Due soon (${dueSoon.length})` },
            { kind: 'list', items: dueSoon.map(dueSoonLine) },
          ] as const)
        : []),
      DATES_NEVER_MOVE,
      HANDLING,
    ],
  };
  return { to: [officer.email], subject: document.title, ...renderEmail(document) };
}

/** A quadrant manager's overdue list of the day, each line naming the case officer. */
export function managerOverdueEmail(reminder: ManagerReminder, date: IsoDate): EmailMessage {
  const { manager, overdue, quadrant } = reminder;
  const document: EmailDocument = {
    title: `EHCP overdue in ${QUADRANTS[quadrant]}, ${ukLongDate(date)}: ${plural(overdue.length, 'milestone')}`,
    blocks: [
      { kind: 'heading', level: 1, text: `Overdue EHCP milestones: ${QUADRANTS[quadrant]} quadrant` },
      { kind: 'paragraph', content: `Dear ${manager.name},` },
      {
        kind: 'paragraph',
        content: `On ${ukLongDate(date)}, ${plural(overdue.length, 'milestone is', 'milestones are')} past the statutory date in the ${QUADRANTS[quadrant]} quadrant. Each case officer has had their own reminder.`,
      },
      { kind: 'list', items: overdue.map((item) => overdueLine(item, true)) },
      HANDLING,
    ],
  };
  return { to: [manager.email], subject: document.title, ...renderEmail(document) };
}
