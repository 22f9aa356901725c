/**
 * Working days in England and Wales: Monday to Friday, except bank holidays. This is the
 * usual statutory meaning (e.g. Companies Act 2006 s.1173(1): not a Saturday or Sunday,
 * Christmas Day, Good Friday or a bank holiday under the Banking and Financial Dealings Act
 * 1971), and Christmas Day and Good Friday are in {@link bankHolidaysIn}'s list. School
 * holidays are working days.
 */
import { isBankHoliday } from './bank-holidays.ts';
import { addDays, compareDates, dayOfWeek, daysBetween, type IsoDate } from './iso-date.ts';

/** Whether a date is a working day: Monday to Friday and not a bank holiday in England and Wales. */
export const isWorkingDay = (date: IsoDate): boolean => dayOfWeek(date) <= 5 && !isBankHoliday(date);

/**
 * The `n`th working day after `date` (`n` > 0), or before it (`n` < 0); `date` itself is never
 * counted, whether or not it is a working day. `n` = 0 gives `date` unchanged.
 * `addWorkingDays('2025-12-24', 1)` is Monday 29 December 2025 (Christmas Day, Boxing Day and
 * the weekend are skipped); `addWorkingDays('2025-12-29', -1)` is Wednesday 24 December.
 */
export const addWorkingDays = (date: IsoDate, n: number): IsoDate => {
  if (!Number.isSafeInteger(n)) throw new RangeError(`n must be a whole number of working days, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, step);
    if (isWorkingDay(day)) left--;
  }
  return day;
};

/**
 * Working days from `from` to `to`, counted like {@link addWorkingDays}: the working days
 * after `from` up to and including `to` (the half-open range (from, to]), so the day you
 * count from is not counted and the day you count to is. Negative when `to` is earlier
 * (then minus the working days after `to` up to and including `from`); 0 on the same day.
 *
 * Hence `countWorkingDays(d, addWorkingDays(d, n)) === n` for every n ≥ 0, and for n < 0
 * when `d` is a working day. From Friday 19 December 2025 to Friday 2 January 2026 there are
 * 7 working days: 22, 23, 24, 29, 30, 31 December and 2 January.
 */
export const countWorkingDays = (from: IsoDate, to: IsoDate): number => {
  const order = compareDates(from, to);
  if (order > 0) return -countWorkingDays(to, from);
  let count = 0;
  for (let day = from, left = daysBetween(from, to); left > 0; left--) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) count++;
  }
  return count;
};

/**
 * `date` if it is a working day, otherwise the last working day before it. The EHCP reminder
 * rule ("when a deadline falls on a weekend or bank holiday, the reminder targets the last
 * working day before it") is `lastWorkingDayOnOrBefore(deadline)`.
 */
export const lastWorkingDayOnOrBefore = (date: IsoDate): IsoDate =>
  isWorkingDay(date) ? date : addWorkingDays(date, -1);

/**
 * `date` if it is a working day, otherwise the next working day after it: national offer
 * days (1 March, 16 April) "moved to the next working day at a weekend or bank holiday" are
 * `nextWorkingDayOnOrAfter(offerDay)`.
 */
export const nextWorkingDayOnOrAfter = (date: IsoDate): IsoDate =>
  isWorkingDay(date) ? date : addWorkingDays(date, 1);
