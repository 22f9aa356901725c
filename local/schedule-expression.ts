/**
 * Amazon EventBridge Scheduler schedule expressions (`cron(...)`, `rate(...)`, `at(...)`) evaluated in a
 * named IANA time zone against a virtual clock, for the local runtime. No AWS emulator implements this,
 * so the behaviour follows the AWS documentation:
 *
 * - Cron syntax: "Cron expressions reference" (EventBridge user guide) and "Schedule types on EventBridge
 *   Scheduler" (Scheduler user guide): six fields `minutes hours day-of-month month day-of-week year`,
 *   wildcards `, - * / ? L W #`, day-of-week 1-7 = SUN-SAT, year 1970-2199, exactly one of
 *   day-of-month / day-of-week must be `?`, and "if you use '#', you can define only one expression in
 *   the day-of-week field".
 * - Rate syntax: `rate(value unit)`, unit `minute | minutes | hour | hours | day | days`; "If the value is
 *   equal to 1, then the unit must be singular. If the value is greater than 1, the unit must be plural."
 * - Daylight saving time (Scheduler user guide, "Daylight savings time on EventBridge Scheduler", and the
 *   AWS knowledge-center article "How can I adjust my Amazon EventBridge schedule for daylight saving?"):
 *   "When the time shifts forward in Spring, your schedule invocation gets skipped if the cron expression
 *   falls on a non-existent date and time. When the time shifts back in the Fall, your schedule runs only
 *   once and doesn't repeat its invocation." And for rates: "days represents a 24-hour duration on the
 *   clock ... EventBridge Scheduler evaluates the rate expression 24 hours after the schedule's last
 *   invocation", i.e. rates are fixed UTC durations that ignore the zone.
 * - StartDate: "EventBridge Scheduler ignores StartDate for one-time schedules"; for rate schedules it
 *   sets the first occurrence.
 *
 * All arithmetic is done on epoch milliseconds; the zone is only consulted through `Intl.DateTimeFormat`.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The most fire instants `firesBetween` returns before giving up with a `RangeError`. */
export const MAX_FIRES = 10_000;

/** Thrown by `parseScheduleExpression` when an expression (or its time zone) is not one AWS would accept. */
export class InvalidScheduleExpressionError extends Error {
  override readonly name = 'InvalidScheduleExpressionError';
  /** The expression that was rejected, exactly as given. */
  readonly expression: string;

  /**
   * @param expression the rejected expression, e.g. `cron(0 7 ? * MON)`.
   * @param problem what is wrong with it; the message is `${expression}: ${problem}`.
   */
  constructor(expression: string, problem: string) {
    super(`${expression}: ${problem}`);
    this.expression = expression;
  }
}

/** One item of a parsed day-of-month field (the field is the union of its items). */
export type DayOfMonthItem =
  | { readonly type: 'days'; readonly days: readonly number[] }
  /** `L`: the last day of the month. */
  | { readonly type: 'last-day' }
  /** `LW`: the last weekday (Monday-Friday) of the month. */
  | { readonly type: 'last-weekday' }
  /** `15W`: the weekday nearest the given day, never crossing into another month. */
  | { readonly type: 'nearest-weekday'; readonly day: number };

/** One item of a parsed day-of-week field; weekdays use AWS numbering, 1 = SUN ... 7 = SAT. */
export type DayOfWeekItem =
  | { readonly type: 'weekdays'; readonly weekdays: readonly number[] }
  /** `6L`: the last such weekday of the month (last Friday). */
  | { readonly type: 'last-of-month'; readonly weekday: number }
  /** `2#1`: the nth such weekday of the month (first Monday). */
  | { readonly type: 'nth-of-month'; readonly weekday: number; readonly nth: number };

/** Which of day-of-month / day-of-week selects days; the other one is `?`. */
export type DaySelector =
  | { readonly field: 'day-of-month'; readonly items: readonly DayOfMonthItem[] }
  | { readonly field: 'day-of-week'; readonly items: readonly DayOfWeekItem[] };

