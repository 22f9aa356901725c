import { describe, expect, it } from 'vitest';
import {
  dayBefore,
  daysBeginningWith,
  monthsStartingWith,
  weeksBefore,
  withinWeeksOf,
} from '#domain/ehcp/statutory-periods';
import type { IsoDate } from '#domain/shared/iso-date';

describe('"within N weeks of X" ends on X + 7N days', () => {
  it.each([
    { from: '2025-03-03', weeks: 6, due: '2025-04-14' },
    { from: '2025-03-03', weeks: 16, due: '2025-06-23' },
    { from: '2025-03-03', weeks: 20, due: '2025-07-21' },
    { from: '2024-02-29', weeks: 20, due: '2024-07-18' },
    { from: '2024-01-18', weeks: 6, due: '2024-02-29' },
    { from: '2025-12-01', weeks: 6, due: '2026-01-12' },
  ] as { from: IsoDate; weeks: number; due: IsoDate }[])(
    '$weeks weeks of $from end on $due',
    ({ from, weeks, due }) => {
      // act
      const result = withinWeeksOf(from, weeks);

      // assert
      expect(result).toBe(due);
    },
  );
});

describe('"N days beginning with D" counts D as day one', () => {
  it('15 days beginning with 2 June end on 16 June', () => {
    // act
    const end = daysBeginningWith('2025-06-02', 15);

    // assert
    expect(end).toBe('2025-06-16');
  });

  it('15 days beginning with 20 February 2024 run over the leap day and end on 5 March', () => {
    // act
    const end = daysBeginningWith('2024-02-20', 15);

    // assert
    expect(end).toBe('2024-03-05');
  });
});

describe('the 12 months starting with a date', () => {
  it.each([
    { start: '2025-01-31', end: '2026-01-30', why: 'a plan made on 31 January' },
    {
      start: '2024-02-29',
      end: '2025-02-28',
      why: 'a plan made on 29 February: the year ends on the last day of February',
    },
    { start: '2024-03-01', end: '2025-02-28', why: 'a plan made on 1 March 2024' },
    { start: '2023-02-28', end: '2024-02-27', why: 'a plan made on 28 February before a leap year' },
    {
      start: '2023-03-01',
      end: '2024-02-29',
      why: 'a plan made on 1 March before a leap year ends on the leap day',
    },
    { start: '2025-09-15', end: '2026-09-14', why: 'an ordinary date' },
  ] as { start: IsoDate; end: IsoDate; why: string }[])('end on $end for $why', ({ start, end }) => {
    // act
    const result = monthsStartingWith(start, 12);

    // assert
    expect(result).toBe(end);
  });
});

describe('"at least N weeks before" and "before D"', () => {
  it('two weeks before a meeting on Wednesday 1 October 2025 is Wednesday 17 September', () => {
    // act
    const latest = weeksBefore('2025-10-01', 2);

    // assert
    expect(latest).toBe('2025-09-17');
  });

  it('before 15 February means by 14 February, before 31 March by 30 March', () => {
    // act
    const phase = dayBefore(2026, 2, 15);
    const postSixteen = dayBefore(2026, 3, 31);

    // assert
    expect(phase).toBe('2026-02-14');
    expect(postSixteen).toBe('2026-03-30');
  });
});
