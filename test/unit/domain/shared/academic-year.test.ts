import { describe, expect, it } from 'vitest';
import {
  academicYearOf,
  academicYearStarting,
  calendarYearOfMonth,
  firstDayOfAcademicYear,
  formatAcademicYear,
  isInAcademicYear,
  lastDayOfAcademicYear,
  nextAcademicYear,
  parseAcademicYear,
  previousAcademicYear,
} from '#domain/shared/academic-year';
import { nthWeekdayOfMonth, Weekday } from '#domain/shared/iso-date';

describe('which academic year a date is in', () => {
  it.each([
    { date: '2025-09-01', startYear: 2025, why: 'its first day' },
    { date: '2026-08-31', startYear: 2025, why: 'its last day' },
    { date: '2026-09-01', startYear: 2026, why: 'the first day of the next' },
    { date: '2025-12-31', startYear: 2025, why: 'the end of the autumn term’s calendar year' },
    { date: '2026-01-01', startYear: 2025, why: 'New Year’s Day in the spring term' },
    { date: '2024-02-29', startYear: 2023, why: 'a leap day' },
  ] as const)('$date is in the year starting $startYear ($why)', ({ date, startYear }) => {
    // act
    const year = academicYearOf(date);

    // assert
    expect(year).toEqual({ startYear });
  });
});

describe('reading an academic year written down', () => {
  it.each([
    ['2025/26', 2025],
    ['2025-26', 2025],
    ['2023-24', 2023],
    ['1999/00', 1999],
    ['2099/00', 2099],
  ])('reads %s as the year starting %i', (text, startYear) => {
    // act
    const year = parseAcademicYear(text);

    // assert
    expect(year).toEqual({ startYear });
  });

  it.each([
    ['2025/27', 'academicYear must name two consecutive years, like 2025/26, got "2025/27"'],
    ['2025-25', 'academicYear must name two consecutive years, like 2025-26, got "2025-25"'],
    ['25/26', 'academicYear must be written like 2025/26 (or 2025-26), got "25/26"'],
    ['2025/2026', 'academicYear must be written like 2025/26 (or 2025-26), got "2025/2026"'],
    ['2025 to 2026', 'academicYear must be written like 2025/26 (or 2025-26), got "2025 to 2026"'],
    ['', 'academicYear must be written like 2025/26 (or 2025-26), got ""'],
    ['next year', 'academicYear must be written like 2025/26 (or 2025-26), got "next year"'],
  ])('refuses %s with a clear message', (text, message) => {
    // act
    const parse = () => parseAcademicYear(text);

    // assert
    expect(parse).toThrow(RangeError);
    expect(parse).toThrow(message);
  });

  it('names the field it was reading', () => {
    // act and assert
    expect(() => parseAcademicYear('2023-2024', 'data.academicYear')).toThrow(
      'data.academicYear must be written like 2025/26 (or 2025-26), got "2023-2024"',
    );
  });
});

describe('writing an academic year', () => {
  it('writes 2025/26 by default, the canonical form', () => {
    // act and assert
    expect(formatAcademicYear({ startYear: 2025 })).toBe('2025/26');
    expect(formatAcademicYear({ startYear: 1999 })).toBe('1999/00');
  });

  it('writes 2023-24 the way the 2023-24 offer did, when asked', () => {
    // act and assert
    expect(formatAcademicYear({ startYear: 2023 }, 'hyphen')).toBe('2023-24');
  });

  it('round-trips through text in both styles', () => {
    // prepare
    const year = academicYearStarting(2030);

    // act
    const slash = parseAcademicYear(formatAcademicYear(year));
    const hyphen = parseAcademicYear(formatAcademicYear(year, 'hyphen'));

    // assert
    expect([slash, hyphen]).toEqual([year, year]);
  });

  it('survives JSON as a plain value', () => {
    // prepare
    const year = academicYearStarting(2025);

    // act
    const copy = JSON.parse(JSON.stringify({ year }));

    // assert
    expect(copy.year).toEqual(year);
    expect(lastDayOfAcademicYear(copy.year)).toBe('2026-08-31');
  });
});

describe('the days and neighbours of an academic year', () => {
  it('runs from 1 September to 31 August', () => {
    // prepare
    const year = parseAcademicYear('2025/26');

    // act and assert
    expect(firstDayOfAcademicYear(year)).toBe('2025-09-01');
    expect(lastDayOfAcademicYear(year)).toBe('2026-08-31');
  });

  it('steps to the next and previous years', () => {
    // prepare
    const year = parseAcademicYear('2025/26');

    // act and assert
    expect(formatAcademicYear(nextAcademicYear(year))).toBe('2026/27');
    expect(formatAcademicYear(previousAcademicYear(year))).toBe('2024/25');
  });

  it('tells whether a date is inside it', () => {
    // prepare
    const year = parseAcademicYear('2023-24');

    // act and assert: "all days must be used within the academic year or are lost"
    expect(isInAcademicYear('2024-07-31', year)).toBe(true);
    expect(isInAcademicYear('2024-09-01', year)).toBe(false);
    expect(isInAcademicYear('2023-08-31', year)).toBe(false);
  });

  it('refuses to make a year that is not a whole year number', () => {
    // act and assert
    expect(() => academicYearStarting(2025.5)).toThrow(RangeError);
  });
});

describe('which calendar year a month falls in', () => {
  it('puts September-December in the start year and January-August in the next', () => {
    // prepare
    const year = parseAcademicYear('2025/26');

    // act
    const years = [9, 10, 12, 1, 3, 5, 8].map((month) => calendarYearOfMonth(year, month));

    // assert
    expect(years).toEqual([2025, 2025, 2025, 2026, 2026, 2026, 2026]);
  });

  it('finds the 2025/26 census days from the academic year', () => {
    // prepare: autumn = first Thursday in October; spring = third Thursday in January;
    // summer = third Thursday in May (DfE school census guide)
    const year = parseAcademicYear('2025/26');

    // act
    const census = [
      [10, 1],
      [1, 3],
      [5, 3],
    ].map(([month, n]) => nthWeekdayOfMonth(calendarYearOfMonth(year, month!), month!, Weekday.Thursday, n!));

    // assert
    expect(census).toEqual(['2025-10-02', '2026-01-15', '2026-05-21']);
  });

  it('refuses a month that does not exist', () => {
    // act and assert
    expect(() => calendarYearOfMonth({ startYear: 2025 }, 13)).toThrow('month must be 1-12, got 13');
  });
});