/** A parsed `cron(minutes hours day-of-month month day-of-week year)` expression. */
export interface CronScheduleExpression {
  readonly kind: 'cron';
  readonly expression: string;
  readonly timeZone: string;
  /** Ascending, distinct. */
  readonly minutes: readonly number[];
  /** Ascending, distinct. */
  readonly hours: readonly number[];
  readonly days: DaySelector;
  /** Ascending, distinct, 1-12. */
  readonly months: readonly number[];
  /** Ascending, distinct, 1970-2199. */
  readonly years: readonly number[];
}

/** A parsed `rate(value unit)` expression. */
export interface RateScheduleExpression {
  readonly kind: 'rate';
  readonly expression: string;
  readonly timeZone: string;
  readonly value: number;
  readonly unit: 'minute' | 'hour' | 'day';
  /** The fixed interval between fires (a day is always 24 hours, as AWS documents). */
  readonly intervalMs: number;
}

/** A parsed one-time `at(yyyy-mm-ddThh:mm:ss)` expression, resolved to an instant in its time zone. */
export interface AtScheduleExpression {
  readonly kind: 'at';
  readonly expression: string;
  readonly timeZone: string;
  /** The wall-clock time as written, `yyyy-mm-ddThh:mm:ss`. */
  readonly localDateTime: string;
  /** The UTC instant at which the schedule fires. */
  readonly fireAt: Date;
}

/** Any parsed EventBridge Scheduler schedule expression, discriminated by `kind`. */
export type ScheduleExpression = CronScheduleExpression | RateScheduleExpression | AtScheduleExpression;

/** Options mirroring the schedule's own `StartDate`. */
export interface FireOptions {
  /**
   * The schedule's StartDate. For `rate` it is the anchor of the fire sequence (fires at startDate,
   * startDate + interval, ...); it defaults to `after`, i.e. a schedule created at `after`. For `cron` it
   * is an inclusive lower bound (no fire before it). It is ignored for `at`, as in AWS.
   */
  readonly startDate?: Date;
}

// ---------------------------------------------------------------------------------------------------
// Time zone arithmetic
// ---------------------------------------------------------------------------------------------------

interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** Offsets and wall-clock readings of one IANA zone, through a cached `Intl.DateTimeFormat`. */
class ZoneClock {
  private readonly formatter: Intl.DateTimeFormat;

