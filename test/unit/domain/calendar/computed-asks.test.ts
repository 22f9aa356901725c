import { describe, expect, it } from 'vitest';
import { InvalidOverrideError } from '#domain/calendar/ask-override';
import type { ComputedAsk } from '#domain/calendar/calendar-ask';
import {
  type CalendarRules,
  COMPUTED_ASK_KEYS,
  type ComputedAskKey,
  computedAsksAround,
  computedAsksFor,
} from '#domain/calendar/computed-asks';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';
import { academicYearStarting } from '#domain/shared/academic-year';
import { isBankHoliday } from '#domain/shared/bank-holidays';
import { addDays, dayOfWeek, type IsoDate, isoDateOf, Weekday } from '#domain/shared/iso-date';

const year2025 = academicYearStarting(2025);

/** Each key's window in an academic year, `start..end` (or just the day). */
const datesOf = (asks: readonly ComputedAsk[]): Partial<Record<ComputedAskKey, string>> =>
  Object.fromEntries(
    asks.map((ask) => {
      const { start, end } = ask.window as { start: IsoDate; end: IsoDate };
      return [ask.key, start === end ? start : `${start}..${end}`];
    }),
  );

const dayOf = (year: number, key: ComputedAskKey, rules: CalendarRules = ESSEX_CALENDAR_RULES): IsoDate => {
  const ask = computedAsksFor(academicYearStarting(year), rules).find((a) => a.key === key);
  if (ask?.window.type !== 'all-day') throw new Error(`no ${key} in ${year}`);
  return ask.window.start;
};

/** Day of the month of a date. */
const dom = (date: IsoDate) => Number(date.slice(8));

describe('statutory asks computed for 2025/26', () => {
  it("match the DfE's published census days", () => {
    // prepare
    const asks = computedAsksFor(year2025, ESSEX_CALENDAR_RULES);

    // act
    const dates = datesOf(asks);

    // assert
    expect(dates['census-autumn']).toBe('2025-10-02'); // Thursday 2 October 2025
    expect(dates['workforce-census']).toBe('2025-11-06'); // Thursday 6 November 2025
    expect(dates['census-spring']).toBe('2026-01-15'); // Thursday 15 January 2026
    expect(dates['census-summer']).toBe('2026-05-21'); // Thursday 21 May 2026
  });

  it('gives every other date of the year by its rule', () => {
    // prepare
    const asks = computedAsksFor(year2025, ESSEX_CALENDAR_RULES);

    // act
    const dates = datesOf(asks);

    // assert
    expect(dates).toEqual({
      'census-autumn': '2025-10-02',
      'census-autumn-return': '2025-10-29',
      'closing-secondary': '2025-10-31',
      'workforce-census': '2025-11-06',
      'workforce-census-return': '2025-12-05',
      'census-spring': '2026-01-15',
      'sen2-census': '2026-01-15',
      'ap-census': '2026-01-15',
      'early-years-census': '2026-01-15',
      'closing-primary': '2026-01-15',
      'census-spring-return': '2026-02-11',
      'offer-day-secondary': '2026-03-02', // 1 March 2026 is a Sunday
      'financial-year-end': '2026-03-31',
      sfvs: '2026-03-31',
      'offer-day-primary': '2026-04-16',
      'budget-submission': '2026-05-01..2026-06-30',
      'ks2-tests': '2026-05-11..2026-05-14',
      'census-summer': '2026-05-21',
      'multiplication-tables-check': '2026-06-01..2026-06-12',
      'phonics-screening-check': '2026-06-08..2026-06-12',
      'census-summer-return': '2026-06-17',
    });
  });

  it('names every computed ask by a documented key, once, all statutory and all-day', () => {
    // prepare
    const asks = computedAsksFor(year2025, ESSEX_CALENDAR_RULES);

    // act
    const keys = asks.map((a) => a.key).sort();

    // assert
    expect(keys).toEqual([...COMPUTED_ASK_KEYS].sort());
    expect(new Set(asks.map((a) => a.criticality))).toEqual(new Set(['statutory']));
    expect(new Set(asks.map((a) => a.window.type))).toEqual(new Set(['all-day']));
    expect(asks.every((a) => a.sequence === 0 && a.academicYear.startYear === 2025)).toBe(true);
  });

  it('lists the asks in date order', () => {
    // prepare
    const asks = computedAsksFor(year2025, ESSEX_CALENDAR_RULES);

    // act
    const starts = asks.map((a) => (a.window as { start: string }).start);

    // assert
    expect(starts).toEqual([...starts].sort());
  });

  it("carries STA's 2024/25 windows for 2024/25 and none for a year STA has not published", () => {
    // prepare
    const assessments = (startYear: number) =>
      computedAsksFor(academicYearStarting(startYear), ESSEX_CALENDAR_RULES).filter(
        (a) => a.kind === 'assessment-window',
      );

    // act
    const published = datesOf(assessments(2024));
    const unpublished = assessments(2030);

    // assert
    expect(published).toEqual({
      'ks2-tests': '2025-05-12..2025-05-15',
      'multiplication-tables-check': '2025-06-02..2025-06-13',
      'phonics-screening-check': '2025-06-09..2025-06-13',
    });
    expect(unpublished).toEqual([]);
  });
});

