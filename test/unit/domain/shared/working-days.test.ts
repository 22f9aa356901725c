import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '#domain/shared/iso-date';
import {
  addWorkingDays,
  countWorkingDays,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  nextWorkingDayOnOrAfter,
} from '#domain/shared/working-days';

describe('what counts as a working day', () => {
  it.each([
    { date: '2026-11-23', working: true, why: 'an ordinary Monday' },
    { date: '2026-11-27', working: true, why: 'an ordinary Friday' },
    { date: '2026-11-28', working: false, why: 'a Saturday' },
    { date: '2026-11-29', working: false, why: 'a Sunday' },
    { date: '2026-04-03', working: false, why: 'Good Friday' },
    { date: '2026-12-28', working: false, why: 'Boxing Day kept on Monday' },
    { date: '2025-12-24', working: true, why: 'Christmas Eve' },
    { date: '2026-08-05', working: true, why: 'a weekday in the school summer holiday' },
  ] as { date: IsoDate; working: boolean; why: string }[])('$date: $working ($why)', ({ date, working }) => {
    // act
    const result = isWorkingDay(date);

    // assert
    expect(result).toBe(working);
  });
});

describe('adding working days', () => {
  it('skips Christmas, Boxing Day and the weekend', () => {
    // act
    const next = addWorkingDays('2025-12-24', 1);

    // assert
    expect(next).toBe('2025-12-29');
  });

  it('skips Easter: 1 working day after Maundy Thursday 2026 is the Tuesday', () => {
    // act
    const next = addWorkingDays('2026-04-02', 1);

    // assert
    expect(next).toBe('2026-04-07');
  });

  it('subtracts with a negative count', () => {
    // act
    const before = addWorkingDays('2025-12-29', -1);
    const fiveBefore = addWorkingDays('2026-01-05', -5);

    // assert
    expect(before).toBe('2025-12-24');
    expect(fiveBefore).toBe('2025-12-24'); // 2 Jan, 31, 30, 29 Dec, then 24 Dec
  });

  it('starts counting from a weekend day without counting it', () => {
    // act
    const fromSaturday = addWorkingDays('2026-11-28', 1);
    const backFromSunday = addWorkingDays('2026-11-29', -1);

    // assert
    expect(fromSaturday).toBe('2026-11-30');
    expect(backFromSunday).toBe('2026-11-27');
  });

  it('leaves the date alone when adding none', () => {
    // act and assert
    expect(addWorkingDays('2026-11-28', 0)).toBe('2026-11-28');
  });

  it('adds 20 working days across the spring bank holiday', () => {
    // prepare: Tuesday 12 May 2026; Monday 25 May is the spring bank holiday
    const start: IsoDate = '2026-05-12';

    // act
    const result = addWorkingDays(start, 20);

    // assert: four calendar weeks plus the one day the bank holiday took
    expect(result).toBe('2026-06-10');
  });

  it('refuses a fraction of a working day', () => {
    // act and assert
    expect(() => addWorkingDays('2026-11-23', 0.5)).toThrow(
      'n must be a whole number of working days, got 0.5',
    );
  });
});

describe('counting working days between two dates', () => {
  it('counts the days after the start up to and including the end', () => {
    // act
    const count = countWorkingDays('2025-12-19', '2026-01-02');

    // assert: 22, 23, 24, 29, 30, 31 December and 2 January
    expect(count).toBe(7);
  });

  it('counts a single working day to the next and none on the same day', () => {
    // act and assert
    expect(countWorkingDays('2026-11-23', '2026-11-24')).toBe(1);
    expect(countWorkingDays('2026-11-23', '2026-11-23')).toBe(0);
    expect(countWorkingDays('2026-11-27', '2026-11-29')).toBe(0); // Friday to Sunday
  });

  it('gives a negative count when the end is earlier', () => {
    // act and assert
    expect(countWorkingDays('2026-01-02', '2025-12-19')).toBe(-7);
  });

  it('undoes addWorkingDays from any start, for any count forwards', () => {
    // prepare: every start day across the 2025/26 Christmas and New Year
    const starts = Array.from({ length: 21 }, (_, i) => addDays('2025-12-15', i));

    // act
    const mismatches = starts.flatMap((start) =>
      [0, 1, 2, 5, 9, 23].flatMap((n) => {
        const counted = countWorkingDays(start, addWorkingDays(start, n));
        return counted === n ? [] : [`${start} + ${n} counted ${counted}`];
      }),
    );

    // assert
    expect(mismatches).toEqual([]);
  });

  it('undoes addWorkingDays backwards from a working day', () => {
    // prepare
    const start: IsoDate = '2026-01-06';

    // act
    const counts = [1, 3, 8].map((n) => countWorkingDays(start, addWorkingDays(start, -n)));

    // assert
    expect(counts).toEqual([-1, -3, -8]);
  });
});

describe('moving a day onto a working day', () => {
  it('targets an EHCP reminder on the last working day before a deadline at a weekend or bank holiday', () => {
    // prepare: deadlines on Saturday 28 November, Easter Monday and Boxing Day (Monday) 2026
    const deadlines: IsoDate[] = ['2026-11-28', '2026-04-06', '2026-12-28', '2026-11-25'];

    // act
    const reminders = deadlines.map(lastWorkingDayOnOrBefore);

    // assert: Easter Monday goes back past Good Friday to Maundy Thursday; a Wednesday stays
    expect(reminders).toEqual(['2026-11-27', '2026-04-02', '2026-12-24', '2026-11-25']);
  });

  it('moves a national offer day at a weekend or bank holiday to the next working day', () => {
    // prepare: secondary offer day 1 March 2026 is a Sunday; 1 March 2027 a Monday
    const offerDays: IsoDate[] = ['2026-03-01', '2027-03-01', '2027-03-26'];

    // act
    const moved = offerDays.map(nextWorkingDayOnOrAfter);

    // assert: Good Friday 2027 moves past Easter Monday to Tuesday 30 March
    expect(moved).toEqual(['2026-03-02', '2027-03-01', '2027-03-30']);
  });
});
