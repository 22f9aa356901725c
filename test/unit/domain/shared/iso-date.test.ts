import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWeeks,
  compareDates,
  datePartsOf,
  dayOfWeek,
  daysBetween,
  firstWeekdayOfMonth,
  type IsoDate,
  isIsoDate,
  isoDateOf,
  lastWeekdayOfMonth,
  maxDate,
  minDate,
  nthWeekdayOfMonth,
  parseIsoDate,
  Weekday,
} from '#domain/shared/iso-date';

describe('recognising a plain calendar date', () => {
  it.each(['2024-02-29', '2023-12-31', '2000-02-29', '1970-01-01', '2026-11-23'])('accepts %s', (text) => {
    // act
    const valid = isIsoDate(text);

    // assert
    expect(valid).toBe(true);
  });

  it.each([
    ['2023-02-29', 'a 29 February outside a leap year'],
    ['1900-02-29', 'a 29 February in a century year not divisible by 400'],
    ['2024-13-01', 'a thirteenth month'],
    ['2024-00-10', 'a month 0'],
    ['2024-04-31', 'a 31st in a 30-day month'],
    ['2024-01-00', 'a day 0'],
    ['2024-1-1', 'unpadded parts'],
    ['2024-01-01T00:00:00Z', 'a timestamp'],
    ['20240101', 'the basic format'],
    [' 2024-01-01', 'surrounding space'],
  ])('rejects %s (%s)', (text) => {
    // act
    const valid = isIsoDate(text);

    // assert
    expect(valid).toBe(false);
  });

  it('rejects values that are not strings', () => {
    // act
    const verdicts = [undefined, null, 20240101, new Date('2024-01-01')].map(isIsoDate);

    // assert
    expect(verdicts).toEqual([false, false, false, false]);
  });

  it('parses a date from outside and names the field when it is impossible', () => {
    // act
    const parsed = parseIsoDate('2024-02-29', 'requestReceived');

    // assert
    expect(parsed).toBe('2024-02-29');
    expect(() => parseIsoDate('2023-02-29', 'requestReceived')).toThrow(
      'requestReceived must be a real calendar date written YYYY-MM-DD, got "2023-02-29"',
    );
  });

  it('builds a date from its parts and refuses a day the month lacks', () => {
    // act
    const date = isoDateOf(2026, 3, 9);

    // assert
    expect(date).toBe('2026-03-09');
    expect(datePartsOf(date)).toEqual({ year: 2026, month: 3, day: 9 });
    expect(() => isoDateOf(2025, 2, 29)).toThrow(RangeError);
    expect(() => isoDateOf(2025, 13, 1)).toThrow('month must be 1-12, got 13');
  });
});

describe('adding days and weeks', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2024-01-01', 366, '2025-01-01'],
    ['1999-12-31', 1, '2000-01-01'],
    ['2024-10-27', 1, '2024-10-28'],
  ] as const)('%s plus %i days is %s', (date, days, expected) => {
    // act
    const result = addDays(date, days);

    // assert
    expect(result).toBe(expected);
  });

  it('puts "within 6 weeks" of a Tuesday on the Tuesday six weeks later, across the clock change', () => {
    // prepare: SI 2014/1530 reg 4-5: decision whether to assess within 6 weeks of the request
    const requestReceived: IsoDate = '2025-09-23';

    // act
    const deadline = addWeeks(requestReceived, 6);

    // assert
    expect(deadline).toBe('2025-11-04');
    expect(dayOfWeek(deadline)).toBe(Weekday.Tuesday);
  });

  it('puts 20 weeks after a request 140 days later', () => {
    // act
    const deadline = addWeeks('2025-01-06', 20);

    // assert
    expect(daysBetween('2025-01-06', deadline)).toBe(140);
    expect(deadline).toBe('2025-05-26');
  });

  it('refuses a fraction of a day', () => {
    // act and assert
    expect(() => addDays('2025-01-01', 1.5)).toThrow('days must be a whole number, got 1.5');
  });

  it('round-trips addDays and daysBetween over many years in both directions', () => {
    // prepare
    const start: IsoDate = '1996-02-29';

    // act
    const checks = [-40_000, -1461, -365, -1, 0, 1, 59, 365, 1461, 40_000].map((n) =>
      daysBetween(start, addDays(start, n)),
    );

    // assert
    expect(checks).toEqual([-40_000, -1461, -365, -1, 0, 1, 59, 365, 1461, 40_000]);
  });
});