describe('statutory asks for later years, by their rules', () => {
  const years = Array.from({ length: 40 }, (_, i) => 2026 + i);

  it.each([
    { key: 'census-autumn', month: 10, from: 1 },
    { key: 'workforce-census', month: 11, from: 1 },
    { key: 'census-spring', month: 1, from: 15 },
    { key: 'census-summer', month: 5, from: 15 },
  ] as const)('puts $key on the Thursday in days $from-$from+6 of month $month', ({ key, month, from }) => {
    // prepare / act
    const days = years.map((year) => dayOf(year, key));

    // assert
    for (const day of days) {
      expect(dayOfWeek(day)).toBe(Weekday.Thursday);
      expect(Number(day.slice(5, 7))).toBe(month);
      expect(dom(day)).toBeGreaterThanOrEqual(from);
      expect(dom(day)).toBeLessThanOrEqual(from + 6);
    }
  });

  it('dates each census return 27 days (workforce 29) after its census day, never on a weekend or bank holiday', () => {
    // prepare
    const pairs = [
      ['census-autumn', 'census-autumn-return', 27],
      ['census-spring', 'census-spring-return', 27],
      ['census-summer', 'census-summer-return', 27],
      ['workforce-census', 'workforce-census-return', 29],
    ] as const;

    // act / assert
    for (const year of years)
      for (const [census, due, days] of pairs) {
        const deadline = dayOf(year, due);
        expect(deadline).toBe(addDays(dayOf(year, census), days));
        expect(dayOfWeek(deadline)).toBeLessThanOrEqual(5);
        expect(isBankHoliday(deadline)).toBe(false);
      }
  });

  it('holds the SEN2, alternative provision and early years census on the spring census day', () => {
    for (const year of years) {
      const spring = dayOf(year, 'census-spring');
      expect([
        dayOf(year, 'sen2-census'),
        dayOf(year, 'ap-census'),
        dayOf(year, 'early-years-census'),
      ]).toEqual([spring, spring, spring]);
    }
  });

  it('keeps the closing dates for applications fixed, even at a weekend', () => {
    for (const year of years) {
      expect(dayOf(year, 'closing-secondary')).toBe(isoDateOf(year, 10, 31));
      expect(dayOf(year, 'closing-primary')).toBe(isoDateOf(year + 1, 1, 15));
    }
  });
});

describe('national offer days', () => {
  /** The next day after `date` that is neither a weekend day nor a bank holiday, counted by hand. */
  const nextWeekdayNotHoliday = (date: IsoDate): IsoDate => {
    let day = date;
    while (dayOfWeek(day) >= 6 || isBankHoliday(day)) day = addDays(day, 1);
    return day;
  };
  const years = Array.from({ length: 60 }, (_, i) => 1990 + i);

  it('moves 16 April to the next working day in the years it falls at Easter or a weekend (found by computation)', () => {
    // prepare
    const moved = years.filter((y) => {
      const day = isoDateOf(y + 1, 4, 16);
      return dayOfWeek(day) >= 6 || isBankHoliday(day);
    });
    const atEaster = moved.filter((y) => isBankHoliday(isoDateOf(y + 1, 4, 16)));

    // act
    const offerDays = moved.map((y) => dayOf(y, 'offer-day-primary'));

    // assert
    expect(atEaster.length).toBeGreaterThan(0);
    expect(offerDays).toEqual(moved.map((y) => nextWeekdayNotHoliday(isoDateOf(y + 1, 4, 16))));
  });

  it('moves 16 April 2022 (Easter Saturday) past Easter Sunday and Easter Monday to Tuesday 19 April', () => {
    expect(dayOf(2021, 'offer-day-primary')).toBe('2022-04-19');
  });

  it('keeps 16 April when it is a working day', () => {
    expect(dayOf(2024, 'offer-day-primary')).toBe('2025-04-16'); // a Wednesday
  });

  it('moves 1 March at a weekend to the Monday after', () => {
    // prepare
    const weekendYears = years.filter((y) => dayOfWeek(isoDateOf(y + 1, 3, 1)) >= 6);

    // act
    const offerDays = weekendYears.map((y) => dayOf(y, 'offer-day-secondary'));

    // assert
    expect(weekendYears.length).toBeGreaterThan(0);
    expect(offerDays).toEqual(weekendYears.map((y) => nextWeekdayNotHoliday(isoDateOf(y + 1, 3, 1))));
    expect(offerDays.every((day) => dayOfWeek(day) === Weekday.Monday)).toBe(true);
    expect(dayOf(2024, 'offer-day-secondary')).toBe('2025-03-03'); // 1 March 2025 was a Saturday
  });
});

