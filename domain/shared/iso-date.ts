/**
 * Plain calendar dates: a day, with no time of day and no time zone, written `YYYY-MM-DD`
 * (ISO 8601 calendar date, proleptic Gregorian calendar).
 *
 * Arithmetic counts days from 1970-01-01 ("epoch days") with Howard Hinnant's integer
 * `days_from_civil` / `civil_from_days` algorithms
 * (https://howardhinnant.github.io/date_algorithms.html), so no `Date`, clock or time zone is
 * involved and every year from 0000 to 9999 behaves alike.
 */

/**
 * A calendar date written `YYYY-MM-DD`, e.g. `'2025-10-02'`. String literals type-check as
 * they are; a string from outside becomes an `IsoDate` through {@link parseIsoDate} or the
 * {@link isIsoDate} guard, which also reject impossible dates such as `2023-02-29`.
 */
export type IsoDate = `${number}-${number}-${number}`;

/** A day of the week, numbered as ISO 8601 does: 1 Monday, 2 Tuesday ... 7 Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** ISO weekday numbers by name, for readable calls: `nthWeekdayOfMonth(2026, 1, Weekday.Thursday, 3)`. */
export const Weekday = {
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
  Sunday: 7,
} as const satisfies Record<string, IsoWeekday>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Hinnant's days_from_civil: days since 1970-01-01 of a valid (year, month, day). */
const epochDayOf = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

