import { describe, expect, it } from 'vitest';
import {
  firesBetween,
  InvalidScheduleExpressionError,
  MAX_FIRES,
  nextFireAfter,
  parseScheduleExpression,
} from '#local/schedule-expression';

const LONDON = 'Europe/London';

const fires = (expression: string, after: string, upTo: string, startDate?: string): string[] =>
  firesBetween(
    parseScheduleExpression(expression, LONDON),
    new Date(after),
    new Date(upTo),
    startDate === undefined ? {} : { startDate: new Date(startDate) },
  ).map((date) => date.toISOString());

const iso = (text: string): string => new Date(text).toISOString();

describe('parseScheduleExpression', () => {
  it('parses the three kinds into a discriminated union', () => {
    expect(parseScheduleExpression('cron(0 7 ? * MON *)', LONDON)).toMatchObject({
      kind: 'cron',
      timeZone: LONDON,
      minutes: [0],
      hours: [7],
      months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      days: { field: 'day-of-week', items: [{ type: 'weekdays', weekdays: [2] }] },
    });
    expect(parseScheduleExpression('rate(5 minutes)', LONDON)).toMatchObject({
      kind: 'rate',
      value: 5,
      unit: 'minute',
      intervalMs: 300_000,
    });
    expect(parseScheduleExpression('at(2026-06-01T09:30:00)', LONDON)).toMatchObject({
      kind: 'at',
      localDateTime: '2026-06-01T09:30:00',
      fireAt: new Date('2026-06-01T08:30:00Z'),
    });
  });

  it.each([
    ['rate(1 minute)', 60_000],
    ['rate(1 hour)', 3_600_000],
    ['rate(2 hours)', 7_200_000],
    ['rate(1 day)', 86_400_000],
    ['rate(3 days)', 259_200_000],
  ])('accepts %s as a fixed interval of %i ms', (expression, intervalMs) => {
    expect(parseScheduleExpression(expression, LONDON)).toMatchObject({ kind: 'rate', intervalMs });
  });

  it.each([
    ['cron(0 7 ? * MON)', 'expected 6 fields (minutes hours day-of-month month day-of-week year), got 5'],
    ['cron(0 7 * * * * *)', 'expected 6 fields'],
    ['cron(0 7 ? * ? *)', "day-of-month and day-of-week cannot both be '?'"],
    ['cron(0 7 * * MON *)', "one of day-of-month ('*') or day-of-week ('MON') must be '?'"],
    ['cron(0 7 1 * 2 *)', 'must be'],
    ['cron(60 7 ? * MON *)', 'minutes value 60 is out of range 0-59'],
    ['cron(0 24 * * ? *)', 'hours value 24 is out of range 0-23'],
    ['cron(0 7 32 * ? *)', 'day-of-month value 32 is out of range 1-31'],
    ['cron(0 7 0 * ? *)', 'day-of-month value 0 is out of range 1-31'],
    ['cron(0 7 1 13 ? *)', 'month value 13 is out of range 1-12'],
    ['cron(0 7 1 FOO ? *)', "invalid month value 'FOO'"],
    ['cron(0 7 ? * 8 *)', 'day-of-week value 8 is out of range 1-7'],
    ['cron(0 7 ? * 0 *)', 'day-of-week value 0 is out of range 1-7'],
    ['cron(0 7 1 * ? 1969)', 'year value 1969 is out of range 1970-2199'],
    ['cron(0 7 1 * ? 2200)', 'year value 2200 is out of range 1970-2199'],
    ['cron(? 7 1 * ? *)', "'?' is only allowed in day-of-month or day-of-week, not minutes"],
    ['cron(0/0 7 1 * ? *)', 'invalid minutes increment'],
    ['cron(0 7 ? * MON/2 *)', "'/' is not allowed in day-of-week"],
    ['cron(0 7 ? * 2#1,3#1 *)', "with '#' only one expression is allowed"],
    ['cron(0 7 ? * 2#6 *)', "invalid day-of-week item '2#6'"],
    ['cron(0 7 15#1 * ? *)', "invalid day-of-month item '15#1'"],
    ['cron(0 7 ? * 2W *)', "'W' is only allowed in day-of-month"],
    ['cron(0 L 1 * ? *)', "invalid hours value 'L'"],
    ['cron(0 20-4 * * ? *)', "hours range '20-4' starts after it ends"],
    ['cron(0 1,,2 * * ? *)', "empty item in hours '1,,2'"],
    ['rate(0 minutes)', "value must be a positive integer, got '0'"],
    ['rate(-5 minutes)', 'value must be a positive integer'],
    ['rate(2 minute)', "a value of 2 needs the plural unit 'minutes', got 'minute'"],
    ['rate(1 hours)', "a value of 1 needs the singular unit 'hour', got 'hours'"],
    ['rate(5 seconds)', "unknown unit 'seconds' (expected minute, minutes, hour, hours, day or days)"],
    ['rate(2 weeks)', "unknown unit 'weeks'"],
    ['rate(5)', 'expected rate(value unit)'],
    ['at(2026-06-01 09:30:00)', 'expected at(yyyy-mm-ddThh:mm:ss)'],
    ['at(2026-06-01T09:30)', 'expected at(yyyy-mm-ddThh:mm:ss)'],
    ['at(2026-13-01T09:30:00)', 'month 13 is out of range 1-12'],
    ['at(2026-02-29T09:30:00)', 'day 29 does not exist in 2026-02'],
    ['at(2026-06-01T24:00:00)', 'hour 24 is out of range 0-23'],
    ['at(2026-06-01T09:60:00)', 'minute 60 is out of range 0-59'],
    ['every(5 minutes)', 'expected cron(...), rate(...) or at(...)'],
    ['', 'expected cron(...), rate(...) or at(...)'],
  ])('rejects %s naming the problem', (expression, problem) => {
    let error: unknown;
    try {
      parseScheduleExpression(expression, LONDON);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidScheduleExpressionError);
    expect(error).toMatchObject({ name: 'InvalidScheduleExpressionError', expression });
    expect((error as Error).message).toContain(`${expression}: `);
    expect((error as Error).message).toContain(problem);
  });

  it('reports the exact message for a five-field cron', () => {
    expect(() => parseScheduleExpression('cron(0 7 ? * MON)', LONDON)).toThrow(
      'cron(0 7 ? * MON): expected 6 fields (minutes hours day-of-month month day-of-week year), got 5',
    );
  });

  it('rejects an unknown time zone', () => {
    expect(() => parseScheduleExpression('rate(1 day)', 'Europe/Atlantis')).toThrow(
      "rate(1 day): unknown time zone 'Europe/Atlantis'",
    );
  });
});