  constructor(timeZone: string) {
    this.formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The wall-clock reading of the zone at an instant (whole seconds). */
  localAt(epochMs: number): LocalDateTime {
    const fields: Record<string, number> = {};
    for (const part of this.formatter.formatToParts(new Date(epochMs))) {
      if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    return {
      year: fields.year ?? Number.NaN,
      month: fields.month ?? Number.NaN,
      day: fields.day ?? Number.NaN,
      hour: (fields.hour ?? Number.NaN) % 24,
      minute: fields.minute ?? Number.NaN,
      second: fields.second ?? Number.NaN,
    };
  }

  /** UTC offset (local minus UTC) in milliseconds at an instant. */
  offsetAt(epochMs: number): number {
    const local = this.localAt(epochMs);
    const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
    return wall - (epochMs - (((epochMs % 1000) + 1000) % 1000));
  }

  /**
   * Offsets in force a day before and two days after the start of a local day. When they are equal the
   * whole day has that offset (assumes no zone changes its offset twice within three days).
   */
  offsetsAround(localDayStart: number): readonly [number, number] {
    return [this.offsetAt(localDayStart - DAY_MS), this.offsetAt(localDayStart + 2 * DAY_MS)];
  }

  /**
   * Every instant at which a wall-clock time (encoded as if it were UTC) occurs: none in a spring-forward
   * gap, two in a fall-back overlap (ascending), otherwise one.
   */
  instantsOf(wallMs: number, around: readonly [number, number] = this.offsetsAround(wallMs)): number[] {
    const [before, after] = around;
    if (before === after) return [wallMs - before];
    const instants: number[] = [];
    for (const offset of [before, after]) {
      const instant = wallMs - offset;
      if (this.offsetAt(instant) === offset && !instants.includes(instant)) instants.push(instant);
    }
    return instants.sort((a, b) => a - b);
  }
}

const zoneClocks = new Map<string, ZoneClock>();

function zoneClock(timeZone: string): ZoneClock {
  let clock = zoneClocks.get(timeZone);
  if (clock === undefined) {
    clock = new ZoneClock(timeZone);
    zoneClocks.set(timeZone, clock);
  }
  return clock;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** AWS day-of-week of a calendar date: 1 = SUN ... 7 = SAT. */
function awsWeekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}

// ---------------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------------

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface NumericFieldSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Names for min, min + 1, ... (month and weekday names). */
  readonly names?: readonly string[];
  /** Whether `/` is allowed (it is not in day-of-week, per the AWS field table). */
  readonly allowStep: boolean;
}

const MINUTES: NumericFieldSpec = { name: 'minutes', min: 0, max: 59, allowStep: true };
const HOURS: NumericFieldSpec = { name: 'hours', min: 0, max: 23, allowStep: true };
const DAY_OF_MONTH: NumericFieldSpec = { name: 'day-of-month', min: 1, max: 31, allowStep: true };
const MONTH: NumericFieldSpec = { name: 'month', min: 1, max: 12, names: MONTH_NAMES, allowStep: true };
const DAY_OF_WEEK: NumericFieldSpec = {
  name: 'day-of-week',
  min: 1,
  max: 7,
  names: WEEKDAY_NAMES,
  allowStep: false,
};
const YEAR: NumericFieldSpec = { name: 'year', min: 1970, max: 2199, allowStep: true };

type Fail = (problem: string) => never;

function parseValue(text: string, spec: NumericFieldSpec, fail: Fail): number {
  const nameIndex = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  if (nameIndex >= 0) return spec.min + nameIndex;
  if (!/^\d+$/.test(text)) {
    const allowed =
      spec.names === undefined ? '' : ` or ${spec.names[0]}-${spec.names[spec.names.length - 1]}`;
    fail(`invalid ${spec.name} value '${text}' (expected ${spec.min}-${spec.max}${allowed})`);
  }
  const value = Number(text);
  if (value < spec.min || value > spec.max) {
    fail(`${spec.name} value ${value} is out of range ${spec.min}-${spec.max}`);
  }
  return value;
}

/** One `,`-separated item made of `*`, `v` or `a-b`, optionally followed by `/step`. */
function parseRangeItem(item: string, spec: NumericFieldSpec, fail: Fail): number[] {
  const [base = '', stepText, ...extra] = item.split('/');
  if (extra.length > 0) fail(`invalid ${spec.name} item '${item}' (more than one '/')`);
  let step = 1;
  if (stepText !== undefined) {
    if (!spec.allowStep) fail(`'/' is not allowed in ${spec.name} (item '${item}')`);
    if (!/^\d+$/.test(stepText) || Number(stepText) < 1) {
      fail(`invalid ${spec.name} increment in '${item}' (expected a positive integer)`);
    }
    step = Number(stepText);
  }
  let start: number;
  let end: number;
  if (base === '*') {
    start = spec.min;
    end = spec.max;
  } else if (base.includes('-')) {
    const [from = '', to = '', ...more] = base.split('-');
    if (more.length > 0) fail(`invalid ${spec.name} range '${base}'`);
    start = parseValue(from, spec, fail);
    end = parseValue(to, spec, fail);
    // AWS does not document wrap-around ranges (e.g. FRI-MON); reject rather than guess.
    if (start > end) fail(`${spec.name} range '${base}' starts after it ends`);
  } else {
    start = parseValue(base, spec, fail);
    // `a/n` runs from a to the end of the field ("1/10 ... the 11th, 21st, and 31st minute").
    end = stepText === undefined ? start : spec.max;
  }
  const values: number[] = [];
  for (let value = start; value <= end; value += step) values.push(value);
  return values;
}

function splitItems(text: string, spec: NumericFieldSpec, fail: Fail): string[] {
  const items = text.split(',');
  if (items.some((item) => item === '')) fail(`empty item in ${spec.name} '${text}'`);
  if (items.length > 1 && items.includes('?')) fail(`'?' cannot be combined with other ${spec.name} values`);
  return items;
}

function sortedUnique(values: Iterable<number>): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function parseNumericField(text: string, spec: NumericFieldSpec, fail: Fail): number[] {
  if (text.includes('?')) fail(`'?' is only allowed in day-of-month or day-of-week, not ${spec.name}`);
  return sortedUnique(splitItems(text, spec, fail).flatMap((item) => parseRangeItem(item, spec, fail)));
}

function parseDayOfMonth(text: string, fail: Fail): DayOfMonthItem[] {
  const items: DayOfMonthItem[] = [];
  for (const item of splitItems(text, DAY_OF_MONTH, fail)) {
    const upper = item.toUpperCase();
    if (upper === 'L') items.push({ type: 'last-day' });
    else if (upper === 'LW') items.push({ type: 'last-weekday' });
    else if (upper.endsWith('W')) {
      items.push({ type: 'nearest-weekday', day: parseValue(item.slice(0, -1), DAY_OF_MONTH, fail) });
    } else if (upper.includes('L') || upper.includes('#')) {
      fail(`invalid day-of-month item '${item}' (L is allowed as 'L' or 'LW'; '#' only in day-of-week)`);
    } else items.push({ type: 'days', days: parseRangeItem(item, DAY_OF_MONTH, fail) });
  }
  return items;
}

function parseDayOfWeek(text: string, fail: Fail): DayOfWeekItem[] {
  const raw = splitItems(text, DAY_OF_WEEK, fail);
  if (raw.length > 1 && raw.some((item) => item.includes('#'))) {
    fail(`day-of-week '${text}': with '#' only one expression is allowed`);
  }
  const items: DayOfWeekItem[] = [];
  for (const item of raw) {
    const upper = item.toUpperCase();
    if (upper === 'L') {
      // "L ... in the Day-of-week field specifies the last day of the week": Saturday (7).
      items.push({ type: 'weekdays', weekdays: [7] });
    } else if (upper.includes('#')) {
      const [weekday = '', nth = '', ...extra] = upper.split('#');
      if (extra.length > 0 || !/^[1-5]$/.test(nth)) {
        fail(`invalid day-of-week item '${item}' (expected weekday#n with n 1-5)`);
      }
      items.push({ type: 'nth-of-month', weekday: parseValue(weekday, DAY_OF_WEEK, fail), nth: Number(nth) });
    } else if (upper.length > 1 && upper.endsWith('L')) {
      items.push({ type: 'last-of-month', weekday: parseValue(upper.slice(0, -1), DAY_OF_WEEK, fail) });
    } else if (upper.includes('W')) {
      fail(`'W' is only allowed in day-of-month (day-of-week item '${item}')`);
    } else items.push({ type: 'weekdays', weekdays: parseRangeItem(item, DAY_OF_WEEK, fail) });
  }
  return items;
}

const CRON_FIELDS = 'minutes hours day-of-month month day-of-week year';

function parseCron(expression: string, body: string, timeZone: string, fail: Fail): CronScheduleExpression {
  const fields = body
    .trim()
    .split(/\s+/)
    .filter((field) => field !== '');
  if (fields.length !== 6) fail(`expected 6 fields (${CRON_FIELDS}), got ${fields.length}`);
  const [minutes = '', hours = '', dayOfMonth = '', month = '', dayOfWeek = '', year = ''] = fields;
  const domAny = dayOfMonth === '?';
  const dowAny = dayOfWeek === '?';
  if (domAny && dowAny) fail("day-of-month and day-of-week cannot both be '?'; exactly one must be '?'");
  if (!domAny && !dowAny) {
    fail(`one of day-of-month ('${dayOfMonth}') or day-of-week ('${dayOfWeek}') must be '?'`);
  }
  const days: DaySelector = domAny
    ? { field: 'day-of-week', items: parseDayOfWeek(dayOfWeek, fail) }
    : { field: 'day-of-month', items: parseDayOfMonth(dayOfMonth, fail) };
  return {
    kind: 'cron',
    expression,
    timeZone,
    minutes: parseNumericField(minutes, MINUTES, fail),
    hours: parseNumericField(hours, HOURS, fail),
    days,
    months: parseNumericField(month, MONTH, fail),
    years: parseNumericField(year, YEAR, fail),
  };
}

const RATE_UNITS = {
  minute: MINUTE_MS,
  hour: HOUR_MS,
  day: DAY_MS,
} as const;

function parseRate(expression: string, body: string, timeZone: string, fail: Fail): RateScheduleExpression {
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(body);
  if (match === null) fail('expected rate(value unit), e.g. rate(5 minutes)');
  const [, valueText = '', unitText = ''] = match;
  if (!/^\d+$/.test(valueText) || Number(valueText) < 1) {
    fail(`value must be a positive integer, got '${valueText}'`);
  }
  const value = Number(valueText);
  const singular = unitText.endsWith('s') ? unitText.slice(0, -1) : unitText;
  if (!Object.hasOwn(RATE_UNITS, singular)) {
    fail(`unknown unit '${unitText}' (expected minute, minutes, hour, hours, day or days)`);
  }
  const unit = singular as keyof typeof RATE_UNITS;
  if (value === 1 && unitText !== unit)
    fail(`a value of 1 needs the singular unit '${unit}', got '${unitText}'`);
  if (value > 1 && unitText === unit)
    fail(`a value of ${value} needs the plural unit '${unit}s', got '${unitText}'`);
  return { kind: 'rate', expression, timeZone, value, unit, intervalMs: value * RATE_UNITS[unit] };
}

function parseAt(expression: string, body: string, timeZone: string, fail: Fail): AtScheduleExpression {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(body);
  if (match === null) fail('expected at(yyyy-mm-ddThh:mm:ss), e.g. at(2026-11-23T07:00:00)');
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12) fail(`month ${month} is out of range 1-12`);
  if (day < 1 || day > daysInMonth(year, month)) fail(`day ${day} does not exist in ${body.slice(0, 7)}`);
  if (hour > 23) fail(`hour ${hour} is out of range 0-23`);
  if (minute > 59) fail(`minute ${minute} is out of range 0-59`);
  if (second > 59) fail(`second ${second} is out of range 0-59`);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const clock = zoneClock(timeZone);
  const instants = clock.instantsOf(wall);
  // AWS does not document an at() that names a skipped or repeated wall-clock time. Choice (the same as
  // Temporal's 'compatible' disambiguation): a repeated time resolves to its first occurrence; a skipped
  // time is read with the offset in force before the jump, i.e. it lands as far after the gap as it was
  // into it (Europe/London 01:30 on the spring-forward day fires at 01:30 UTC = 02:30 BST).
  const fireAt = instants[0] ?? wall - clock.offsetAt(wall - DAY_MS);
  return { kind: 'at', expression, timeZone, localDateTime: body, fireAt: new Date(fireAt) };
}

