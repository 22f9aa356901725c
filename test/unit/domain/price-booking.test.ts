import { describe, expect, it } from 'vitest';
import { priceBooking } from '#domain/bookings/price-booking';
import { OFFER_2023_24 } from '#domain/bookings/school-improvement-offer';
import type { BookingRequest } from '#events/booking-request';

type Order = Pick<BookingRequest, 'package' | 'days' | 'addVat'>;

// Offer 2023-24: early bird is "5% off the package if purchased before Friday 20 October 2023".
const BEFORE_EARLY_BIRD_ENDS = '2023-10-19';
const EARLY_BIRD_ENDED = '2023-10-20';
const AFTER_EARLY_BIRD = '2024-01-15';

describe('pricing a booking against the 2023-24 offer', () => {
  it('charges £650 for one pay-as-you-go day', () => {
    // prepare
    const order: Order = { package: 'pay-as-you-go', days: 1, addVat: false };

    // act
    const price = priceBooking(order, OFFER_2023_24, AFTER_EARLY_BIRD);

    // assert
    expect(price).toEqual({
      netPence: 65_000,
      discountPence: 0,
      vatPence: 0,
      totalPence: 65_000,
      lines: [{ description: '1 day at £650.00 per day (pay as you go)', amountPence: 65_000 }],
    });
  });

  it('charges half days pro rata: 1.5 pay-as-you-go days are £975', () => {
    // prepare
    const order: Order = { package: 'pay-as-you-go', days: 1.5, addVat: false };

    // act
    const price = priceBooking(order, OFFER_2023_24, AFTER_EARLY_BIRD);

    // assert
    expect(price.totalPence).toBe(97_500);
    expect(price.lines).toEqual([
      { description: '1.5 days at £650.00 per day (pay as you go)', amountPence: 97_500 },
    ]);
  });

  it('charges £1,240 for a silver package of 2 days', () => {
    // prepare
    const order: Order = { package: 'silver', days: 2, addVat: false };

    // act
    const price = priceBooking(order, OFFER_2023_24, AFTER_EARLY_BIRD);

    // assert
    expect(price.totalPence).toBe(124_000);
    expect(price.lines).toEqual([{ description: 'Silver package (2 days)', amountPence: 124_000 }]);
  });

  it('charges £2,340 for a gold package of 4 days', () => {
    // prepare
    const order: Order = { package: 'gold', days: 4, addVat: false };

    // act
    const price = priceBooking(order, OFFER_2023_24, AFTER_EARLY_BIRD);

    // assert
    expect(price.totalPence).toBe(234_000);
    expect(price.lines).toEqual([{ description: 'Gold package (4 days)', amountPence: 234_000 }]);
  });

  it.each(['gold', 'pay-as-you-go'] as const)(
    'charges every day at £585 when a school buys more than 4 days (%s)',
    (pkg) => {
      // prepare
      const order: Order = { package: pkg, days: 6, addVat: false };

      // act
      const price = priceBooking(order, OFFER_2023_24, AFTER_EARLY_BIRD);

      // assert
      expect(price.totalPence).toBe(351_000);
      expect(price.lines).toEqual([{ description: '6 days at £585.00 per day', amountPence: 351_000 }]);
    },
  );

  it('takes 5% off a gold package bought before 20 October 2023', () => {
    // prepare
    const order: Order = { package: 'gold', days: 4, addVat: false };

    // act
    const price = priceBooking(order, OFFER_2023_24, BEFORE_EARLY_BIRD_ENDS);

    // assert
    expect(price).toEqual({
      netPence: 222_300,
      discountPence: 11_700,
      vatPence: 0,
      totalPence: 222_300,
      lines: [
        { description: 'Gold package (4 days)', amountPence: 234_000 },
        { description: 'Early bird discount (5%)', amountPence: -11_700 },
      ],
    });
  });

  it('takes 5% off a silver package bought before 20 October 2023', () => {
    // prepare
    const order: Order = { package: 'silver', days: 2, addVat: false };

    // act
    const price = priceBooking(order, OFFER_2023_24, BEFORE_EARLY_BIRD_ENDS);

    // assert
    expect(price.discountPence).toBe(6_200);
    expect(price.netPence).toBe(117_800);
  });

  it('gives no early bird discount on a gold package bought on Friday 20 October 2023', () => {
    // prepare
    const order: Order = { package: 'gold', days: 4, addVat: false };

    // act
    const price = priceBooking(order, OFFER_2023_24, EARLY_BIRD_ENDED);

    // assert
    expect(price.discountPence).toBe(0);
    expect(price.totalPence).toBe(234_000);
    expect(price.lines).toEqual([{ description: 'Gold package (4 days)', amountPence: 234_000 }]);
  });

  it('gives no early bird discount on pay-as-you-go days, however early they are bought', () => {
    // prepare
    const order: Order = { package: 'pay-as-you-go', days: 2, addVat: false };

    // act
    const price = priceBooking(order, OFFER_2023_24, '2023-09-01');

    // assert
    expect(price.discountPence).toBe(0);
    expect(price.totalPence).toBe(130_000);
  });

  it('adds VAT at 20% on the discounted net price when the school asks for it', () => {
    // prepare
    const order: Order = { package: 'gold', days: 4, addVat: true };

    // act
    const price = priceBooking(order, OFFER_2023_24, BEFORE_EARLY_BIRD_ENDS);

    // assert
    expect(price.netPence).toBe(222_300);
    expect(price.vatPence).toBe(44_460);
    expect(price.totalPence).toBe(266_760);
    expect(price.lines.at(-1)).toEqual({ description: 'VAT at 20%', amountPence: 44_460 });
  });

  it('adds no VAT and no VAT line when the school does not ask for it', () => {
    // prepare
    const order: Order = { package: 'silver', days: 2, addVat: false };

    // act
    const price = priceBooking(order, OFFER_2023_24, AFTER_EARLY_BIRD);

    // assert
    expect(price.vatPence).toBe(0);
    expect(price.lines.map((line) => line.description)).not.toContain('VAT at 20%');
  });

  it.each<{ order: Order; orderedOn: string }>([
    { order: { package: 'pay-as-you-go', days: 0.5, addVat: true }, orderedOn: AFTER_EARLY_BIRD },
    { order: { package: 'pay-as-you-go', days: 1.5, addVat: true }, orderedOn: BEFORE_EARLY_BIRD_ENDS },
    { order: { package: 'silver', days: 2, addVat: true }, orderedOn: BEFORE_EARLY_BIRD_ENDS },
    { order: { package: 'gold', days: 4, addVat: true }, orderedOn: BEFORE_EARLY_BIRD_ENDS },
    { order: { package: 'gold', days: 7.5, addVat: true }, orderedOn: BEFORE_EARLY_BIRD_ENDS },
    { order: { package: 'gold', days: 4, addVat: false }, orderedOn: AFTER_EARLY_BIRD },
  ])(
    'makes the total net plus VAT, and its lines add up to the total ($order.package, $order.days days, $orderedOn)',
    ({ order, orderedOn }) => {
      // prepare
      const sumOf = (amounts: number[]) => amounts.reduce((sum, amount) => sum + amount, 0);

      // act
      const price = priceBooking(order, OFFER_2023_24, orderedOn);

      // assert
      expect(price.totalPence).toBe(price.netPence + price.vatPence);
      expect(sumOf(price.lines.map((line) => line.amountPence))).toBe(price.totalPence);
      for (const amount of [price.netPence, price.discountPence, price.vatPence, price.totalPence]) {
        expect(Number.isInteger(amount)).toBe(true);
      }
    },
  );
});
