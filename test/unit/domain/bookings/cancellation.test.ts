import { describe, expect, it } from 'vitest';
import { CancellationRefusedError, cancellationCharge } from '#domain/bookings/cancellation';
import type { BookingPrice } from '#domain/bookings/price-booking';
import type { CancellationPolicy } from '#domain/bookings/price-list';
import { FREE_EVENTS_2026_27 } from '#domain/bookings/price-lists/free-events-2026-27';
import { SCHOOL_EFFECTIVENESS_2023_24 } from '#domain/bookings/price-lists/school-effectiveness-2023-24';

const gold: BookingPrice = {
  netPence: 234_000,
  discountPence: 0,
  vatPence: 46_800,
  totalPence: 280_800,
  lines: [
    { description: 'Gold package (4 days)', amountPence: 234_000 },
    { description: 'VAT at 20%', amountPence: 46_800 },
  ],
};
const byBooking = SCHOOL_EFFECTIVENESS_2023_24.cancellation;
const goldBooking = { price: gold, receivedOn: '2026-11-02', days: 4, deliveredDays: 0 } as const;

describe('cancellation charges by notice period', () => {
  it.each([
    ['2026-11-02', 0, 0],
    ['2026-11-16', 0, 0],
    ['2026-11-17', 50, 140_400],
    ['2027-01-01', 50, 140_400],
    ['2027-01-02', 100, 280_800],
  ])('cancelling days booked on 2 November 2026 on %s charges %i%%: %i pence', (on, percent, total) => {
    // act
    const charge = cancellationCharge(goldBooking, byBooking, on as '2026-11-02');

    // assert
    expect(charge.chargePercent).toBe(percent);
    expect(charge.totalPence).toBe(total);
    expect(charge.creditPence).toBe(280_800 - total);
  });

  it('always charges the days already delivered, and the window’s share of the rest', () => {
    // act: 1 of 4 days delivered, cancelled on day 20 (50%)
    const charge = cancellationCharge({ ...goldBooking, deliveredDays: 1 }, byBooking, '2026-11-22');

    // assert: £585 + 50% of £1,755 = £1,462.50 net, VAT £292.50
    expect(charge).toMatchObject({
      netPence: 146_250,
      vatPence: 29_250,
      totalPence: 175_500,
      creditPence: 105_300,
    });
  });

  it('says which window applied', () => {
    // act
    const within = cancellationCharge(goldBooking, byBooking, '2026-11-10').window;
    const after = cancellationCharge(goldBooking, byBooking, '2027-03-01').window;

    // assert
    expect(within).toBe('cancelled within 14 days of booking');
    expect(after).toBe('cancelled 119 days after booking');
  });

  it('charges nothing for cancelling a waitlisted booking', () => {
    // act
    const charge = cancellationCharge({ ...goldBooking, waitlisted: true }, byBooking, '2027-03-01');

    // assert
    expect(charge.totalPence).toBe(0);
  });

  describe('measured before an event', () => {
    const policy: CancellationPolicy = {
      measuredFrom: 'event',
      windows: [
        { noticeDaysAtLeast: 14, chargePercent: 0 },
        { noticeDaysAtLeast: 7, chargePercent: 50 },
      ],
      otherwiseChargePercent: 100,
    };
    const paid = {
      price: { ...gold, vatPence: 0, totalPence: 234_000 },
      receivedOn: '2027-01-05',
      eventDate: '2027-03-04',
    } as const;

    it.each([
      ['2027-02-18', 0],
      ['2027-02-19', 50],
      ['2027-02-25', 50],
      ['2027-02-26', 100],
    ])('cancelled on %s charges %i%%', (on, percent) => {
      // act
      const charge = cancellationCharge(paid, policy, on as '2027-02-18');

      // assert
      expect(charge.chargePercent).toBe(percent);
    });

    it('refuses to cancel on the day of the event or after', () => {
      // act
      const attempt = () => cancellationCharge(paid, policy, '2027-03-04');

      // assert
      expect(attempt).toThrow(CancellationRefusedError);
    });

    it('never charges for a free event', () => {
      // act
      const charge = cancellationCharge(
        {
          price: { netPence: 0, discountPence: 0, vatPence: 0, totalPence: 0, lines: [] },
          receivedOn: '2027-01-05',
          eventDate: '2027-03-04',
        },
        FREE_EVENTS_2026_27.cancellation,
        '2027-03-03',
      );

      // assert
      expect(charge).toMatchObject({
        totalPence: 0,
        creditPence: 0,
        window: "1 day' notice before the event",
      });
    });
  });
});