/** Hinnant's civil_from_days: the (year, month, day) of a count of days since 1970-01-01. */
const civilOf = (epochDay: number): { year: number; month: number; day: number } => {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const format = (year: number, month: number, day: number): IsoDate => {
  if (year < 0 || year > 9999) throw new RangeError(`year ${year} cannot be written as YYYY`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
};

const partsOf = (value: unknown): { year: number; month: number; day: number } | undefined => {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
};

/** The parts of a date that the type promises but a cast may not have kept. */
const checkedPartsOf = (date: IsoDate, field = 'date'): { year: number; month: number; day: number } => {
  const parts = partsOf(date);
  if (!parts)
    throw new RangeError(
      `${field} must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(date)}`,
    );
  return parts;
};

const epochDayOfDate = (date: IsoDate): number => {
  const { year, month, day } = checkedPartsOf(date);
  return epochDayOf(year, month, day);
};

const fromEpochDay = (epochDay: number): IsoDate => {
  const { year, month, day } = civilOf(epochDay);
  return format(year, month, day);
};

const checkInteger = (n: number, field: string): void => {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${field} must be a whole number, got ${n}`);
};

const checkYearMonth = (year: number, month: number): void => {
  if (!Number.isInteger(year) || year < 0 || year > 9999)
    throw new RangeError(`year must be 0-9999, got ${year}`);
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`month must be 1-12, got ${month}`);
};

const checkWeekday = (weekday: number): void => {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7)
    throw new RangeError(`weekday must be an ISO weekday 1 (Monday) to 7 (Sunday), got ${weekday}`);
};

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (rejects `2023-02-29`, `2024-13-01`, `2024-1-1`). */
export const isIsoDate = (value: unknown): value is IsoDate => partsOf(value) !== undefined;

/**
 * Reads a `YYYY-MM-DD` date from outside, or throws a `RangeError` naming `field` (e.g.
 * `"requestReceived must be a real calendar date written YYYY-MM-DD, got \"2023-02-29\""`).
 */
export const parseIsoDate = (text: string, field = 'date'): IsoDate => {
  checkedPartsOf(text as IsoDate, field);
  return text as IsoDate;
};

/** The date of a year, month (1-12) and day; throws a `RangeError` for a day the month does not have. */
export const isoDateOf = (year: number, month: number, day: number): IsoDate => {
  checkYearMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month))
    throw new RangeError(
      `day must be 1-${daysInMonth(year, month)} in ${format(year, month, 1).slice(0, 7)}, got ${day}`,
    );
  return format(year, month, day);
};

/** The year, month (1-12) and day of a date. */
export const datePartsOf = (
  date: IsoDate,
): { readonly year: number; readonly month: number; readonly day: number } => checkedPartsOf(date);

/** The date `days` calendar days after `date` (before it when `days` is negative). */
export const addDays = (date: IsoDate, days: number): IsoDate => {
  checkInteger(days, 'days');
  return fromEpochDay(epochDayOfDate(date) + days);
};

/**
 * The date `weeks` weeks after `date` (before it when negative): always the same weekday.
 * "Within N weeks of X" in SI 2014/1530 ends on `addWeeks(X, N)`.
 */
export const addWeeks = (date: IsoDate, weeks: number): IsoDate => {
  checkInteger(weeks, 'weeks');
  return addDays(date, weeks * 7);
};

/**
 * The same day of the month `months` months after `date` (before it when negative). When the
 * target month is shorter, the result is that month's last day: 31 January + 1 month is
 * 28 February (29 in a leap year), 31 March - 1 month is 28/29 February, 29 February 2024 +
 * 12 months is 28 February 2025. This is the rule of Java's `LocalDate.plusMonths`,
 * date-fns `addMonths` and Temporal's default `overflow: 'constrain'`; it never spills into
 * the month after.
 */
export const addMonths = (date: IsoDate, months: number): IsoDate => {
  checkInteger(months, 'months');
  const { year, month, day } = checkedPartsOf(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
};

/**
 * Calendar days from `from` to `to`: positive when `to` is later, negative when earlier,
 * 0 on the same day. `daysBetween(a, addDays(a, n)) === n`.
 */
export const daysBetween = (from: IsoDate, to: IsoDate): number => epochDayOfDate(to) - epochDayOfDate(from);

/** The ISO weekday of a date: 1 Monday ... 7 Sunday. */
export const dayOfWeek = (date: IsoDate): IsoWeekday => {
  // 1970-01-01 was a Thursday (4).
  const fromMonday = (((epochDayOfDate(date) + 3) % 7) + 7) % 7;
  return (fromMonday + 1) as IsoWeekday;
};

/** Orders two dates: negative when `a` is earlier, 0 when equal, positive when later (a comparator for `sort`). */
export const compareDates = (a: IsoDate, b: IsoDate): number => {
  const days = daysBetween(b, a);
  return days < 0 ? -1 : days > 0 ? 1 : 0;
};

/** The earliest of one or more dates. */
export const minDate = (first: IsoDate, ...rest: IsoDate[]): IsoDate =>
  rest.reduce((min, d) => (compareDates(d, min) < 0 ? d : min), first);

/** The latest of one or more dates. */
export const maxDate = (first: IsoDate, ...rest: IsoDate[]): IsoDate =>
  rest.reduce((max, d) => (compareDates(d, max) > 0 ? d : max), first);

/**
 * The `n`th given weekday of a month (month 1-12, n 1-5): the school census autumn day is
 * `nthWeekdayOfMonth(year, 10, Weekday.Thursday, 1)`, spring `nthWeekdayOfMonth(year + 1, 1,
 * Weekday.Thursday, 3)`. Throws a `RangeError` when the month has no such day (a fifth
 * Monday in a month with four).
 */
export const nthWeekdayOfMonth = (year: number, month: number, weekday: IsoWeekday, n: number): IsoDate => {
  checkYearMonth(year, month);
  checkWeekday(weekday);
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new RangeError(`n must be 1-5, got ${n}`);
  const first = format(year, month, 1);
  const day = 1 + ((weekday - dayOfWeek(first) + 7) % 7) + (n - 1) * 7;
  if (day > daysInMonth(year, month))
    throw new RangeError(`${first.slice(0, 7)} has no ${ordinal(n)} ISO weekday ${weekday}`);
  return format(year, month, day);
};

const ordinal = (n: number): string => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;

/** The first given weekday of a month (month 1-12): "the first Thursday in October". */
export const firstWeekdayOfMonth = (year: number, month: number, weekday: IsoWeekday): IsoDate =>
  nthWeekdayOfMonth(year, month, weekday, 1);

/** The last given weekday of a month (month 1-12): "the last Monday in May". */
export const lastWeekdayOfMonth = (year: number, month: number, weekday: IsoWeekday): IsoDate => {
  checkYearMonth(year, month);
  checkWeekday(weekday);
  const last = format(year, month, daysInMonth(year, month));
  return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
};