describe('adding months', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28', 'into a short February'],
    ['2024-01-31', 1, '2024-02-29', 'into a leap February'],
    ['2025-03-31', 1, '2025-04-30', 'into a 30-day month'],
    ['2025-03-31', -1, '2025-02-28', 'backwards into February'],
    ['2024-02-29', 12, '2025-02-28', 'a leap day a year on'],
    ['2025-01-15', 1, '2025-02-15', 'a mid-month day'],
    ['2025-11-30', 3, '2026-02-28', 'across a year end'],
    ['2026-01-10', -13, '2024-12-10', 'back more than a year'],
    ['2025-05-31', 0, '2025-05-31', 'by zero months'],
  ] as const)('%s plus %i months is %s (%s)', (date, months, expected, _case) => {
    // act
    const result = addMonths(date, months);

    // assert
    expect(result).toBe(expected);
  });
});

describe('counting and ordering dates', () => {
  it('counts calendar days with a sign', () => {
    // act and assert
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2023-02-01', '2023-03-01')).toBe(28);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
    expect(daysBetween('2025-10-02', '2025-10-02')).toBe(0);
  });

  it('sorts dates into calendar order and finds the earliest and latest', () => {
    // prepare
    const dates: IsoDate[] = ['2025-10-02', '2024-12-31', '2025-01-16', '2025-10-01'];

    // act
    const sorted = [...dates].sort(compareDates);

    // assert
    expect(sorted).toEqual(['2024-12-31', '2025-01-16', '2025-10-01', '2025-10-02']);
    expect(minDate(...(dates as [IsoDate, ...IsoDate[]]))).toBe('2024-12-31');
    expect(maxDate(...(dates as [IsoDate, ...IsoDate[]]))).toBe('2025-10-02');
    expect(compareDates('2025-01-01', '2025-01-01')).toBe(0);
  });
});

describe('days of the week', () => {
  it.each([
    ['2026-11-23', Weekday.Monday],
    ['2023-10-20', Weekday.Friday],
    ['2024-02-29', Weekday.Thursday],
    ['1970-01-01', Weekday.Thursday],
    ['1969-12-28', Weekday.Sunday],
    ['2000-01-01', Weekday.Saturday],
    ['2025-12-25', Weekday.Thursday],
  ] as const)('%s is ISO weekday %i', (date, weekday) => {
    // act
    const result = dayOfWeek(date);

    // assert
    expect(result).toBe(weekday);
  });
});

describe('weekdays within a month', () => {
  // DfE school census days: autumn = first Thursday in October, spring = third Thursday in
  // January, summer = third Thursday in May; workforce census = first Thursday in November.
  it.each([
    [2025, 10, 1, '2025-10-02', 'autumn census 2025'],
    [2026, 1, 3, '2026-01-15', 'spring census 2026'],
    [2026, 5, 3, '2026-05-21', 'summer census 2026'],
    [2025, 11, 1, '2025-11-06', 'workforce census 2025'],
    [2026, 10, 1, '2026-10-01', 'autumn census 2026, on the 1st'],
    [2027, 1, 3, '2027-01-21', 'spring census 2027'],
  ] as const)('in %i-%i Thursday number %i is %s (%s)', (year, month, n, expected, _case) => {
    // act
    const day =
      n === 1
        ? firstWeekdayOfMonth(year, month, Weekday.Thursday)
        : nthWeekdayOfMonth(year, month, Weekday.Thursday, n);

    // assert
    expect(day).toBe(expected);
    expect(nthWeekdayOfMonth(year, month, Weekday.Thursday, n)).toBe(expected);
  });

  it('finds the last Monday in May and in August', () => {
    // act and assert
    expect(lastWeekdayOfMonth(2026, 5, Weekday.Monday)).toBe('2026-05-25');
    expect(lastWeekdayOfMonth(2027, 5, Weekday.Monday)).toBe('2027-05-31');
    expect(lastWeekdayOfMonth(2026, 8, Weekday.Monday)).toBe('2026-08-31');
    expect(lastWeekdayOfMonth(2024, 2, Weekday.Thursday)).toBe('2024-02-29');
  });

  it('finds a fifth weekday when there is one and refuses it when there is not', () => {
    // act and assert
    expect(nthWeekdayOfMonth(2026, 8, Weekday.Monday, 5)).toBe('2026-08-31');
    expect(() => nthWeekdayOfMonth(2026, 2, Weekday.Monday, 5)).toThrow(RangeError);
    expect(() => nthWeekdayOfMonth(2026, 2, Weekday.Monday, 0)).toThrow('n must be 1-5, got 0');
  });
});
