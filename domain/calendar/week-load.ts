/**
 * The load view: for each week, how many asks land on schools and which, so the Schools
 * Communications team can see a crowded week before adding to it.
 */
import { addDays, addWeeks, dayOfWeek, type IsoDate, isIsoDate } from '#domain/shared/iso-date';
import { asksLandingIn } from './asks-landing-in.ts';
import type { CalendarAsk, ComputedAsk, EnteredAsk } from './calendar-ask.ts';

/** One week, Monday to Sunday, and the asks landing in it. */
export interface WeekLoad {
  /** The Monday. */
  readonly weekStart: IsoDate;
  /** The Sunday. */
  readonly weekEnd: IsoDate;
  /** How many asks land on schools this week. */
  readonly count: number;
  /** How many of them are statutory. */
  readonly statutoryCount: number;
  /** The asks, in date order. */
  readonly asks: readonly CalendarAsk[];
}

/** The most weeks one view covers (a year and a bit). */
export const MAX_WEEKS = 60;

/** The Monday of the week (Monday to Sunday) a date is in. */
export const mondayOf = (date: IsoDate): IsoDate => addDays(date, 1 - dayOfWeek(date));

/**
 * `weeks` weeks of load from the week containing `from` (weeks run Monday to Sunday): for each,
 * the asks landing in it (an ask spanning two weeks counts in both), how many, and how many
 * are statutory. Throws a `RangeError` naming the field for a bad date or a number of weeks
 * outside 1 to {@link MAX_WEEKS}.
 */
export const weekLoad = (
  asks: { readonly computed: readonly ComputedAsk[]; readonly entered: readonly EnteredAsk[] },
  view: { readonly from: IsoDate; readonly weeks: number },
): WeekLoad[] => {
  if (!isIsoDate(view.from))
    throw new RangeError(
      `from must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(view.from)}`,
    );
  if (!Number.isInteger(view.weeks) || view.weeks < 1 || view.weeks > MAX_WEEKS)
    throw new RangeError(`weeks must be a whole number from 1 to ${MAX_WEEKS}, got ${view.weeks}`);
  const first = mondayOf(view.from);
  return Array.from({ length: view.weeks }, (_, i) => {
    const weekStart = addWeeks(first, i);
    const weekEnd = addDays(weekStart, 6);
    const landing = asksLandingIn(asks, { from: weekStart, to: weekEnd });
    return {
      weekStart,
      weekEnd,
      count: landing.length,
      statutoryCount: landing.filter((ask) => ask.criticality === 'statutory').length,
      asks: landing,
    };
  });
};
