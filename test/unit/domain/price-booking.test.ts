import { describe, expect, it } from 'vitest';
import type { DaysPackageChoice } from '#domain/bookings/booking-order';
import { CannotBookError } from '#domain/bookings/cannot-book-error';
import type { PriceBand } from '#domain/bookings/customer-class';
import {
  type BookingPrice,
  type PricingRequest,
  priceBooking,
  type SchoolAccount,
} from '#domain/bookings/price-booking';
import type {
  EventsList,
  SchoolImprovementPriceList,
  StatutoryAssessmentPriceList,
} from '#domain/bookings/price-list';
import { type PriceListInForce, priceListInForce } from '#domain/bookings/price-list-in-force';
import { FREE_EVENTS_2022_23 } from '#domain/bookings/price-lists/free-events-2022-23';
import { PRIMARY_STATUTORY_ASSESSMENT_2021_22 } from '#domain/bookings/price-lists/primary-statutory-assessment-2021-22';
import { PUBLISHED_PRICE_LISTS } from '#domain/bookings/price-lists/published-price-lists';
import { SCHOOL_EFFECTIVENESS_2023_24 } from '#domain/bookings/price-lists/school-effectiveness-2023-24';
import type { IsoDate } from '#domain/shared/iso-date';

// Offer 2023-24: early bird is "5% off the package if purchased before Friday 20 October 2023".
const EARLY_BIRD_LAST_DAY = '2023-10-19';
const EARLY_BIRD_CUT_OFF = '2023-10-20';
const AFTER_EARLY_BIRD = '2024-01-15';

const se2023: PriceListInForce<SchoolImprovementPriceList> = {
  list: SCHOOL_EFFECTIVENESS_2023_24,
  academicYear: { startYear: 2023 },
};
const sa2021: PriceListInForce<StatutoryAssessmentPriceList> = {
  list: PRIMARY_STATUTORY_ASSESSMENT_2021_22,
  academicYear: { startYear: 2021 },
};
const events2022: PriceListInForce<EventsList> = {
  list: FREE_EVENTS_2022_23,
  academicYear: { startYear: 2022 },
};

/** A school with nothing bought yet this year. */
const school = (priceBand: PriceBand | undefined, more: Partial<SchoolAccount> = {}): SchoolAccount => ({
  priceBand,
  holdsSubscription: false,
  daysAlreadyBought: 0,
  ...more,
});
// A maintained school pays no VAT (internal recharge), so its prices read as the offer's.
const maintained = school('essex-maintained');

const days = (
  pkg: DaysPackageChoice,
  n: number,
  addVat = false,
): Extract<PricingRequest, { kind: 'school-improvement' }> => ({
  kind: 'school-improvement',
  programme: 'governance-review',
  package: pkg,
  days: n,
  addVat,
});

