/**
 * The academic year: 1 September to 31 August. (Education Act 1996 s.579(1) defines a school
 * year as running from the first term to begin after July; schools, the DfE's censuses and
 * the council's traded offers count it from 1 September to 31 August.) The autumn term falls
 * in the calendar year the academic year starts in; spring and summer terms in the next.
 */
import { datePartsOf, type IsoDate, isoDateOf } from './iso-date.ts';

/**
 * An academic year, named by the calendar year it starts in: `{ startYear: 2025 }` is 2025/26,
 * 1 September 2025 to 31 August 2026. A plain, frozen object, so it serialises as it is;
 * written as text with {@link formatAcademicYear} and read back with {@link parseAcademicYear}.
 */
export interface AcademicYear {
  readonly startYear: number;
}

/** How an academic year is written: `'slash'` is `2025/26` (canonical, for new data and APIs); `'hyphen'` is `2025-26` (how the 2023-24 offer wrote it). */
export type AcademicYearStyle = 'slash' | 'hyphen';

const FIRST_MONTH = 9; // September

const make = (startYear: number, field: string): AcademicYear => {
  if (!Number.isInteger(startYear) || startYear < 0 || startYear > 9998)
    throw new RangeError(`${field} must start in a year from 0000 to 9998, got ${startYear}`);
  return Object.freeze({ startYear });
};

/** The academic year that starts on 1 September of `startYear`. */
export const academicYearStarting = (startYear: number): AcademicYear => make(startYear, 'academic year');

/** The academic year a date falls in: 31 August 2026 is in 2025/26, 1 September 2026 in 2026/27. */
export const academicYearOf = (date: IsoDate): AcademicYear => {
  const { year, month } = datePartsOf(date);
  return make(month >= FIRST_MONTH ? year : year - 1, 'academic year');
};

const WRITTEN = /^(\d{4})([/-])(\d{2})$/;

/**
 * Reads an academic year written `2025/26` or `2025-26` (the council's documents use both).
 * Throws a `RangeError` naming `field` for anything else: `25/26`, `2025/2026`, `2025/27`
 * (not consecutive years) or garbage.
 */
export const parseAcademicYear = (text: string, field = 'academicYear'): AcademicYear => {
  const match = typeof text === 'string' ? WRITTEN.exec(text) : null;
  if (!match)
    throw new RangeError(`${field} must be written like 2025/26 (or 2025-26), got ${JSON.stringify(text)}`);
  const startYear = Number(match[1]);
  const endsIn = Number(match[3]);
  if (endsIn !== (startYear + 1) % 100) {
    const expected = `${match[1]}${match[2]}${String((startYear + 1) % 100).padStart(2, '0')}`;
    throw new RangeError(
      `${field} must name two consecutive years, like ${expected}, got ${JSON.stringify(text)}`,
    );
  }
  return make(startYear, field);
};

/** Writes an academic year: `2025/26` (the default, canonical) or, with `'hyphen'`, `2025-26`. */
export const formatAcademicYear = (year: AcademicYear, style: AcademicYearStyle = 'slash'): string => {
  const { startYear } = make(year.startYear, 'academic year');
  const separator = style === 'hyphen' ? '-' : '/';
  return `${String(startYear).padStart(4, '0')}${separator}${String((startYear + 1) % 100).padStart(2, '0')}`;
};

/** 1 September of the year it starts. */
export const firstDayOfAcademicYear = (year: AcademicYear): IsoDate =>
  isoDateOf(make(year.startYear, 'academic year').startYear, FIRST_MONTH, 1);

/** 31 August of the year after it starts. */
export const lastDayOfAcademicYear = (year: AcademicYear): IsoDate =>
  isoDateOf(make(year.startYear, 'academic year').startYear + 1, 8, 31);

/** The academic year after this one. */
export const nextAcademicYear = (year: AcademicYear): AcademicYear =>
  make(year.startYear + 1, 'academic year');

/** The academic year before this one. */
export const previousAcademicYear = (year: AcademicYear): AcademicYear =>
  make(year.startYear - 1, 'academic year');

/** Whether a date falls within an academic year (1 September to 31 August inclusive). */
export const isInAcademicYear = (date: IsoDate, year: AcademicYear): boolean =>
  academicYearOf(date).startYear === year.startYear;

/**
 * The calendar year a month (1-12) falls in within an academic year: September-December in
 * the start year, January-August in the year after. For 2025/26, October (autumn census) is
 * in 2025 and January (spring census) in 2026, so "the third Thursday in January" of 2025/26
 * is `nthWeekdayOfMonth(calendarYearOfMonth(year, 1), 1, Weekday.Thursday, 3)`.
 */
export const calendarYearOfMonth = (year: AcademicYear, month: number): number => {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`month must be 1-12, got ${month}`);
  const { startYear } = make(year.startYear, 'academic year');
  return month >= FIRST_MONTH ? startYear : startYear + 1;
};
