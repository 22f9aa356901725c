import type { IsoDate } from '#domain/shared/iso-date';
import type { EhcpCaseEvent } from '#events/ehcp/case-event';
import { type CaseTimeline, caseTimeline } from './case-timeline.ts';
import { DEFAULT_DUE_SOON_WORKING_DAYS, type Milestone, milestoneOn } from './milestone.ts';

/** A case on a given day: its milestones with their states. */
export interface CaseTimescales extends Omit<CaseTimeline, 'milestones'> {
  readonly milestones: readonly Milestone[];
}

/** Options of {@link caseTimescales}. */
export interface TimescaleOptions {
  /** An open milestone is due soon when its reminder date is within this many working days (default 5). */
  readonly dueSoonWorkingDays?: number;
}

/** A case's timeline seen on `today`: each milestone's state. */
export const timescalesOn = (
  timeline: CaseTimeline,
  today: IsoDate,
  { dueSoonWorkingDays = DEFAULT_DUE_SOON_WORKING_DAYS }: TimescaleOptions = {},
): CaseTimescales => ({
  ...timeline,
  milestones: timeline.milestones.map((milestone) => milestoneOn(milestone, today, dueSoonWorkingDays)),
});

/**
 * Every milestone of a case with its statutory due date, reminder date and state on `today`,
 * from the case's events in any order. Throws `ImpossibleCaseEventError` for events that cannot
 * have happened.
 */
export const caseTimescales = (
  events: readonly EhcpCaseEvent[],
  today: IsoDate,
  options: TimescaleOptions = {},
): CaseTimescales => timescalesOn(caseTimeline(events, today), today, options);
