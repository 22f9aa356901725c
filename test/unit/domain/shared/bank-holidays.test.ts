import { describe, expect, it } from 'vitest';
import { bankHolidaysIn, isBankHoliday } from '#domain/shared/bank-holidays';
import { dayOfWeek, type IsoDate } from '#domain/shared/iso-date';
import latestSnapshot from '../../../fixtures/gov-uk-bank-holidays.json' with { type: 'json' };
import olderSnapshot from '../../../fixtures/gov-uk-bank-holidays-2012-2020.json' with { type: 'json' };

// Two saved copies of https://www.gov.uk/bank-holidays.json (see test/fixtures/README.md).
type GovUkFeed = typeof latestSnapshot;
const publishedByYear = (feed: GovUkFeed) => {
  const byYear = new Map<number, { date: string; title: string }[]>();
  for (const { date, title } of feed['england-and-wales'].events) {
    const year = Number(date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), { date, title }]);
  }
  return byYear;
};
const latest = publishedByYear(latestSnapshot);
const older = publishedByYear(olderSnapshot);
const dates = (year: number) => bankHolidaysIn(year).map((h) => h.date);

describe('England and Wales bank holidays against GOV.UK’s published list', () => {
  it('covers 2012-2027 between the two saved copies of the feed', () => {
    // act
    const years = [...new Set([...older.keys(), ...latest.keys()])].sort();

    // assert
    expect(years).toEqual([
      2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
    ]);
  });

  it.each([...latest.keys()])('agrees exactly with the latest copy for %i (dates, titles, order)', (year) => {
    // act
    const computed = bankHolidaysIn(year);

    // assert
    expect(computed).toEqual(latest.get(year));
  });

  it.each([...older.keys()])('agrees exactly with the older copy for %i', (year) => {
    // act
    const computed = bankHolidaysIn(year);

    // assert
    expect(computed).toEqual(older.get(year));
  });
});

describe('bank holidays past the published list, from the rules', () => {
  it.each([
    {
      year: 2028, // Easter Sunday 16 April; New Year's Day on a Saturday
      expected: [
        '2028-01-03',
        '2028-04-14',
        '2028-04-17',
        '2028-05-01',
        '2028-05-29',
        '2028-08-28',
        '2028-12-25',
        '2028-12-26',
      ],
    },
    {
      year: 2029, // Easter Sunday 1 April: Good Friday in March
      expected: [
        '2029-01-01',
        '2029-03-30',
        '2029-04-02',
        '2029-05-07',
        '2029-05-28',
        '2029-08-27',
        '2029-12-25',
        '2029-12-26',
      ],
    },
    {
      year: 2030, // Easter Sunday 21 April
      expected: [
        '2030-01-01',
        '2030-04-19',
        '2030-04-22',
        '2030-05-06',
        '2030-05-27',
        '2030-08-26',
        '2030-12-25',
        '2030-12-26',
      ],
    },
  ])('lists the eight standing bank holidays of $year', ({ year, expected }) => {
    // act
    const computed = dates(year);

    // assert
    expect(computed).toEqual(expected);
  });

  it('titles them as GOV.UK does', () => {
    // act
    const titles = bankHolidaysIn(2029).map((h) => h.title);

    // assert
    expect(titles).toEqual([
      'New Year’s Day',
      'Good Friday',
      'Easter Monday',
      'Early May bank holiday',
      'Spring bank holiday',
      'Summer bank holiday',
      'Christmas Day',
      'Boxing Day',
    ]);
  });

  it.each([
    { year: 2035, goodFriday: '2035-03-23', why: 'Easter Sunday 25 March, early' },
    { year: 2038, goodFriday: '2038-04-23', why: 'Easter Sunday 25 April, the latest possible' },
    { year: 2285, goodFriday: '2285-03-20', why: 'Easter Sunday 22 March, the earliest possible' },
    { year: 2100, goodFriday: '2100-03-26', why: 'Easter Sunday 28 March, a century year' },
  ])('finds Good Friday $goodFriday in $year ($why)', ({ year, goodFriday }) => {
    // act
    const found = bankHolidaysIn(year).find((h) => h.title === 'Good Friday');

    // assert
    expect(found?.date).toBe(goodFriday);
  });
});

