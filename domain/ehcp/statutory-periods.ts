/**
 * How SI 2014/1530 and CFA 2014 count time, as ../shared/DOMAIN.md section 4 states it. Periods
 * are calendar periods: weekends, bank holidays and school holidays neither extend nor shorten
 * them. Each function gives the last day on which the thing can be done in time.
 */
import { addDays, addMonths, addWeeks, datePartsOf, type IsoDate, isoDateOf } from '#domain/shared/iso-date';

/**
 * "Within N weeks of X" ends on X + 7N days, the same weekday as X: a request received on
 * Monday 3 March 2025 has its 20-week final plan due on Monday 21 July 2025.
 */
export const withinWeeksOf = (from: IsoDate, weeks: number): IsoDate => addWeeks(from, weeks);

/**
 * "N days beginning with D" counts D as the first day, so ends on D + N - 1: 15 days beginning
 * with a draft served on 2 June end on 16 June.
 */
export const daysBeginningWith = (start: IsoDate, days: number): IsoDate => addDays(start, days - 1);

/**
 * The last day of "the period of N months starting with D" (CFA 2014 s.44(1)), by the
 * corresponding-date rule (Dodds v Walker [1981] 1 WLR 1027; Zoan v Rouamba [2000] 1 WLR 1509):
 * the day before the date N months on with D's day number; when that month has no such day, the
 * last day of that month. 12 months starting with 31 January 2025 end on 30 January 2026; with
 * 29 February 2024, on 28 February 2025 (as with 1 March 2024); with 1 March 2023, on the leap day
 * 29 February 2024.
 */
export const monthsStartingWith = (start: IsoDate, months: number): IsoDate => {
  const later = addMonths(start, months);
  return datePartsOf(later).day === datePartsOf(start).day ? addDays(later, -1) : later;
};

/** "At least N weeks before X": the latest day that leaves N whole weeks, X - 7N days. */
export const weeksBefore = (date: IsoDate, weeks: number): IsoDate => addWeeks(date, -weeks);

/**
 * "Before D" (SI 2014/1530 reg 18(1): "before 15 February in the calendar year of the transfer"):
 * the last day on which it is in time is the day before D.
 */
export const dayBefore = (year: number, month: number, day: number): IsoDate =>
  addDays(isoDateOf(year, month, day), -1);