/**
 * Parses and validates an EventBridge Scheduler schedule expression for a time zone.
 *
 * @param expression `cron(minutes hours day-of-month month day-of-week year)`, `rate(value unit)` or
 *   `at(yyyy-mm-ddThh:mm:ss)` (a wall-clock time in `timeZone`).
 * @param timeZone an IANA zone name such as `Europe/London` (AWS's ScheduleExpressionTimezone).
 * @throws InvalidScheduleExpressionError naming the problem (field count, ranges, `?` rules, units...).
 */
export function parseScheduleExpression(expression: string, timeZone: string): ScheduleExpression {
  const fail: Fail = (problem) => {
    throw new InvalidScheduleExpressionError(expression, problem);
  };
  try {
    zoneClock(timeZone);
  } catch {
    fail(`unknown time zone '${timeZone}'`);
  }
  const match = /^\s*(cron|rate|at)\((.*)\)\s*$/s.exec(expression);
  if (match === null) fail('expected cron(...), rate(...) or at(...)');
  const [, kind, body = ''] = match;
  if (kind === 'cron') return parseCron(expression, body, timeZone, fail);
  if (kind === 'rate') return parseRate(expression, body, timeZone, fail);
  return parseAt(expression, body, timeZone, fail);
}

// ---------------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------------

