import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IsoDate, Weekday } from '#domain/shared/iso-date';
import {
  type ClockTime,
  londonDateOf,
  londonInstant,
  londonLongDateOf,
  londonTimeOf,
  londonWeekdayOf,
  ukLongDate,
} from '#domain/shared/london-time';

// UK clocks: BST (UTC+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October; GMT (UTC+0) otherwise. In 2023 they went back on 29 October; in 2024
// they went forward on 31 March and back on 27 October.
describe('londonDateOf', () => {
  it.each([
    {
      when: 'the last second of 19 October 2023 in BST',
      instant: '2023-10-19T22:59:59Z',
      date: '2023-10-19',
    },
    { when: 'midnight starting 20 October 2023 in BST', instant: '2023-10-19T23:00:00Z', date: '2023-10-20' },
    { when: '23:30 UTC on 19 October 2023 (00:30 BST)', instant: '2023-10-19T23:30:00Z', date: '2023-10-20' },
    {
      when: 'midnight starting 29 October 2023, still BST',
      instant: '2023-10-28T23:00:00Z',
      date: '2023-10-29',
    },
    {
      when: 'the last second of 29 October 2023, now GMT',
      instant: '2023-10-29T23:59:59Z',
      date: '2023-10-29',
    },
    { when: 'midnight starting 30 October 2023 in GMT', instant: '2023-10-30T00:00:00Z', date: '2023-10-30' },
    { when: 'the last second of 2023 in GMT', instant: '2023-12-31T23:59:59Z', date: '2023-12-31' },
    { when: 'midnight starting 2024 in GMT', instant: '2024-01-01T00:00:00Z', date: '2024-01-01' },
    {
      when: 'midnight starting 31 March 2024, still GMT',
      instant: '2024-03-31T00:00:00Z',
      date: '2024-03-31',
    },
    {
      when: 'the last second of 31 March 2024, now BST',
      instant: '2024-03-31T22:59:59Z',
      date: '2024-03-31',
    },
    { when: 'midnight starting 1 April 2024 in BST', instant: '2024-03-31T23:00:00Z', date: '2024-04-01' },
    {
      when: 'an instant written with a +01:00 offset',
      instant: '2023-10-20T00:30:00+01:00',
      date: '2023-10-20',
    },
  ])('gives $date for $when ($instant)', ({ instant, date }) => {
    // prepare
    const at = new Date(instant);

    // act
    const londonDate = londonDateOf(at);

    // assert
    expect(londonDate).toBe(date);
  });

  it('refuses an invalid Date', () => {
    // act and assert
    expect(() => londonDateOf(new Date('not a date'))).toThrow('instant must be a valid Date');
  });
});

describe('londonTimeOf and londonWeekdayOf', () => {
  it.each([
    { instant: '2026-07-01T12:00:00Z', time: '13:00', why: 'noon UTC in summer is 13:00 BST' },
    { instant: '2026-01-15T12:00:00Z', time: '12:00', why: 'noon UTC in winter is 12:00 GMT' },
    { instant: '2026-07-01T23:05:00Z', time: '00:05', why: 'just after midnight BST' },
    { instant: '2024-10-27T00:30:00Z', time: '01:30', why: 'the first 01:30 of the fall-back day (BST)' },
    { instant: '2024-10-27T01:30:00Z', time: '01:30', why: 'the second 01:30 of the fall-back day (GMT)' },
    { instant: '2024-03-31T01:00:00Z', time: '02:00', why: 'the moment clocks go forward' },
  ])('reads $instant as $time ($why)', ({ instant, time }) => {
    // act
    const clock = londonTimeOf(new Date(instant));

    // assert
    expect(clock).toBe(time);
  });

  it('gives the London weekday, which differs from the UTC one late on a summer Sunday', () => {
    // prepare: 23:30 UTC on Sunday 5 July 2026 is 00:30 BST on Monday 6 July
    const instant = new Date('2026-07-05T23:30:00Z');

    // act
    const weekday = londonWeekdayOf(instant);

    // assert
    expect(weekday).toBe(Weekday.Monday);
    expect(instant.getUTCDay()).toBe(0); // Sunday in UTC
  });
});

