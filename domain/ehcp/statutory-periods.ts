/**
 * How SI 2014/1530 and CFA 2014 count time, as ../shared/DOMAIN.md section 4 states it. Periods
 * are calendar periods: weekends, bank holidays and school holidays neither extend nor shorten
 * them. Each function gives the last day on which the thing can be done in time.
 */
import { addDays, addMonths, addWeeks, type IsoDate, isoDateOf } from '#domain/shared/iso-date';

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
 * The last day of "the period of N months starting with D" (CFA 2014 s.44(1)): the day before the
 * corresponding date N months on, which is the corresponding date of the day before D. 12 months
 * starting with 31 January 2025 end on 30 January 2026; 12 months starting with 29 February 2024
 * end on 28 February 2025 (the year starting with a leap day ends on the last day of February), as
 * do 12 months starting with 1 March 2024.
 */
export const monthsStartingWith = (start: IsoDate, months: number): IsoDate =>
  addMonths(addDays(start, -1), months);

/** "At least N weeks before X": the latest day that leaves N whole weeks, X - 7N days. */
export const weeksBefore = (date: IsoDate, weeks: number): IsoDate => addWeeks(date, -weeks);

/**
 * "Before D" (SI 2014/1530 reg 18(1): "before 15 February in the calendar year of the transfer"):
 * the last day on which it is in time is the day before D.
 */
export const dayBefore = (year: number, month: number, day: number): IsoDate =>
  addDays(isoDateOf(year, month, day), -1);