describe('firesBetween: Monday 07:00 in Europe/London', () => {
  const monday = 'cron(0 7 ? * MON *)';

  it.each([
    [
      'in winter (GMT) at 07:00 UTC',
      '2026-11-22T00:00:00Z',
      '2026-11-29T00:00:00Z',
      ['2026-11-23T07:00:00Z'],
    ],
    [
      'in summer (BST) at 06:00 UTC',
      '2026-05-31T00:00:00Z',
      '2026-06-07T00:00:00Z',
      ['2026-06-01T06:00:00Z'],
    ],
    [
      'across the October 2026 clocks-back weekend',
      '2026-10-18T00:00:00Z',
      '2026-11-01T00:00:00Z',
      ['2026-10-19T06:00:00Z', '2026-10-26T07:00:00Z'],
    ],
    [
      'across the March 2027 clocks-forward weekend',
      '2027-03-21T00:00:00Z',
      '2027-04-04T00:00:00Z',
      ['2027-03-22T07:00:00Z', '2027-03-29T06:00:00Z'],
    ],
  ])('fires %s', (_label, after, upTo, expected) => {
    expect(fires(monday, after, upTo)).toEqual(expected.map(iso));
  });

  it('fires 52 times over a year, quickly', () => {
    const schedule = parseScheduleExpression(monday, LONDON);
    const started = performance.now();
    const result = firesBetween(schedule, new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    const elapsed = performance.now() - started;
    expect(result).toHaveLength(52);
    expect(elapsed).toBeLessThan(100);
    expect(result.every((date) => date.getUTCDay() === 1)).toBe(true);
  });

  it('treats after as exclusive and upTo as inclusive', () => {
    expect(fires(monday, '2026-11-23T07:00:00Z', '2026-11-30T07:00:00Z')).toEqual([
      iso('2026-11-30T07:00:00Z'),
    ]);
  });
});

describe('firesBetween: recurring schedules', () => {
  it('fires a daily 06:00 sweep 3 times over a 3-day window', () => {
    expect(fires('cron(0 6 * * ? *)', '2026-11-01T12:00:00Z', '2026-11-04T12:00:00Z')).toEqual(
      ['2026-11-02T06:00:00Z', '2026-11-03T06:00:00Z', '2026-11-04T06:00:00Z'].map(iso),
    );
  });

  it('fires rate(1 day) every 24 hours from the start date', () => {
    expect(
      fires('rate(1 day)', '2026-05-30T00:00:00Z', '2026-06-03T12:00:00Z', '2026-06-01T05:15:00Z'),
    ).toEqual(['2026-06-01T05:15:00Z', '2026-06-02T05:15:00Z', '2026-06-03T05:15:00Z'].map(iso));
  });

  it('keeps rate(1 day) at 24-hour steps across the clocks change', () => {
    expect(
      fires('rate(1 day)', '2026-10-24T00:00:00Z', '2026-10-26T12:00:00Z', '2026-10-24T08:00:00Z'),
    ).toEqual(['2026-10-24T08:00:00Z', '2026-10-25T08:00:00Z', '2026-10-26T08:00:00Z'].map(iso));
  });

  it('continues a rate from a start date long before the window', () => {
    expect(
      fires('rate(2 hours)', '2026-06-01T10:30:00Z', '2026-06-01T15:00:00Z', '2026-01-01T01:00:00Z'),
    ).toEqual(['2026-06-01T11:00:00Z', '2026-06-01T13:00:00Z', '2026-06-01T15:00:00Z'].map(iso));
  });

  it('fires rate(5 minutes) 12 times over an hour when anchored at the window start', () => {
    const result = fires('rate(5 minutes)', '2026-06-01T10:00:00Z', '2026-06-01T11:00:00Z');
    expect(result).toHaveLength(12);
    expect(result[0]).toBe(iso('2026-06-01T10:05:00Z'));
    expect(result[11]).toBe(iso('2026-06-01T11:00:00Z'));
  });

  it('fires at(...) once at the local instant', () => {
    expect(fires('at(2026-11-23T07:00:00)', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual([
      iso('2026-11-23T07:00:00Z'),
    ]);
    expect(fires('at(2026-06-01T07:00:00)', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual([
      iso('2026-06-01T06:00:00Z'),
    ]);
  });

  it('ignores startDate for at(...), as AWS does', () => {
    expect(
      fires(
        'at(2026-06-01T07:00:00)',
        '2026-01-01T00:00:00Z',
        '2027-01-01T00:00:00Z',
        '2026-07-01T00:00:00Z',
      ),
    ).toEqual([iso('2026-06-01T06:00:00Z')]);
  });

  it('uses startDate as an inclusive lower bound for cron', () => {
    expect(
      fires('cron(0 6 * * ? *)', '2026-11-01T00:00:00Z', '2026-11-04T00:00:00Z', '2026-11-02T06:00:00Z'),
    ).toEqual(['2026-11-02T06:00:00Z', '2026-11-03T06:00:00Z'].map(iso));
  });

  it.each([
    [
      'a weekly cron over a window with no Monday',
      'cron(0 7 ? * MON *)',
      '2026-11-24T00:00:00Z',
      '2026-11-29T00:00:00Z',
    ],
    [
      'a cron in a year that has passed',
      'cron(0 7 1 1 ? 2025)',
      '2026-01-01T00:00:00Z',
      '2027-01-01T00:00:00Z',
    ],
    ['a rate shorter than its interval', 'rate(1 hour)', '2026-06-01T10:00:00Z', '2026-06-01T10:59:00Z'],
    ['an at() outside the window', 'at(2026-06-01T07:00:00)', '2026-06-01T06:00:00Z', '2026-06-02T00:00:00Z'],
    ['an empty window', 'rate(1 minute)', '2026-06-01T10:00:00Z', '2026-06-01T10:00:00Z'],
    ['a reversed window', 'rate(1 minute)', '2026-06-01T11:00:00Z', '2026-06-01T10:00:00Z'],
  ])('returns [] for %s', (_label, expression, after, upTo) => {
    expect(fires(expression, after, upTo)).toEqual([]);
  });

  it.each([
    ['cron(* * * * ? *)', '2026-06-01T00:00:00Z', '2026-06-08T00:00:00Z'],
    ['rate(1 minute)', '2026-06-01T00:00:00Z', '2026-06-08T00:00:00Z'],
  ])('refuses to produce more than 10,000 fires for %s', (expression, after, upTo) => {
    expect(() => fires(expression, after, upTo)).toThrow(RangeError);
    expect(() => fires(expression, after, upTo)).toThrow(`more than ${MAX_FIRES} fires`);
  });

  it('allows exactly 10,000 fires', () => {
    expect(fires('cron(* * * * ? *)', '2026-06-01T00:00:00Z', '2026-06-07T22:40:00Z')).toHaveLength(10_000);
    expect(fires('rate(1 minute)', '2026-06-01T00:00:00Z', '2026-06-07T22:40:00Z')).toHaveLength(10_000);
  });
});

describe('firesBetween: cron field syntax (in GMT so local = UTC)', () => {
  const november = ['2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z'] as const;
  const days = (expression: string, after = november[0], upTo = november[1]): number[] =>
    fires(expression, after, upTo).map((text) => new Date(text).getUTCDate());

  it.each([
    // AWS day-of-week numbering: 1 = SUN ... 7 = SAT. November 2026 starts on a Sunday.
    ['1 is Sunday', 'cron(0 12 ? * 1 *)', [1, 8, 15, 22, 29]],
    ['7 is Saturday', 'cron(0 12 ? * 7 *)', [7, 14, 21, 28]],
    ['2 is MON', 'cron(0 12 ? * 2 *)', [2, 9, 16, 23, 30]],
    ['names are case-insensitive', 'cron(0 12 ? * mon *)', [2, 9, 16, 23, 30]],
    [
      'MON-FRI is a range of names',
      'cron(0 12 ? * MON-FRI *)',
      [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30],
    ],
    [
      'a list mixes names and numbers',
      'cron(0 12 ? * SUN,4,SAT *)',
      [1, 4, 7, 8, 11, 14, 15, 18, 21, 22, 25, 28, 29],
    ],
    ['L alone in day-of-week is Saturday', 'cron(0 12 ? * L *)', [7, 14, 21, 28]],
    ['6L is the last Friday', 'cron(0 12 ? * 6L *)', [27]],
    ['FRIL is the last Friday', 'cron(0 12 ? * FRIL *)', [27]],
    ['MON#1 is the first Monday', 'cron(0 12 ? * MON#1 *)', [2]],
    ['2#1 is the first Monday', 'cron(0 12 ? * 2#1 *)', [2]],
    ['3#5 (fifth Tuesday) does not exist in November 2026', 'cron(0 12 ? * 3#5 *)', []],
    ['1#5 is the fifth Sunday', 'cron(0 12 ? * 1#5 *)', [29]],
    ['L in day-of-month is the last day', 'cron(0 12 L * ? *)', [30]],
    ['LW is the last weekday', 'cron(0 12 LW * ? *)', [30]],
    ['15W on a Sunday moves to Monday 16th', 'cron(0 12 15W * ? *)', [16]],
    ['14W on a Saturday moves to Friday 13th', 'cron(0 12 14W * ? *)', [13]],
    ['1W on a Sunday moves to Monday 2nd', 'cron(0 12 1W * ? *)', [2]],
    ['31 does not exist in November', 'cron(0 12 31 * ? *)', []],
    ['a day-of-month range', 'cron(0 12 10-12 * ? *)', [10, 11, 12]],
    ['a day-of-month step from a start', 'cron(0 12 1/10 * ? *)', [1, 11, 21]],
    ['a day-of-month list', 'cron(0 12 5,1,20 * ? *)', [1, 5, 20]],
    ['a month name', 'cron(0 12 1 NOV ? *)', [1]],
    ['a month outside the window', 'cron(0 12 1 DEC ? *)', []],
    ['a month range by name', 'cron(0 12 1 OCT-DEC ? *)', [1]],
  ])('%s', (_label, expression, expected) => {
    expect(days(expression)).toEqual(expected);
  });

  it.each([
    [
      '1/10 minutes (11th, 21st, ...)',
      'cron(1/10 9 1 NOV ? 2026)',
      ['09:01', '09:11', '09:21', '09:31', '09:41', '09:51'],
    ],
    ['*/15 minutes', 'cron(*/15 9 1 NOV ? 2026)', ['09:00', '09:15', '09:30', '09:45']],
    ['a stepped hour range', 'cron(30 8-17/4 1 NOV ? 2026)', ['08:30', '12:30', '16:30']],
    ['an hour and minute list', 'cron(0,30 9,13 1 NOV ? 2026)', ['09:00', '09:30', '13:00', '13:30']],
  ])('expands %s', (_label, expression, expected) => {
    expect(fires(expression, ...november).map((text) => text.slice(11, 16))).toEqual(expected);
  });

  it('handles L in February of a leap year and a common year', () => {
    expect(fires('cron(0 12 L 2 ? 2027-2028)', '2027-01-01T00:00:00Z', '2029-01-01T00:00:00Z')).toEqual(
      ['2027-02-28T12:00:00Z', '2028-02-29T12:00:00Z'].map(iso),
    );
  });

  it('honours year ranges and steps', () => {
    expect(fires('cron(0 12 1 1 ? 2026/2)', '2025-01-01T00:00:00Z', '2031-01-01T00:00:00Z')).toEqual(
      ['2026-01-01T12:00:00Z', '2028-01-01T12:00:00Z', '2030-01-01T12:00:00Z'].map(iso),
    );
  });

  it('moves LW to Friday when the month ends on a weekend', () => {
    // January 2027 ends on a Sunday; the last weekday is Friday 29th.
    expect(fires('cron(0 12 LW * ? *)', '2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z')).toEqual([
      iso('2027-01-29T12:00:00Z'),
    ]);
  });

  it('keeps 31W inside the month when the 31st is a Sunday', () => {
    // 31 January 2027 is a Sunday: the nearest weekday in the month is Friday 29th.
    expect(fires('cron(0 12 31W * ? *)', '2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z')).toEqual([
      iso('2027-01-29T12:00:00Z'),
    ]);
  });
});

describe('firesBetween: daylight saving time edges in Europe/London', () => {
  const halfPastOne = 'cron(30 1 * * ? *)';

  it('skips 01:30 on the spring-forward day, as AWS documents', () => {
    // 28 Mar 2027: 01:00 GMT jumps to 02:00 BST, so local 01:30 does not exist.
    expect(fires(halfPastOne, '2027-03-26T12:00:00Z', '2027-03-29T12:00:00Z')).toEqual(
      ['2027-03-27T01:30:00Z', '2027-03-29T00:30:00Z'].map(iso),
    );
  });

  it('fires 01:30 once on the fall-back day, at the first occurrence (BST)', () => {
    // 25 Oct 2026: local 01:30 happens at 00:30Z (BST) and again at 01:30Z (GMT).
    expect(fires(halfPastOne, '2026-10-24T12:00:00Z', '2026-10-26T12:00:00Z')).toEqual(
      ['2026-10-25T00:30:00Z', '2026-10-26T01:30:00Z'].map(iso),
    );
  });

  it('does not fire during the second pass through the repeated hour', () => {
    expect(fires('cron(0/30 * * * ? *)', '2026-10-24T23:59:00Z', '2026-10-25T02:00:00Z')).toEqual(
      ['2026-10-25T00:00:00Z', '2026-10-25T00:30:00Z', '2026-10-25T02:00:00Z'].map(iso),
    );
  });

  it('keeps a 30-minute cadence in UTC across the skipped hour', () => {
    expect(fires('cron(0/30 * * * ? *)', '2027-03-28T00:00:00Z', '2027-03-28T02:00:00Z')).toEqual(
      ['2027-03-28T00:30:00Z', '2027-03-28T01:00:00Z', '2027-03-28T01:30:00Z', '2027-03-28T02:00:00Z'].map(
        iso,
      ),
    );
  });

  it('fires a schedule at 02:00 local on the spring-forward day right after the jump', () => {
    expect(fires('cron(0 2 28 3 ? 2027)', '2027-03-27T00:00:00Z', '2027-03-29T00:00:00Z')).toEqual([
      iso('2027-03-28T01:00:00Z'),
    ]);
  });

  it('resolves at() in the repeated hour to its first occurrence', () => {
    expect(parseScheduleExpression('at(2026-10-25T01:30:00)', LONDON)).toMatchObject({
      fireAt: new Date('2026-10-25T00:30:00Z'),
    });
  });

  it('resolves at() in the skipped hour past the gap (01:30 GMT reading = 02:30 BST)', () => {
    expect(parseScheduleExpression('at(2027-03-28T01:30:00)', LONDON)).toMatchObject({
      fireAt: new Date('2027-03-28T01:30:00Z'),
    });
  });

  it('evaluates in UTC when the zone is UTC', () => {
    const schedule = parseScheduleExpression('cron(0 7 ? * MON *)', 'UTC');
    expect(
      firesBetween(schedule, new Date('2026-05-31T00:00:00Z'), new Date('2026-06-07T00:00:00Z')),
    ).toEqual([new Date('2026-06-01T07:00:00Z')]);
  });
});

describe('nextFireAfter', () => {
  it.each([
    ['cron(0 7 ? * MON *)', '2026-11-23T07:00:00Z', '2026-11-30T07:00:00Z'],
    ['cron(0 7 ? * MON *)', '2026-10-20T00:00:00Z', '2026-10-26T07:00:00Z'],
    ['cron(0 7 ? * MON *)', '2027-03-23T00:00:00Z', '2027-03-29T06:00:00Z'],
    ['cron(0 0 29 2 ? *)', '2026-03-01T00:00:00Z', '2028-02-29T00:00:00Z'],
    ['rate(5 minutes)', '2026-06-01T10:00:00Z', '2026-06-01T10:05:00Z'],
    ['at(2026-11-23T07:00:00)', '2026-01-01T00:00:00Z', '2026-11-23T07:00:00Z'],
  ])('for %s after %s is %s', (expression, after, expected) => {
    expect(nextFireAfter(parseScheduleExpression(expression, LONDON), new Date(after))).toEqual(
      new Date(expected),
    );
  });

  it.each([
    ['an at() in the past', 'at(2026-01-01T00:00:00)'],
    ['a cron whose years are over', 'cron(0 7 1 1 ? 2025)'],
    ['a cron that never matches (30 February)', 'cron(0 7 30 2 ? *)'],
    ['a cron past the last supported year', 'cron(0 7 ? * MON *)'],
  ])('is undefined for %s', (_label, expression) => {
    const after = expression.includes('MON') ? '2199-12-31T12:00:00Z' : '2026-06-01T00:00:00Z';
    expect(nextFireAfter(parseScheduleExpression(expression, LONDON), new Date(after))).toBeUndefined();
  });

  it('continues a rate from its start date', () => {
    const schedule = parseScheduleExpression('rate(1 hour)', LONDON);
    expect(
      nextFireAfter(schedule, new Date('2026-06-01T10:30:00Z'), {
        startDate: new Date('2026-06-01T08:15:00Z'),
      }),
    ).toEqual(new Date('2026-06-01T11:15:00Z'));
  });
});
