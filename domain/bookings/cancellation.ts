/**
 * Cancellation charges by notice period. The windows are the price list's configuration
 * (CancellationPolicy); the sources publish no cancellation terms, so the seed windows are
 * illustrative until the School Effectiveness team publishes its own.
 */
import { compareDates, daysBetween, type IsoDate } from '#domain/shared/iso-date';
import { percentOf } from '#domain/shared/money';
import type { BookingPrice } from './price-booking.ts';
import type { CancellationPolicy } from './price-list.ts';

/** What a cancellation costs, in integer pence. */
export interface CancellationCharge {
  /** Of the price of what was not yet delivered. */
  readonly chargePercent: number;
  readonly netPence: number;
  readonly vatPence: number;
  /** What the school pays for the cancelled booking. */
  readonly totalPence: number;
  /** What is no longer due (or to be credited if already invoiced): the booking's total less the charge. */
  readonly creditPence: number;
  /** The window that applied, in words. */
  readonly window: string;
}

/** A cancellation that cannot be made, e.g. of an event that has already taken place. */
export class CancellationRefusedError extends Error {
  override readonly name = 'CancellationRefusedError';
}

/** What the charge reads of a booking. */
export interface CancellableBooking {
  readonly price: BookingPrice;
  /** London date it was received. */
  readonly receivedOn: IsoDate;
  /** The event's date, for event bookings. */
  readonly eventDate?: IsoDate;
  /** Days bought and delivered, for school-improvement bookings: delivered days are always charged. */
  readonly days?: number;
  readonly deliveredDays?: number;
  /** A waitlisted booking holds nothing, so costs nothing to cancel. */
  readonly waitlisted?: boolean;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * The charge for cancelling on London date `cancelledOn`:
 * 1. the window: for `booking` policies, calendar days since the booking was received (the
 *    first window with `withinDays` at least that many); for `event` policies, calendar days
 *    of notice before the event (the first with `noticeDaysAtLeast` at most that many);
 *    otherwise `otherwiseChargePercent`;
 * 2. what was delivered is charged in full, pro rata to the days bought; the window's
 *    percentage of the rest;
 * 3. VAT in the same proportion as on the booking.
 */
export function cancellationCharge(
  booking: CancellableBooking,
  policy: CancellationPolicy,
  cancelledOn: IsoDate,
): CancellationCharge {
  const { price } = booking;
  if (booking.waitlisted) return chargeOf(price, 0, 0, 'a waitlisted booking holds no place: no charge');

  let percent = policy.otherwiseChargePercent;
  let window: string;
  if (policy.measuredFrom === 'event') {
    if (!booking.eventDate) throw new TypeError('an event cancellation policy needs the event date');
    if (compareDates(cancelledOn, booking.eventDate) >= 0) {
      throw new CancellationRefusedError(
        'the event has taken place (or is today): it can no longer be cancelled',
      );
    }
    const notice = daysBetween(cancelledOn, booking.eventDate);
    const found = policy.windows.find((w) => notice >= w.noticeDaysAtLeast);
    if (found) percent = found.chargePercent;
    window = `${plural(notice, 'day')}' notice before the event`;
  } else {
    const since = daysBetween(booking.receivedOn, cancelledOn);
    const found = policy.windows.find((w) => since <= w.withinDays);
    if (found) percent = found.chargePercent;
    window = found
      ? `cancelled within ${plural(found.withinDays, 'day')} of booking`
      : `cancelled ${plural(since, 'day')} after booking`;
  }

  const share = booking.days && booking.deliveredDays ? Math.min(1, booking.deliveredDays / booking.days) : 0;
  const deliveredNet = Math.round(price.netPence * share);
  const net = deliveredNet + percentOf(price.netPence - deliveredNet, percent);
  return chargeOf(price, percent, net, window);
}

const chargeOf = (
  price: BookingPrice,
  chargePercent: number,
  netPence: number,
  window: string,
): CancellationCharge => {
  const vatPence = price.netPence > 0 ? Math.round((price.vatPence * netPence) / price.netPence) : 0;
  const totalPence = netPence + vatPence;
  return {
    chargePercent,
    netPence,
    vatPence,
    totalPence,
    creditPence: price.totalPence - totalPence,
    window,
  };
};
