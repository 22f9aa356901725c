/**
 * Which asks land on schools in a stretch of days: the read side (`GET /calendar`), the week
 * load view and the Monday director email's Key dates box all ask this one question.
 */
import { compareDates, type IsoDate, isIsoDate } from '#domain/shared/iso-date';
import {
  type AskWindow,
  byWindowThenTitle,
  type CalendarAsk,
  type ComputedAsk,
  type EnteredAsk,
  firstDayOf,
  isActive,
  lastDayOf,
} from './calendar-ask.ts';

/** A stretch of days, `from` and `to` both included. */
export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Throws a `RangeError` naming the field when a range is not two real dates in order. */
export const checkDateRange = (range: DateRange): void => {
  if (!isIsoDate(range.from))
    throw new RangeError(
      `from must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(range.from)}`,
    );
  if (!isIsoDate(range.to))
    throw new RangeError(
      `to must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(range.to)}`,
    );
  if (compareDates(range.to, range.from) < 0) throw new RangeError('to must be on or after from');
};

/** Whether a window touches any day of a range. */
export const windowTouches = (window: AskWindow, range: DateRange): boolean =>
  compareDates(firstDayOf(window), range.to) <= 0 && compareDates(lastDayOf(window), range.from) >= 0;

/**
 * The asks that land on schools in `range` (both ends included): every computed ask and every
 * active entered ask whose window touches one of its days (an ask that started earlier and
 * is still open counts), in date order (first day, start time, last day, title). Cancelled
 * entered asks are left out. Pure: the caller passes in the academic year's computed asks
 * (`computedAsksFor` / `computedAsksAround`) and the entered asks it has read.
 *
 * The Monday director email's Key dates box reads its week from here; so do `GET /calendar`
 * and {@link weekLoad}.
 */
export const asksLandingIn = (
  asks: { readonly computed: readonly ComputedAsk[]; readonly entered: readonly EnteredAsk[] },
  range: DateRange,
): CalendarAsk[] => {
  checkDateRange(range);
  return [...asks.computed, ...asks.entered]
    .filter((ask) => isActive(ask) && windowTouches(ask.window, range))
    .sort(byWindowThenTitle);
};
