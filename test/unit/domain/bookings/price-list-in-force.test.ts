import { describe, expect, it } from 'vitest';
import type { SchoolImprovementPriceList } from '#domain/bookings/price-list';
import { NoPriceListError, priceListInForce, whosePrices } from '#domain/bookings/price-list-in-force';
import { PUBLISHED_PRICE_LISTS } from '#domain/bookings/price-lists/published-price-lists';
import { SCHOOL_EFFECTIVENESS_2023_24 } from '#domain/bookings/price-lists/school-effectiveness-2023-24';
import { formatAcademicYear } from '#domain/shared/academic-year';

const BOTH = { families: ['school-improvement', 'statutory-assessment'] } as const;

/** An invented next-year list whose form opens while the 2023-24 form is still open. */
const SE_2024_25: SchoolImprovementPriceList = {
  ...SCHOOL_EFFECTIVENESS_2023_24,
  id: 'school-effectiveness-2024-25',
  title: 'School Effectiveness offer 2024-25',
  academicYear: { startYear: 2024 },
  bookingWindow: { opens: '2024-03-01', closes: '2025-07-31' },
  earlyBird: { percent: 5, before: '2024-10-18' },
};

describe('the price list in force on the date a booking was received', () => {
  it('takes the 2023-24 offer for a booking of 19 October 2023, selling 2023/24', () => {
    // act
    const inForce = priceListInForce(PUBLISHED_PRICE_LISTS, 'school-improvement', '2023-10-19');

    // assert
    expect(inForce.list.id).toBe('school-effectiveness-2023-24');
    expect(formatAcademicYear(inForce.academicYear)).toBe('2023/24');
    expect(inForce.carriedForwardFrom).toBeUndefined();
    expect(inForce.list.earlyBird).toEqual({ percent: 5, before: '2023-10-20' });
  });

  it.each(['2023-03-26', '2024-07-31'] as const)(
    'counts both ends of the booking window: open on %s',
    (date) => {
      // act
      const inForce = priceListInForce(PUBLISHED_PRICE_LISTS, 'school-improvement', date);

      // assert
      expect(inForce.list.id).toBe('school-effectiveness-2023-24');
    },
  );

  it('sells 2023/24 days on a date in the summer before it (the form opened in March 2023)', () => {
    // act
    const inForce = priceListInForce(PUBLISHED_PRICE_LISTS, 'school-improvement', '2023-05-02');

    // assert
    expect(formatAcademicYear(inForce.academicYear)).toBe('2023/24');
  });

  it('refuses the day the form closed behind it, even with carry-forward on: 2023/24 has its own list', () => {
    // act
    const attempt = () =>
      priceListInForce(PUBLISHED_PRICE_LISTS, 'school-improvement', '2024-08-01', { carryForward: BOTH });

    // assert
    expect(attempt).toThrow(NoPriceListError);
    expect(attempt).toThrow(
      'no school improvement (School Effectiveness) price list is open on Thursday 1 August 2024: bookings for 2023/24 closed on Wednesday 31 July 2024',
    );
  });

  it('refuses a date in November 2026 when carry-forward is off, saying what is missing', () => {
    // act
    const attempt = () => priceListInForce(PUBLISHED_PRICE_LISTS, 'school-improvement', '2026-11-23');

    // assert
    expect(attempt).toThrow(
      expect.objectContaining({
        name: 'NoPriceListError',
        family: 'school-improvement',
        receivedOn: '2026-11-23',
        message: expect.stringContaining(
          'none has been published for 2026/27 (the current academic year); the latest is School Effectiveness offer 2023-24',
        ),
      }),
    );
  });

  it('carries the 2023-24 offer forward to 2026/27 for a booking in November 2026, without its early bird', () => {
    // act
    const inForce = priceListInForce(PUBLISHED_PRICE_LISTS, 'school-improvement', '2026-11-23', {
      carryForward: BOTH,
    });

    // assert
    expect(inForce.list.id).toBe('school-effectiveness-2023-24');
    expect(formatAcademicYear(inForce.academicYear)).toBe('2026/27');
    expect(inForce.carriedForwardFrom && formatAcademicYear(inForce.carriedForwardFrom)).toBe('2023/24');
    expect(inForce.list.earlyBird).toBeUndefined();
    expect(inForce.list.packages.gold.pricePence).toBe(234_000);
  });

  it('carries each family forward from its own latest year: statutory assessment from 2021/22', () => {
    // act
    const inForce = priceListInForce(PUBLISHED_PRICE_LISTS, 'statutory-assessment', '2026-11-23', {
      carryForward: BOTH,
    });

    // assert
    expect(inForce.list.id).toBe('primary-statutory-assessment-2021-22');
    expect(formatAcademicYear(inForce.academicYear)).toBe('2026/27');
    expect(inForce.carriedForwardFrom && formatAcademicYear(inForce.carriedForwardFrom)).toBe('2021/22');
  });

  it('carries forward only the families the setting names', () => {
    // act
    const attempt = () =>
      priceListInForce(PUBLISHED_PRICE_LISTS, 'school-improvement', '2026-11-23', {
        carryForward: { families: ['statutory-assessment'] },
      });

    // assert
    expect(attempt).toThrow(NoPriceListError);
  });

  it('never carries events forward: they are dated', () => {
    // act
    const attempt = () =>
      priceListInForce(PUBLISHED_PRICE_LISTS, 'events', '2025-01-10', {
        carryForward: { families: ['events' as 'school-improvement'] },
      });

    // assert
    expect(attempt).toThrow(NoPriceListError);
  });

  it('has nothing to carry forward before the first list', () => {
    // act
    const attempt = () =>
      priceListInForce(PUBLISHED_PRICE_LISTS, 'school-improvement', '2020-01-10', { carryForward: BOTH });

    // assert
    expect(attempt).toThrow(/none has been published/);
  });

  describe('when next year’s form opens before this year’s closes', () => {
    const lists = [...PUBLISHED_PRICE_LISTS, SE_2024_25];

    it('sells the current academic year by default', () => {
      // act
      const inForce = priceListInForce(lists, 'school-improvement', '2024-04-10');

      // assert
      expect(inForce.list.id).toBe('school-effectiveness-2023-24');
    });

    it('sells next year when the booking asks for it', () => {
      // act
      const inForce = priceListInForce(lists, 'school-improvement', '2024-04-10', {
        academicYear: { startYear: 2024 },
      });

      // assert
      expect(inForce.list.id).toBe('school-effectiveness-2024-25');
      expect(formatAcademicYear(inForce.academicYear)).toBe('2024/25');
    });

    it('sells next year once this year’s form has closed', () => {
      // act
      const inForce = priceListInForce(lists, 'school-improvement', '2024-08-10');

      // assert
      expect(inForce.list.id).toBe('school-effectiveness-2024-25');
    });
  });

  it('takes a new year’s list as soon as it is added: a data change only', () => {
    // prepare
    const se2026: SchoolImprovementPriceList = {
      ...SE_2024_25,
      id: 'school-effectiveness-2026-27',
      title: 'School Effectiveness offer 2026-27',
      academicYear: { startYear: 2026 },
      bookingWindow: { opens: '2026-03-01', closes: '2027-07-31' },
      payAsYouGo: { name: 'Bronze', dayRatePence: 70_000 },
    };

    // act
    const inForce = priceListInForce([...PUBLISHED_PRICE_LISTS, se2026], 'school-improvement', '2026-11-23', {
      carryForward: BOTH,
    });

    // assert
    expect(inForce.list.id).toBe('school-effectiveness-2026-27');
    expect(inForce.carriedForwardFrom).toBeUndefined();
  });

  it('refuses a date before a published list for the current year opens, even with carry-forward', () => {
    // prepare
    const late: SchoolImprovementPriceList = {
      ...SE_2024_25,
      bookingWindow: { opens: '2024-10-01', closes: '2025-07-31' },
    };

    // act
    const attempt = () =>
      priceListInForce([...PUBLISHED_PRICE_LISTS, late], 'school-improvement', '2024-09-05', {
        carryForward: BOTH,
      });

    // assert
    expect(attempt).toThrow(/bookings for 2024\/25 open on Tuesday 1 October 2024/);
  });
});

describe('whose prices a confirmation names', () => {
  it('names the list, and the year it was carried forward to', () => {
    // act
    const carried = whosePrices({
      title: 'School Effectiveness offer 2023-24',
      academicYear: '2026/27',
      carriedForwardFrom: '2023/24',
    });
    const own = whosePrices({ title: 'School Effectiveness offer 2023-24', academicYear: '2023-24' });

    // assert
    expect(carried).toBe(
      'Prices from the School Effectiveness offer 2023-24, carried forward to 2026/27 until the council publishes 2026/27 prices.',
    );
    expect(own).toBe('Prices from the School Effectiveness offer 2023-24.');
  });
});
