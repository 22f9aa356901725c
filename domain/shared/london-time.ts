/**
 * Europe/London time: instants (UTC) read as the council reads them, across GMT and BST, and
 * London wall-clock times turned back into instants.
 *
 * UK clocks: British Summer Time (UTC+1) from 01:00 UTC on the last Sunday in March to 01:00
 * UTC on the last Sunday in October, Greenwich Mean Time (UTC+0) otherwise: section 1 of the
 * Summer Time Act 1972 as amended by the Summer Time Order 2002 (SI 2002/262), which sets both
 * changes at "one o'clock, Greenwich mean time" on those Sundays with no end date (the dates
 * follow Directive 2000/84/EC; the same rule has applied since 1996). The offset is computed
 * from that rule by hand ({@link offsetAt}); `test/unit/domain/shared/london-time.test.ts`
 * checks it against the IANA time zone database (`Intl`'s Europe/London) for random instants
 * from 1997 to 2100, so a change in the data cannot drift past unnoticed. An instant before
 * 1996 is read with the same rule, not the historical one (no record here is that old).
 *
 * Why not `Intl` or a date library: the first `Intl.DateTimeFormat` with a time zone in a
 * process starts ICU and loads its zone data, ≈ 18-25 ms of cold start on Node 24 (measured
 * with the deployed bundling: esbuild ESM, minified; `npm run bench`, layers section, rows
 * `londonTime` and `intlLondon`), more than a function's whole cold-start budget (1.15× its
 * AWS clients floor, ≈ 15 ms). Every time-zone library pays it too, since each reads
 * Europe/London's offsets from `Intl`, and adds its own code: in interleaved cold imports doing
 * one conversion each way, dayjs + utc + timezone plugins took +23-39 ms over an empty handler
 * (12 KB), `@date-fns/tz` + `date-fns` +32-47 (24 KB), `luxon` +40-50 (70 KB), this module on
 * `Intl` +25-31; by hand it costs nothing measurable. What the hand rule gives up: a future
 * change to UK clock law needs a change here (the property test above fails when Node's time
 * zone data has it first). Reading the repeated 01:00-01:59 on the fall-back day follows
 * Temporal and java.time (the earlier, BST instant: {@link londonInstant}), tested on both
 * 2024 clock changes.
 */
import { dayOfWeek, daysBetween, type IsoDate, type IsoWeekday, isIsoDate, isoDateOf } from './iso-date.ts';

/** A London wall-clock time of day, `HH:mm` on the 24-hour clock, e.g. `'09:30'`. */
export type ClockTime = `${number}:${number}`;

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** The instant of 01:00 UTC on the last Sunday of a month (`month` 0-based, as `Date.UTC` counts). */
const lastSundayOneAm = (year: number, month: number): number => {
  const lastDay = Date.UTC(year, month + 1, 0); // day 0 of the next month: this month's last day
  const weekday = (Math.floor(lastDay / DAY_MS) + 4) % 7; // 1 January 1970 was a Thursday (4); Sunday is 0
  return lastDay - ((weekday + 7) % 7) * DAY_MS + HOUR_MS;
};

/**
 * London's offset from UTC, in milliseconds, at an instant: 3 600 000 (BST) from 01:00 UTC on
 * the last Sunday in March up to 01:00 UTC on the last Sunday in October, 0 (GMT) otherwise
 * (Summer Time Act 1972 s.1, as amended by the Summer Time Order 2002).
 */
const offsetAt = (epochMs: number): number => {
  const year = new Date(epochMs).getUTCFullYear();
  return epochMs >= lastSundayOneAm(year, 2) && epochMs < lastSundayOneAm(year, 9) ? HOUR_MS : 0;
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The London wall clock at an instant, as the UTC fields of a shifted Date. */
const londonWall = (instant: Date): Date => {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime()))
    throw new RangeError(`instant must be a valid Date, got ${String(instant)}`);
  return new Date(instant.getTime() + offsetAt(instant.getTime()));
};

/** The calendar date of an instant in London: 23:30 UTC on 19 October 2023 (BST) is 2023-10-20. */
export const londonDateOf = (instant: Date): IsoDate => {
  const wall = londonWall(instant);
  return isoDateOf(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
};

/** The London wall-clock time of an instant, `HH:mm`: 12:00 UTC is `'13:00'` in summer, `'12:00'` in winter. */
export const londonTimeOf = (instant: Date): ClockTime => {
  const wall = londonWall(instant);
  return `${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}` as ClockTime;
};

/** The ISO weekday (1 Monday ... 7 Sunday) of an instant in London. */
export const londonWeekdayOf = (instant: Date): IsoWeekday => dayOfWeek(londonDateOf(instant));

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant at which London clocks show `time` on `date`.
 *
 * Twice a year a wall time is not a single instant, and this follows Temporal's
 * `disambiguation: 'compatible'` (also java.time's `ZonedDateTime.of`):
 * - spring forward (last Sunday in March, 01:00 GMT becomes 02:00 BST): times from 01:00 to
 *   01:59 do not exist and are read with the offset before the change, landing as far past
 *   the gap as they were into it: 01:30 on 2024-03-31 is 01:30 UTC (02:30 BST);
 * - fall back (last Sunday in October, 02:00 BST becomes 01:00 GMT): times from 01:00 to
 *   01:59 happen twice and the earlier (BST) is chosen: 01:30 on 2024-10-27 is 00:30 UTC.
 *
 * Throws a `RangeError` for a date that is not `YYYY-MM-DD` or a time that is not `HH:mm`.
 */
export const londonInstant = (date: IsoDate, time: ClockTime): Date => {
  if (!isIsoDate(date))
    throw new RangeError(`date must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const clock = CLOCK_TIME.exec(time);
  if (!clock)
    throw new RangeError(`time must be a 24-hour clock time written HH:mm, got ${JSON.stringify(time)}`);
  // The wall time as if London were UTC; the real instant is this minus London's offset then.
  const wall =
    daysBetween('1970-01-01', date) * DAY_MS + Number(clock[1]) * HOUR_MS + Number(clock[2]) * 60_000;
  // Clock changes are months apart, so the offsets a day either side bound every candidate.
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((epochMs) => epochMs + offsetAt(epochMs) === wall)
    .sort((a, b) => a - b);
  // No candidate: the wall time is in a spring-forward gap; read it with the earlier offset.
  return new Date(candidates[0] ?? wall - before);
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A calendar date as the council writes it in letters and emails: `2026-11-23` is
 * "Monday 23 November 2026" (GOV.UK style: no comma, no "th").
 */
export const ukLongDate = (date: IsoDate): string => {
  if (!isIsoDate(date))
    throw new RangeError(`date must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS[dayOfWeek(date) - 1]} ${day} ${MONTHS[month - 1]} ${year}`;
};

/** An instant as people in the council read it, on its London date: "Friday 20 October 2023". */
export const londonLongDateOf = (instant: Date): string => ukLongDate(londonDateOf(instant));