describe('substitute days when a holiday falls at a weekend', () => {
  it.each([
    {
      year: 2033,
      christmasOn: 'Sunday',
      expected: ['2033-12-26', '2033-12-27'],
      titles: ['Boxing Day', 'Christmas Day'],
    },
    {
      year: 2032,
      christmasOn: 'Saturday',
      expected: ['2032-12-27', '2032-12-28'],
      titles: ['Christmas Day', 'Boxing Day'],
    },
    {
      year: 2037,
      christmasOn: 'Friday',
      expected: ['2037-12-25', '2037-12-28'],
      titles: ['Christmas Day', 'Boxing Day'],
    },
    {
      year: 2034,
      christmasOn: 'Monday',
      expected: ['2034-12-25', '2034-12-26'],
      titles: ['Christmas Day', 'Boxing Day'],
    },
  ])('Christmas on a $christmasOn ($year) gives $expected', ({ year, expected, titles }) => {
    // act
    const christmas = bankHolidaysIn(year).filter((h) => h.date.startsWith(`${year}-12`));

    // assert
    expect(christmas.map((h) => h.date)).toEqual(expected);
    expect(christmas.map((h) => h.title)).toEqual(titles);
  });

  it.each([
    { year: 2033, newYearOn: 'Saturday', expected: '2033-01-03' },
    { year: 2034, newYearOn: 'Sunday', expected: '2034-01-02' },
  ])('New Year’s Day on a $newYearOn ($year) is kept on Monday $expected', ({ year, expected }) => {
    // act
    const newYear = bankHolidaysIn(year)[0];

    // assert
    expect(newYear).toEqual({ date: expected, title: 'New Year’s Day' });
  });

  it('never puts a bank holiday at a weekend, and keeps every year sorted, 1978-2100', () => {
    // prepare
    const years = Array.from({ length: 2100 - 1978 + 1 }, (_, i) => 1978 + i);

    // act
    const problems = years.flatMap((year) => {
      const list = dates(year);
      const sorted = [...list].sort();
      return [
        ...list.filter((d) => dayOfWeek(d) > 5).map((d) => `${d} is at a weekend`),
        ...(list.join() === sorted.join() ? [] : [`${year} is not in date order`]),
        ...(list.length >= 8 ? [] : [`${year} has only ${list.length}`]),
      ];
    });

    // assert
    expect(problems).toEqual([]);
  });
});

describe('one-off changes by royal proclamation', () => {
  it.each([
    { date: '2020-05-08', is: true, why: 'early May moved to Friday for VE Day 75' },
    { date: '2020-05-04', is: false, why: 'the first Monday in May 2020, moved away' },
    { date: '2022-06-02', is: true, why: 'spring bank holiday moved to Thursday for the Platinum Jubilee' },
    { date: '2022-06-03', is: true, why: 'Platinum Jubilee bank holiday' },
    { date: '2022-05-30', is: false, why: 'the last Monday in May 2022, moved away' },
    { date: '2022-09-19', is: true, why: 'State Funeral of Queen Elizabeth II' },
    { date: '2023-05-08', is: true, why: 'Coronation of King Charles III' },
    { date: '2023-05-01', is: true, why: 'the usual early May bank holiday still stood in 2023' },
    { date: '2012-06-05', is: true, why: 'Diamond Jubilee' },
    { date: '2012-05-28', is: false, why: 'the last Monday in May 2012, moved to 4 June' },
    { date: '2011-04-29', is: true, why: 'royal wedding' },
    { date: '2002-06-03', is: true, why: 'Golden Jubilee' },
    { date: '2002-06-04', is: true, why: 'spring bank holiday moved for the Golden Jubilee' },
    { date: '2002-05-27', is: false, why: 'the last Monday in May 2002, moved away' },
    { date: '1999-12-31', is: true, why: 'the millennium' },
    { date: '1995-05-08', is: true, why: 'May Day moved for VE Day 50' },
    { date: '1995-05-01', is: false, why: 'the first Monday in May 1995, moved away' },
    { date: '1981-07-29', is: true, why: 'royal wedding' },
  ] as { date: IsoDate; is: boolean; why: string }[])(
    '$date is a bank holiday: $is ($why)',
    ({ date, is }) => {
      // act
      const holiday = isBankHoliday(date);

      // assert
      expect(holiday).toBe(is);
    },
  );

  it('lists the Platinum Jubilee year with both extra days, in date order', () => {
    // act
    const year2022 = dates(2022);

    // assert
    expect(year2022).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-29',
      '2022-09-19',
      '2022-12-26',
      '2022-12-27',
    ]);
  });
});

describe('asking about a single day', () => {
  it('says an ordinary weekday is not a bank holiday, nor a weekend day', () => {
    // act and assert
    expect(isBankHoliday('2026-11-23')).toBe(false);
    expect(isBankHoliday('2026-12-26')).toBe(false); // Saturday: Boxing Day is kept on Monday 28th
    expect(isBankHoliday('2026-12-28')).toBe(true);
    expect(isBankHoliday('2025-12-24')).toBe(false); // Christmas Eve is a working day
  });

  it('refuses years before 1978, when the rules were different', () => {
    // act and assert
    expect(() => bankHolidaysIn(1977)).toThrow('bank holidays are known from 1978');
    expect(() => isBankHoliday('1977-06-07')).toThrow(RangeError);
  });

  it('cannot be changed by a caller mutating the list it was given', () => {
    // prepare
    const list = bankHolidaysIn(2026) as { date: string; title: string }[];

    // act
    const mutate = () => list.push({ date: '2026-11-23', title: 'Invented' });

    // assert
    expect(mutate).toThrow(TypeError);
    expect(isBankHoliday('2026-11-23')).toBe(false);
  });
});