const staff = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Teacher ${i + 1}` }));

const sumOf = (price: BookingPrice) => price.lines.reduce((total, line) => total + line.amountPence, 0);

describe('pricing school-improvement days (School Effectiveness offer 2023-24)', () => {
  it('charges Bronze pay-as-you-go days at £650 each', () => {
    // act
    const price = priceBooking(days('pay-as-you-go', 1), maintained, se2023, AFTER_EARLY_BIRD);

    // assert
    expect(price).toEqual({
      netPence: 65_000,
      discountPence: 0,
      vatPence: 0,
      totalPence: 65_000,
      lines: [{ description: 'Bronze: 1 day at £650.00 per day (pay as you go)', amountPence: 65_000 }],
      vatTreatment: 'internal-recharge',
      vatRatePercent: 20,
    });
  });

  it.each([
    [0.5, 32_500],
    [1.5, 97_500],
  ])('charges half days pro rata: %s Bronze days are %i pence', (n, pence) => {
    // act
    const price = priceBooking(days('pay-as-you-go', n), maintained, se2023, AFTER_EARLY_BIRD);

    // assert
    expect(price.totalPence).toBe(pence);
  });

  it('charges £1,240 for a Silver package of 2 days and £2,340 for a Gold package of 4', () => {
    // act
    const silver = priceBooking(days('silver', 2), maintained, se2023, AFTER_EARLY_BIRD);
    const gold = priceBooking(days('gold', 4), maintained, se2023, AFTER_EARLY_BIRD);

    // assert
    expect(silver.lines).toEqual([{ description: 'Silver package (2 days)', amountPence: 124_000 }]);
    expect(gold.lines).toEqual([{ description: 'Gold package (4 days)', amountPence: 234_000 }]);
  });

  describe('exactly 4 and 5 days: "any school buying more than 4 days gets every day at £585"', () => {
    it.each<[DaysPackageChoice, number, number]>([
      ['pay-as-you-go', 4, 260_000],
      ['gold', 4, 234_000],
      ['pay-as-you-go', 5, 292_500],
      ['gold', 5, 292_500],
      ['gold', 4.5, 263_250],
    ])('%s for %s days costs %i pence', (pkg, n, pence) => {
      // act
      const price = priceBooking(days(pkg, n), maintained, se2023, AFTER_EARLY_BIRD);

      // assert
      expect(price.totalPence).toBe(pence);
    });

    it('names the £585 rate on the line of a 5-day booking', () => {
      // act
      const price = priceBooking(days('pay-as-you-go', 5), maintained, se2023, AFTER_EARLY_BIRD);

      // assert
      expect(price.lines).toEqual([
        { description: '5 days at £585.00 per day (more than 4 days in 2023/24)', amountPence: 292_500 },
      ]);
    });

    it('counts the days the school already bought this academic year: Silver after 3 days is 2 days at £585', () => {
      // act
      const price = priceBooking(
        days('silver', 2),
        school('essex-maintained', { daysAlreadyBought: 3 }),
        se2023,
        AFTER_EARLY_BIRD,
      );

      // assert
      expect(price.lines).toEqual([
        {
          description: '2 days at £585.00 per day (more than 4 days in 2023/24, with 3 days already booked)',
          amountPence: 117_000,
        },
      ]);
    });

    it('keeps the package price when earlier days and this booking make exactly 4', () => {
      // act
      const price = priceBooking(
        days('silver', 2),
        school('essex-maintained', { daysAlreadyBought: 2 }),
        se2023,
        AFTER_EARLY_BIRD,
      );

      // assert
      expect(price.totalPence).toBe(124_000);
    });

    it('ignores earlier bookings when the list says they do not count', () => {
      // prepare
      const perBooking: PriceListInForce = {
        ...se2023,
        list: {
          ...SCHOOL_EFFECTIVENESS_2023_24,
          moreDaysRate: { ...SCHOOL_EFFECTIVENESS_2023_24.moreDaysRate, countsEarlierBookings: false },
        },
      };

      // act
      const price = priceBooking(
        days('silver', 2),
        school('essex-maintained', { daysAlreadyBought: 3 }),
        perBooking,
        AFTER_EARLY_BIRD,
      );

      // assert
      expect(price.totalPence).toBe(124_000);
    });
  });

  describe('the early bird: 5% off the package if purchased before Friday 20 October 2023', () => {
    it('takes 5% off a Gold package received on Thursday 19 October 2023', () => {
      // act
      const price = priceBooking(days('gold', 4), maintained, se2023, EARLY_BIRD_LAST_DAY);

      // assert
      expect(price).toMatchObject({ netPence: 222_300, discountPence: 11_700, totalPence: 222_300 });
      expect(price.lines).toEqual([
        { description: 'Gold package (4 days)', amountPence: 234_000 },
        {
          description: 'Early bird discount: 5% off the package (booked before Friday 20 October 2023)',
          amountPence: -11_700,
        },
      ]);
    });

    it('takes 5% off a Silver package: £62', () => {
      // act
      const price = priceBooking(days('silver', 2), maintained, se2023, EARLY_BIRD_LAST_DAY);

      // assert
      expect(price.discountPence).toBe(6_200);
      expect(price.netPence).toBe(117_800);
    });

    it.each<DaysPackageChoice>(['gold', 'silver'])(
      'gives no discount on the cut-off day itself, Friday 20 October 2023 (%s)',
      (pkg) => {
        // act
        const price = priceBooking(days(pkg, pkg === 'gold' ? 4 : 2), maintained, se2023, EARLY_BIRD_CUT_OFF);

        // assert
        expect(price.discountPence).toBe(0);
        expect(price.lines).toHaveLength(1);
      },
    );

    it('never discounts Bronze pay-as-you-go days, however early', () => {
      // act
      const price = priceBooking(days('pay-as-you-go', 4), maintained, se2023, '2023-09-01');

      // assert
      expect(price.discountPence).toBe(0);
      expect(price.totalPence).toBe(260_000);
    });

    it('DECISION: discounts more than 4 days at £585 as a package, whatever package is named: 5 days early is £2,778.75', () => {
      // act
      const bronze = priceBooking(days('pay-as-you-go', 5), maintained, se2023, EARLY_BIRD_LAST_DAY);
      const gold = priceBooking(days('gold', 5), maintained, se2023, EARLY_BIRD_LAST_DAY);

      // assert
      expect(bronze).toMatchObject({ discountPence: 14_625, netPence: 277_875, totalPence: 277_875 });
      expect(gold).toEqual(bronze);
    });

    it('discounts a Bronze day priced at £585 because the school has already bought 4', () => {
      // act
      const price = priceBooking(
        days('pay-as-you-go', 1),
        school('essex-maintained', { daysAlreadyBought: 4 }),
        se2023,
        EARLY_BIRD_LAST_DAY,
      );

      // assert
      expect(price).toMatchObject({ discountPence: 2_925, netPence: 55_575 });
    });

    it('gives no early bird on prices carried forward to a later year, even before 20 October', () => {
      // prepare
      const carried = priceListInForce(PUBLISHED_PRICE_LISTS, 'school-improvement', '2026-10-19', {
        carryForward: { families: ['school-improvement'] },
      });

      // act
      const price = priceBooking(days('gold', 4), maintained, carried, '2026-10-19');

      // assert
      expect(price.discountPence).toBe(0);
      expect(price.totalPence).toBe(234_000);
    });
  });

  describe('VAT by product and customer class: consultancy', () => {
    it.each<[PriceBand | undefined, boolean, number, string]>([
      ['essex-maintained', true, 0, 'internal-recharge'],
      ['essex-academy', false, 46_800, 'standard-rated'],
      ['outside-essex', false, 46_800, 'standard-rated'],
      [undefined, true, 46_800, 'as-requested'],
      [undefined, false, 0, 'as-requested'],
    ])('band %s, VAT asked for: %s → VAT of %i pence (%s)', (band, addVat, vat, treatment) => {
      // act
      const price = priceBooking(days('gold', 4, addVat), school(band), se2023, AFTER_EARLY_BIRD);

      // assert
      expect(price.vatPence).toBe(vat);
      expect(price.vatTreatment).toBe(treatment);
      expect(price.totalPence).toBe(234_000 + vat);
    });

    it('charges VAT on the net price after the early bird discount, with its own line', () => {
      // act
      const price = priceBooking(days('gold', 4), school('essex-academy'), se2023, EARLY_BIRD_LAST_DAY);

      // assert
      expect(price).toMatchObject({ netPence: 222_300, vatPence: 44_460, totalPence: 266_760 });
      expect(price.lines.at(-1)).toEqual({ description: 'VAT at 20%', amountPence: 44_460 });
    });
  });

  it('refuses a programme that is not on the menu, naming the field', () => {
    // act
    const attempt = () =>
      priceBooking({ ...days('silver', 2), programme: 'juggling' }, maintained, se2023, AFTER_EARLY_BIRD);

    // assert
    expect(attempt).toThrow(CannotBookError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'not-in-price-list', field: 'programme' }));
  });

  it('refuses a Silver package that is not 2 days, naming days', () => {
    // act
    const attempt = () => priceBooking(days('silver', 3), maintained, se2023, AFTER_EARLY_BIRD);

    // assert
    expect(attempt).toThrow(
      expect.objectContaining({ field: 'days', message: 'a Silver package is exactly 2 days' }),
    );
  });
});

describe('pricing the Primary Statutory Assessment package (2021/22 prices)', () => {
  const subscription: PricingRequest = { kind: 'statutory-assessment-subscription', addVat: false };

  it('charges an Essex maintained school £315 for the subscription, by internal recharge', () => {
    // act
    const price = priceBooking(subscription, school('essex-maintained'), sa2021, '2021-10-01');

    // assert
    expect(price).toMatchObject({
      netPence: 31_500,
      vatPence: 0,
      totalPence: 31_500,
      vatTreatment: 'internal-recharge',
    });
    expect(price.lines).toEqual([
      {
        description: 'Primary Statutory Assessment subscription 2021/22 (up to 2 staff at 10 sessions)',
        amountPence: 31_500,
      },
    ]);
  });

  it.each<PriceBand>(['essex-academy', 'outside-essex'])(
    'does not offer the subscription to a band the list leaves unpriced (%s)',
    (band) => {
      // act
      const attempt = () => priceBooking(subscription, school(band), sa2021, '2021-10-01');

      // assert
      expect(attempt).toThrow(expect.objectContaining({ name: 'CannotBookError', code: 'not-offered' }));
    },
  );

  it('sells an academy the subscription once the list prices it, with no VAT on exempt training', () => {
    // prepare
    const priced: PriceListInForce = {
      ...sa2021,
      list: {
        ...PRIMARY_STATUTORY_ASSESSMENT_2021_22,
        subscription: {
          ...PRIMARY_STATUTORY_ASSESSMENT_2021_22.subscription,
          pricePence: { 'essex-maintained': 31_500, 'essex-academy': 36_000 },
        },
      },
    };

    // act
    const price = priceBooking(
      { ...subscription, addVat: true },
      school('essex-academy'),
      priced,
      '2021-10-01',
    );

    // assert
    expect(price).toMatchObject({
      netPence: 36_000,
      vatPence: 0,
      totalPence: 36_000,
      vatTreatment: 'exempt',
    });
  });

  it('refuses a second subscription for the same year', () => {
    // act
    const attempt = () =>
      priceBooking(
        subscription,
        school('essex-maintained', { holdsSubscription: true }),
        sa2021,
        '2021-10-01',
      );

    // assert
    expect(attempt).toThrow(expect.objectContaining({ code: 'already-subscribed' }));
  });

  it('cannot price by band when the school’s band is not known', () => {
    // act
    const attempt = () => priceBooking(subscription, school(undefined), sa2021, '2021-10-01');

    // assert
    expect(attempt).toThrow(expect.objectContaining({ code: 'unknown-school', field: 'school.urn' }));
  });

  describe('sessions: subscriber vs per session', () => {
    const session = (n: number): PricingRequest => ({
      kind: 'statutory-assessment-session',
      session: 'multiplication-tables-check',
      delegates: staff(n),
      addVat: false,
    });

    it.each<[PriceBand, number]>([
      ['essex-maintained', 5_500],
      ['essex-academy', 6_500],
      ['outside-essex', 7_500],
    ])('charges a non-subscriber (%s) one place for up to 2 staff: %i pence', (band, pence) => {
      // act
      const one = priceBooking(session(1), school(band), sa2021, '2021-10-01');
      const two = priceBooking(session(2), school(band), sa2021, '2021-10-01');

      // assert
      expect(one.totalPence).toBe(pence);
      expect(two.totalPence).toBe(pence);
    });

    it('charges a non-subscriber two places for 3 staff', () => {
      // act
      const price = priceBooking(session(3), school('essex-maintained'), sa2021, '2021-10-01');

      // assert
      expect(price.lines).toEqual([
        {
          description: 'Multiplication tables check: 2 places for up to 2 staff at £55.00 per place',
          amountPence: 11_000,
        },
      ]);
    });

    it.each<PriceBand>(['essex-maintained', 'essex-academy', 'outside-essex'])(
      'makes the session free for 2 staff of a school holding that year’s subscription (%s)',
      (band) => {
        // act
        const price = priceBooking(
          session(2),
          school(band, { holdsSubscription: true }),
          sa2021,
          '2021-10-01',
        );

        // assert
        expect(price.totalPence).toBe(0);
        expect(price.lines).toEqual([
          {
            description:
              'Multiplication tables check: 2 members of staff, covered by your 2021/22 subscription',
            amountPence: 0,
          },
        ]);
      },
    );

    it('charges a subscriber a further place for a third member of staff', () => {
      // act
      const price = priceBooking(
        session(3),
        school('outside-essex', { holdsSubscription: true }),
        sa2021,
        '2021-10-01',
      );

      // assert
      expect(price.totalPence).toBe(7_500);
      expect(price.lines[1]).toEqual({
        description: 'Multiplication tables check: 1 further place for up to 2 staff at £75.00 per place',
        amountPence: 7_500,
      });
    });

    it('refuses a session the list does not have', () => {
      // act
      const attempt = () =>
        priceBooking(
          { ...session(1), session: 'knitting' } as PricingRequest,
          maintained,
          sa2021,
          '2021-10-01',
        );

      // assert
      expect(attempt).toThrow(expect.objectContaining({ code: 'not-in-price-list', field: 'session' }));
    });
  });

  describe('moderation training: first member of staff + each additional', () => {
    const moderation = (n: number): PricingRequest => ({
      kind: 'moderation-training',
      course: 'year-6-moderation-new',
      delegates: staff(n),
      addVat: true,
    });

    it.each<[PriceBand, boolean, number, number]>([
      ['essex-maintained', true, 4_000, 6_000],
      ['essex-maintained', false, 6_000, 9_000],
      ['essex-academy', true, 4_000, 6_000],
      ['essex-academy', false, 6_000, 9_000],
      ['outside-essex', true, 5_000, 9_000],
      ['outside-essex', false, 7_000, 12_000],
    ])(
      '%s, subscriber: %s: 1 member of staff %i pence, 3 members %i pence, no VAT',
      (band, subscriber, one, three) => {
        // prepare
        const account = school(band, { holdsSubscription: subscriber });

        // act
        const forOne = priceBooking(moderation(1), account, sa2021, '2021-10-01');
        const forThree = priceBooking(moderation(3), account, sa2021, '2021-10-01');

        // assert
        expect(forOne.totalPence).toBe(one);
        expect(forThree.totalPence).toBe(three);
        expect(forThree.vatPence).toBe(0);
        expect(forThree.lines).toHaveLength(2);
      },
    );

    it('names the rate and the additional staff on its lines', () => {
      // act
      const price = priceBooking(moderation(3), school('outside-essex'), sa2021, '2021-10-01');

      // assert
      expect(price.lines).toEqual([
        {
          description:
            'Year 6 moderation training: teachers new to moderation: first member of staff (non-subscriber rate)',
          amountPence: 7_000,
        },
        {
          description:
            'Year 6 moderation training: teachers new to moderation: 2 additional members of staff at £25.00 each',
          amountPence: 5_000,
        },
      ]);
    });
  });
});

describe('pricing a free event', () => {
  const dmhl = (receivedOn: IsoDate) =>
    priceBooking(
      { kind: 'event', event: 'dmhl-network-2023-07-11', delegates: staff(1), addVat: false },
      school('outside-essex'),
      events2022,
      receivedOn,
    );

  it('costs nothing, and says when', () => {
    // act
    const price = dmhl('2023-06-20');

    // assert
    expect(price).toMatchObject({ netPence: 0, vatPence: 0, totalPence: 0 });
    expect(price.lines).toEqual([
      {
        description:
          'Designated Mental Health Lead network meeting, Tuesday 11 July 2023, 10:00 to 12:00: 1 place (free)',
        amountPence: 0,
      },
    ]);
  });

  it('takes bookings until the day before, and refuses them on the day', () => {
    // act
    const dayBefore = () => dmhl('2023-07-10');
    const onTheDay = () => dmhl('2023-07-11');

    // assert
    expect(dayBefore).not.toThrow();
    expect(onTheDay).toThrow(expect.objectContaining({ code: 'bookings-closed', field: 'event' }));
  });
});

describe('every price', () => {
  it.each<[string, PricingRequest, SchoolAccount, PriceListInForce, IsoDate]>([
    [
      'Bronze 0.5 days with VAT',
      days('pay-as-you-go', 0.5, true),
      school(undefined),
      se2023,
      AFTER_EARLY_BIRD,
    ],
    ['Gold 7.5 days early', days('gold', 7.5), school('essex-academy'), se2023, EARLY_BIRD_LAST_DAY],
    ['Silver early', days('silver', 2), school('outside-essex'), se2023, EARLY_BIRD_LAST_DAY],
    [
      'moderation for 30',
      { kind: 'moderation-training', course: 'year-2-moderation-new', delegates: staff(30), addVat: false },
      school('outside-essex'),
      sa2021,
      '2021-10-01',
    ],
  ])(
    'adds up: lines sum to the total, total is net plus VAT, all whole pence (%s)',
    (_, request, account, inForce, on) => {
      // act
      const price = priceBooking(request, account, inForce, on);

      // assert
      expect(sumOf(price)).toBe(price.totalPence);
      expect(price.totalPence).toBe(price.netPence + price.vatPence);
      for (const amount of [price.netPence, price.discountPence, price.vatPence, price.totalPence]) {
        expect(Number.isInteger(amount)).toBe(true);
      }
    },
  );
});