function nearestWeekday(year: number, month: number, day: number, lastDay: number): number {
  const weekday = awsWeekday(year, month, day);
  if (weekday === 7) return day === 1 ? 3 : day - 1; // Saturday: Friday before, or Monday if on the 1st
  if (weekday === 1) return day === lastDay ? day - 2 : day + 1; // Sunday: Monday after, or Friday before
  return day;
}

/** The days of a month selected by a cron expression's day-of-month or day-of-week field, ascending. */
function matchingDays(days: DaySelector, year: number, month: number): number[] {
  const lastDay = daysInMonth(year, month);
  const selected = new Set<number>();
  if (days.field === 'day-of-month') {
    for (const item of days.items) {
      switch (item.type) {
        case 'days':
          for (const day of item.days) if (day <= lastDay) selected.add(day);
          break;
        case 'last-day':
          selected.add(lastDay);
          break;
        case 'last-weekday':
          selected.add(nearestWeekday(year, month, lastDay, lastDay));
          break;
        case 'nearest-weekday':
          // A day the month does not have (31W in April) selects nothing that month.
          if (item.day <= lastDay) selected.add(nearestWeekday(year, month, item.day, lastDay));
          break;
      }
    }
  } else {
    const firstWeekday = awsWeekday(year, month, 1);
    const firstOf = (weekday: number) => 1 + ((weekday - firstWeekday + 7) % 7);
    for (const item of days.items) {
      switch (item.type) {
        case 'weekdays':
          for (const weekday of item.weekdays) {
            for (let day = firstOf(weekday); day <= lastDay; day += 7) selected.add(day);
          }
          break;
        case 'last-of-month': {
          const first = firstOf(item.weekday);
          selected.add(first + 7 * Math.floor((lastDay - first) / 7));
          break;
        }
        case 'nth-of-month': {
          const day = firstOf(item.weekday) + 7 * (item.nth - 1);
          if (day <= lastDay) selected.add(day);
          break;
        }
      }
    }
  }
  return sortedUnique(selected);
}

