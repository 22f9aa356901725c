/**
 * Which milestones go to whom on a day:
 * 1. each milestone's state on the day;
 * 2. to each case officer, one list: their milestones due in the next N working days and
 *    everything of theirs overdue;
 * 3. to each quadrant manager, everything overdue in their quadrant.
 */
import { daysBetween, type IsoDate } from '#domain/shared/iso-date';
import type { AdviceSource } from '#events/ehcp/advice-requested';
import type { CaseOfficer } from '#events/ehcp/case-event-fields';
import type { Quadrant } from '#events/ehcp/quadrant';
import type { CaseTimeline } from './case-timeline.ts';
import {
  DEFAULT_DUE_SOON_WORKING_DAYS,
  type MilestoneKey,
  type MilestoneState,
  type MilestoneTimeline,
  milestoneOn,
} from './milestone.ts';
import { milestoneLabel } from './milestone-labels.ts';

/** One milestone with the case it belongs to: what the daily sweep reads. */
export interface CaseMilestone extends MilestoneTimeline {
  readonly caseRef: string;
  readonly quadrant: Quadrant;
  readonly caseOfficer: CaseOfficer;
  readonly childInitials: string;
}

/** Every milestone of a case, each with the case's reference, quadrant, officer and initials. */
export const caseMilestones = (timeline: CaseTimeline): CaseMilestone[] =>
  timeline.milestones.map((milestone) => ({
    ...milestone,
    caseRef: timeline.caseRef,
    quadrant: timeline.quadrant,
    caseOfficer: timeline.caseOfficer,
    childInitials: timeline.childInitials,
  }));

/** A line of a reminder: the case (reference and initials only), the milestone and when it is due. */
export interface ReminderItem {
  readonly caseRef: string;
  readonly childInitials: string;
  readonly quadrant: Quadrant;
  readonly caseOfficer: CaseOfficer;
  readonly key: MilestoneKey;
  readonly label: string;
  readonly adviceFrom?: AdviceSource;
  readonly dueDate: IsoDate;
  readonly reminderDate: IsoDate;
  readonly state: Extract<MilestoneState, 'due-soon' | 'overdue'>;
  /** Calendar days past the due date (0 when not overdue). */
  readonly daysOverdue: number;
  readonly rule: string;
}

/** A case officer's reminder of the day. */
export interface OfficerReminder {
  readonly officer: CaseOfficer;
  /** Oldest first. */
  readonly overdue: readonly ReminderItem[];
  /** Soonest first. */
  readonly dueSoon: readonly ReminderItem[];
}

/** A quadrant manager. Addresses are deployment configuration. */
export interface QuadrantManager {
  readonly name: string;
  readonly email: string;
}

/** A quadrant manager's overdue list of the day. */
export interface ManagerReminder {
  readonly quadrant: Quadrant;
  readonly manager: QuadrantManager;
  /** Oldest first. */
  readonly overdue: readonly ReminderItem[];
}

/** Who gets what on one day. Nobody with nothing to hear about is listed. */
export interface ReminderSelection {
  readonly date: IsoDate;
  readonly officers: readonly OfficerReminder[];
  readonly managers: readonly ManagerReminder[];
}

/** Options of {@link selectReminders}. */
export interface ReminderOptions {
  /** Reminders look this many working days ahead (default 5). */
  readonly dueSoonWorkingDays?: number;
  /** The manager of each quadrant. */
  readonly quadrantManagers: Readonly<Record<Quadrant, QuadrantManager>>;
}

const oldestFirst = (a: ReminderItem, b: ReminderItem) =>
  a.dueDate < b.dueDate
    ? -1
    : a.dueDate > b.dueDate
      ? 1
      : a.caseRef < b.caseRef
        ? -1
        : a.caseRef > b.caseRef
          ? 1
          : 0;

const soonestFirst = (a: ReminderItem, b: ReminderItem) =>
  a.reminderDate < b.reminderDate ? -1 : a.reminderDate > b.reminderDate ? 1 : oldestFirst(a, b);

/**
 * The reminders of `date` from milestones of many cases: each case officer gets their milestones
 * due within the next N working days and everything of theirs overdue, in one reminder; each
 * quadrant manager gets everything overdue in their quadrant. A milestone whose limit an
 * exception disapplied is neither (the case view still shows it).
 */
export const selectReminders = (
  milestones: readonly CaseMilestone[],
  date: IsoDate,
  { dueSoonWorkingDays = DEFAULT_DUE_SOON_WORKING_DAYS, quadrantManagers }: ReminderOptions,
): ReminderSelection => {
  const items: ReminderItem[] = milestones.flatMap((milestone) => {
    const { state } = milestoneOn(milestone, date, dueSoonWorkingDays);
    if (state !== 'due-soon' && state !== 'overdue') return [];
    return [
      {
        caseRef: milestone.caseRef,
        childInitials: milestone.childInitials,
        quadrant: milestone.quadrant,
        caseOfficer: milestone.caseOfficer,
        key: milestone.key,
        label: milestoneLabel(milestone),
        ...(milestone.adviceFrom ? { adviceFrom: milestone.adviceFrom } : {}),
        dueDate: milestone.dueDate,
        reminderDate: milestone.reminderDate,
        state,
        daysOverdue: state === 'overdue' ? daysBetween(milestone.dueDate, date) : 0,
        rule: milestone.rule,
      },
    ];
  });

  const byOfficer = new Map<string, ReminderItem[]>();
  for (const item of items) {
    const address = item.caseOfficer.email.toLowerCase();
    byOfficer.set(address, [...(byOfficer.get(address) ?? []), item]);
  }
  const officers = [...byOfficer.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, theirs]) => ({
      officer: theirs[0]!.caseOfficer,
      overdue: theirs.filter((i) => i.state === 'overdue').sort(oldestFirst),
      dueSoon: theirs.filter((i) => i.state === 'due-soon').sort(soonestFirst),
    }));

  const managers = (Object.entries(quadrantManagers) as [Quadrant, QuadrantManager][])
    .map(([quadrant, manager]) => ({
      quadrant,
      manager,
      overdue: items.filter((i) => i.state === 'overdue' && i.quadrant === quadrant).sort(oldestFirst),
    }))
    .filter((reminder) => reminder.overdue.length > 0);

  return { date, officers, managers };
};