describe('londonInstant', () => {
  it.each([
    { date: '2026-01-15', time: '09:00', instant: '2026-01-15T09:00:00.000Z', why: 'winter, GMT' },
    { date: '2026-07-01', time: '09:00', instant: '2026-07-01T08:00:00.000Z', why: 'summer, BST' },
    { date: '2026-11-23', time: '00:00', instant: '2026-11-23T00:00:00.000Z', why: 'midnight in GMT' },
    {
      date: '2026-06-01',
      time: '00:00',
      instant: '2026-05-31T23:00:00.000Z',
      why: 'midnight in BST is the day before in UTC',
    },
    {
      date: '2024-03-31',
      time: '00:59',
      instant: '2024-03-31T00:59:00.000Z',
      why: 'just before clocks go forward',
    },
    { date: '2024-03-31', time: '02:00', instant: '2024-03-31T01:00:00.000Z', why: 'the first BST minute' },
    {
      date: '2024-10-27',
      time: '00:59',
      instant: '2024-10-26T23:59:00.000Z',
      why: 'before the repeated hour',
    },
    {
      date: '2024-10-27',
      time: '02:00',
      instant: '2024-10-27T02:00:00.000Z',
      why: 'after the repeated hour, GMT',
    },
  ] as { date: '2026-01-15'; time: ClockTime; instant: string; why: string }[])(
    '$time on $date is $instant ($why)',
    ({ date, time, instant }) => {
      // act
      const at = londonInstant(date, time);

      // assert
      expect(at.toISOString()).toBe(instant);
    },
  );

  it('reads a time in the spring-forward gap with the offset before it: 01:30 on 31 March 2024 is 02:30 BST', () => {
    // act
    const at = londonInstant('2024-03-31', '01:30');

    // assert
    expect(at.toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(londonTimeOf(at)).toBe('02:30');
  });

  it('chooses the earlier of the two 01:30s on the fall-back day: 27 October 2024 01:30 BST', () => {
    // act
    const at = londonInstant('2024-10-27', '01:30');

    // assert
    expect(at.toISOString()).toBe('2024-10-27T00:30:00.000Z');
    expect(londonTimeOf(at)).toBe('01:30');
  });

  it('round-trips every quarter hour across both 2024 clock changes, except the repeated hour’s second pass', () => {
    // prepare: every 15 minutes from Saturday to Monday around each change
    const instants = ['2024-03-30T00:00:00Z', '2024-10-26T00:00:00Z'].flatMap((start) =>
      Array.from({ length: 4 * 72 }, (_, i) => new Date(Date.parse(start) + i * 900_000)),
    );
    const secondPass = (at: Date) =>
      at >= new Date('2024-10-27T01:00:00Z') && at < new Date('2024-10-27T02:00:00Z');

    // act
    const mismatches = instants
      .filter((at) => !secondPass(at))
      .filter((at) => londonInstant(londonDateOf(at), londonTimeOf(at)).getTime() !== at.getTime())
      .map((at) => at.toISOString());

    // assert
    expect(mismatches).toEqual([]);
  });

  it('refuses a time that is not HH:mm and a date that is not real', () => {
    // act and assert
    expect(() => londonInstant('2026-01-15', '24:00')).toThrow(
      'time must be a 24-hour clock time written HH:mm, got "24:00"',
    );
    expect(() => londonInstant('2026-01-15', '9:00' as ClockTime)).toThrow(RangeError);
    expect(() => londonInstant('2023-02-29', '09:00')).toThrow(
      'date must be a real calendar date written YYYY-MM-DD, got "2023-02-29"',
    );
  });
});

describe('long UK dates', () => {
  it.each([
    { date: '2026-11-23', long: 'Monday 23 November 2026' },
    { date: '2023-10-20', long: 'Friday 20 October 2023' },
    { date: '2024-02-29', long: 'Thursday 29 February 2024' },
    { date: '2027-01-01', long: 'Friday 1 January 2027' },
  ] as const)('writes $date as $long', ({ date, long }) => {
    // act
    const text = ukLongDate(date);

    // assert
    expect(text).toBe(long);
  });

  it.each([
    { instant: '2023-10-19T23:30:00Z', long: 'Friday 20 October 2023' },
    { instant: '2024-01-01T00:00:00Z', long: 'Monday 1 January 2024' },
  ])('reads $instant as $long', ({ instant, long }) => {
    // act
    const text = londonLongDateOf(new Date(instant));

    // assert
    expect(text).toBe(long);
  });

  it('writes the same as Intl’s en-GB long date, without its comma', () => {
    // prepare: one day in every month of 2026
    const dates = Array.from(
      { length: 12 },
      (_, m) => `2026-${String(m + 1).padStart(2, '0')}-15` as IsoDate,
    );
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });

    // act
    const ours = dates.map((d) => ukLongDate(d));

    // assert
    expect(ours).toEqual(dates.map((d) => intl.format(new Date(`${d}T12:00:00Z`)).replace(',', '')));
  });
});

/** London's wall clock at an instant as the IANA time zone database gives it (through Intl), `YYYY-MM-DD HH:mm`. */
const intlLondon = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const intlWallClock = (at: Date) => {
  const parts = Object.fromEntries(intlLondon.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
};
const ourWallClock = (at: Date) => `${londonDateOf(at)} ${londonTimeOf(at)}`;

describe('the UK clock rule computed by hand agrees with the time zone database', () => {
  it('reads random instants from 1997 to 2100 as Intl’s Europe/London does', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1997-01-01T00:00:00Z'),
          max: new Date('2100-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (at) => {
          // act and assert
          expect(ourWallClock(at)).toBe(intlWallClock(at));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('changes the clocks at the same instants as Intl, every year from 1997 to 2100', () => {
    // prepare: the minute before and the minute of 01:00 UTC on every Sunday of March and October
    const instants = Array.from({ length: 2100 - 1997 + 1 }, (_, i) => 1997 + i).flatMap((year) =>
      [2, 9].flatMap((month) =>
        Array.from({ length: 31 }, (_, d) => Date.UTC(year, month, d + 1, 1))
          .filter((ms) => new Date(ms).getUTCMonth() === month && new Date(ms).getUTCDay() === 0)
          .flatMap((ms) => [new Date(ms - 60_000), new Date(ms)]),
      ),
    );

    // act
    const disagreements = instants
      .filter((at) => ourWallClock(at) !== intlWallClock(at))
      .map((at) => `${at.toISOString()}: ours ${ourWallClock(at)}, Intl ${intlWallClock(at)}`);

    // assert
    expect(instants.length).toBeGreaterThan(104 * 2 * 4 * 2 - 1);
    expect(disagreements).toEqual([]);
  });

  it('turns wall-clock times back into the instants Intl reads them as, 1997 to 2100', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1997-01-01T00:00:00Z'),
          max: new Date('2100-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (at) => {
          // prepare: a whole minute (londonInstant works in minutes)
          const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);

          // act
          const back = londonInstant(londonDateOf(minute), londonTimeOf(minute));

          // assert: the same wall clock (the repeated hour's second pass maps to its first)
          expect(intlWallClock(back)).toBe(intlWallClock(minute));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