/**
 * Fire instants of a cron schedule strictly after `afterMs`, ascending, up to the end of year 2199.
 *
 * Walks the calendar in the zone's wall-clock time (year, month, matching day, hour, minute), so the cost
 * is proportional to the fires produced plus the days inspected, never minute-by-minute. Each matching
 * wall-clock time fires at its first occurrence only; a wall-clock time skipped by spring-forward does not
 * fire (both as AWS documents). Because of that choice, wall-clock order is UTC order.
 */
function* cronInstants(cron: CronScheduleExpression, afterMs: number): Generator<number> {
  const clock = zoneClock(cron.timeZone);
  const start = clock.localAt(afterMs);
  for (const year of cron.years) {
    if (year < start.year) continue;
    for (const month of cron.months) {
      const startMonth = year === start.year;
      if (startMonth && month < start.month) continue;
      for (const day of matchingDays(cron.days, year, month)) {
        if (startMonth && month === start.month && day < start.day) continue;
        const dayStart = Date.UTC(year, month - 1, day);
        const around = clock.offsetsAround(dayStart);
        for (const hour of cron.hours) {
          for (const minute of cron.minutes) {
            // Repeated wall-clock time in the fall-back overlap: AWS "runs only once and doesn't repeat
            // its invocation". AWS does not say which occurrence; we choose the first (the pre-change one,
            // e.g. 01:30 BST rather than 01:30 GMT), which also means a frequent schedule such as every 15
            // minutes does not fire during the second pass through the repeated hour.
            const first = clock.instantsOf(dayStart + hour * HOUR_MS + minute * MINUTE_MS, around)[0];
            if (first !== undefined && first > afterMs) yield first;
          }
        }
      }
    }
  }
}

