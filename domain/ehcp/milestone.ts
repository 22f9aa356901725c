import type { IsoDate } from '#domain/shared/iso-date';
import { addWorkingDays, lastWorkingDayOnOrBefore } from '#domain/shared/working-days';
import type { AdviceSource } from '#events/ehcp/advice-requested';
import type { ExceptionReason } from '#events/ehcp/exception-recorded';

/** Which statutory (or expected) step a milestone is. Advice milestones are keyed by their advice id. */
export type MilestoneKey =
  | 'decision-to-assess'
  | `advice:${string}`
  | 'decision-not-to-issue'
  | 'draft-representations'
  | 'final-plan'
  | 'annual-review'
  | 'review-notice'
  | 'review-report'
  | 'review-decision'
  | 'amended-plan'
  | 'phase-transfer';

/**
 * Where a milestone stands on a given day:
 * - `upcoming`: open, its reminder date more than N working days away;
 * - `due-soon`: open, its reminder date within the next N working days (or passed, with the due date not yet passed);
 * - `overdue`: open after its due date;
 * - `met`: done on or before its due date;
 * - `missed`: done after its due date, or left undone past it when the case or its stage ended;
 * - `disapplied`: an exception disapplies its time limit and it was not met in time.
 */
export type MilestoneState = 'upcoming' | 'due-soon' | 'overdue' | 'met' | 'missed' | 'disapplied';

/** The states that still need doing. */
export const OPEN_STATES: readonly MilestoneState[] = ['upcoming', 'due-soon', 'overdue'];

/** Why a milestone's time limit does not apply, and when that was recorded. */
export interface Disapplication {
  readonly reason: ExceptionReason;
  readonly recordedOn: IsoDate;
}

/** A milestone's dates, which do not depend on the day you look at it. */
export interface MilestoneTimeline {
  readonly key: MilestoneKey;
  /** The day its time limit counts from (the request, the advice request, the meeting...). */
  readonly startsOn: IsoDate;
  /** The last day it is in time: the statutory date, which never moves. */
  readonly dueDate: IsoDate;
  /** The day reminders target: the due date, or the last working day before it when it is not one. */
  readonly reminderDate: IsoDate;
  /** When it was done. */
  readonly completedOn?: IsoDate;
  /** Why its time limit does not apply. */
  readonly disapplied?: Disapplication;
  /** The rule that sets the due date, e.g. `SI 2014/1530 reg 13(2)`. */
  readonly rule: string;
  /** For advice: who was asked. */
  readonly adviceFrom?: AdviceSource;
  /** A period that ends by itself (the parent's 15 days on a draft): `met` once it has run. */
  readonly endsByItself?: true;
  /** The day the case (or the stage it belongs to) ended with this milestone undone and already late. */
  readonly abandonedOn?: IsoDate;
}

/** A milestone on a given day: its dates and its state. */
export interface Milestone extends MilestoneTimeline {
  readonly state: MilestoneState;
}

/** How many working days ahead a reminder counts as due soon, unless configured otherwise. */
export const DEFAULT_DUE_SOON_WORKING_DAYS = 5;

/**
 * A milestone's dates from the day its limit starts and its due date. The reminder date is the last
 * working day on or before the due date (DOMAIN.md section 4: when a deadline falls on a weekend or
 * bank holiday, reminders target the last working day before it; the statutory date never moves).
 */
export const milestoneTimeline = (
  fields: Omit<MilestoneTimeline, 'reminderDate'> & { readonly reminderDate?: never },
): MilestoneTimeline => ({ ...fields, reminderDate: lastWorkingDayOnOrBefore(fields.dueDate) });

/**
 * The state of a milestone on `today`. `dueSoonWorkingDays` (default 5): an open milestone is due
 * soon when its reminder date is no later than that many working days after today.
 */
export const milestoneOn = (
  milestone: MilestoneTimeline,
  today: IsoDate,
  dueSoonWorkingDays = DEFAULT_DUE_SOON_WORKING_DAYS,
): Milestone => {
  const { completedOn, dueDate, disapplied } = milestone;
  if (completedOn !== undefined)
    return { ...milestone, state: completedOn <= dueDate ? 'met' : disapplied ? 'disapplied' : 'missed' };
  if (milestone.endsByItself && today > dueDate) return { ...milestone, completedOn: dueDate, state: 'met' };
  if (disapplied) return { ...milestone, state: 'disapplied' };
  if (milestone.abandonedOn !== undefined) return { ...milestone, state: 'missed' };
  if (today > dueDate) return { ...milestone, state: 'overdue' };
  if (milestone.reminderDate <= addWorkingDays(today, dueSoonWorkingDays))
    return { ...milestone, state: 'due-soon' };
  return { ...milestone, state: 'upcoming' };
};