describe('one-off overrides', () => {
  const withOverrides = (overrides: CalendarRules['overrides']): CalendarRules => ({
    ...ESSEX_CALENDAR_RULES,
    overrides,
  });

  it('replaces a computed date for that year only, with its reason, and bumps the SEQUENCE', () => {
    // prepare
    const rules = withOverrides([
      {
        key: 'census-spring',
        academicYear: '2025/26',
        start: '2026-01-22',
        reason: 'DfE moved the census day by a week',
        revision: 1,
      },
    ]);

    // act
    const moved = computedAsksFor(year2025, rules).find((a) => a.key === 'census-spring');
    const nextYear = dayOf(2026, 'census-spring', rules);

    // assert
    expect(moved?.window).toEqual({ type: 'all-day', start: '2026-01-22', end: '2026-01-22' });
    expect(moved?.override).toEqual({ reason: 'DfE moved the census day by a week' });
    expect(moved?.sequence).toBe(1);
    expect(nextYear).toBe('2027-01-21');
  });

  it('keeps the length of a window when only a new start is given', () => {
    // prepare
    const rules = withOverrides([
      {
        key: 'ks2-tests',
        academicYear: '2025/26',
        start: '2026-05-18',
        reason: 'STA correction',
        revision: 2,
      },
    ]);

    // act
    const ks2 = computedAsksFor(year2025, rules).find((a) => a.key === 'ks2-tests');

    // assert
    expect(ks2?.window).toEqual({ type: 'all-day', start: '2026-05-18', end: '2026-05-21' });
    expect(ks2?.sequence).toBe(2);
  });

  it('withdraws an ask for the year', () => {
    // prepare
    const rules = withOverrides([
      {
        key: 'sfvs',
        academicYear: '2025/26',
        withdrawn: true,
        reason: 'Return suspended this year',
        revision: 1,
      },
    ]);

    // act
    const keys = computedAsksFor(year2025, rules).map((a) => a.key);

    // assert
    expect(keys).not.toContain('sfvs');
    expect(keys).toContain('financial-year-end');
  });

  it.each([
    {
      problem: 'an empty reason',
      override: { key: 'sfvs', academicYear: '2025/26', start: '2026-03-30', reason: ' ', revision: 1 },
      message: 'override of sfvs 2025/26: reason is required',
    },
    {
      problem: 'an end before the start',
      override: {
        key: 'sfvs',
        academicYear: '2025/26',
        start: '2026-03-30',
        end: '2026-03-29',
        reason: 'x',
        revision: 1,
      },
      message: 'override of sfvs 2025/26: end must be on or after start',
    },
    {
      problem: 'a revision of 0',
      override: { key: 'sfvs', academicYear: '2025/26', start: '2026-03-30', reason: 'x', revision: 0 },
      message: 'override of sfvs 2025/26: revision must be a whole number from 1, got 0',
    },
  ] as const)('refuses an override with $problem, naming it', ({ override, message }) => {
    // prepare
    const rules = withOverrides([override as CalendarRules['overrides'][number]]);

    // act
    const compute = () => computedAsksFor(year2025, rules);

    // assert
    expect(compute).toThrow(InvalidOverrideError);
    expect(compute).toThrow(message);
  });
});

describe('computed asks around a range', () => {
  it('covers every academic year the range touches and the years either side', () => {
    // prepare / act
    const asks = computedAsksAround('2025-12-01', '2026-01-31', ESSEX_CALENDAR_RULES);

    // assert
    expect([...new Set(asks.map((a) => a.academicYear.startYear))].sort()).toEqual([2024, 2025, 2026]);
  });
});