function timeOf(date: Date, name: string): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new TypeError(`${name} is an invalid Date`);
  return time;
}

function tooMany(schedule: ScheduleExpression): never {
  throw new RangeError(`${schedule.expression}: more than ${MAX_FIRES} fires in the requested window`);
}

/**
 * Every instant at which the schedule fires with `after < t <= upTo`, as UTC `Date`s in ascending order.
 *
 * - `cron`: wall-clock matches in the schedule's zone, DST handled as AWS documents (skipped times do not
 *   fire, repeated times fire once); `options.startDate` is an inclusive lower bound.
 * - `rate`: `startDate + k * interval` for k >= 0, anchored at `options.startDate` (default `after`, a
 *   schedule created at `after`, whose immediate first invocation at `after` itself is outside the window).
 * - `at`: the single resolved instant, if inside the window (`startDate` is ignored, as in AWS).
 *
 * @throws RangeError if more than {@link MAX_FIRES} fires would be returned, or TypeError on invalid dates.
 */
export function firesBetween(
  schedule: ScheduleExpression,
  after: Date,
  upTo: Date,
  options: FireOptions = {},
): Date[] {
  const afterMs = timeOf(after, 'after');
  const upToMs = timeOf(upTo, 'upTo');
  const startMs = options.startDate === undefined ? undefined : timeOf(options.startDate, 'startDate');
  if (upToMs <= afterMs) return [];
  switch (schedule.kind) {
    case 'at': {
      const fireAt = schedule.fireAt.getTime();
      return fireAt > afterMs && fireAt <= upToMs ? [new Date(fireAt)] : [];
    }
    case 'rate': {
      const anchor = startMs ?? afterMs;
      const interval = schedule.intervalMs;
      const firstIndex = anchor > afterMs ? 0 : Math.floor((afterMs - anchor) / interval) + 1;
      const lastIndex = Math.floor((upToMs - anchor) / interval);
      if (lastIndex - firstIndex + 1 > MAX_FIRES) tooMany(schedule);
      const fires: Date[] = [];
      for (let index = firstIndex; index <= lastIndex; index++)
        fires.push(new Date(anchor + index * interval));
      return fires;
    }
    case 'cron': {
      const lowerExclusive = startMs === undefined ? afterMs : Math.max(afterMs, startMs - 1);
      const fires: Date[] = [];
      for (const instant of cronInstants(schedule, lowerExclusive)) {
        if (instant > upToMs) break;
        if (fires.length === MAX_FIRES) tooMany(schedule);
        fires.push(new Date(instant));
      }
      return fires;
    }
  }
}

/**
 * The first instant strictly after `after` at which the schedule fires, or `undefined` if it never does
 * again (an `at` in the past, a cron whose remaining years have no match). `options` as for
 * {@link firesBetween}; without a startDate a `rate` schedule is taken as created at `after`.
 */
export function nextFireAfter(
  schedule: ScheduleExpression,
  after: Date,
  options: FireOptions = {},
): Date | undefined {
  const afterMs = timeOf(after, 'after');
  const startMs = options.startDate === undefined ? undefined : timeOf(options.startDate, 'startDate');
  switch (schedule.kind) {
    case 'at':
      return schedule.fireAt.getTime() > afterMs ? new Date(schedule.fireAt.getTime()) : undefined;
    case 'rate': {
      const anchor = startMs ?? afterMs;
      const index = anchor > afterMs ? 0 : Math.floor((afterMs - anchor) / schedule.intervalMs) + 1;
      return new Date(anchor + index * schedule.intervalMs);
    }
    case 'cron': {
      const lowerExclusive = startMs === undefined ? afterMs : Math.max(afterMs, startMs - 1);
      const next = cronInstants(schedule, lowerExclusive).next();
      return next.done === true ? undefined : new Date(next.value);
    }
  }
}
