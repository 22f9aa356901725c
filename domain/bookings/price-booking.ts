import { formatPence, percentOf } from '#domain/shared/money';
import type { BookingRequest } from '#events/booking-request';
import type { SchoolImprovementOffer } from './school-improvement-offer.ts';

/** One line of a price breakdown, as it appears on the confirmation. */
export interface PriceLine {
  readonly description: string;
  readonly amountPence: number;
}

/** A booking's price in integer pence. */
export interface BookingPrice {
  readonly netPence: number;
  readonly discountPence: number;
  readonly vatPence: number;
  readonly totalPence: number;
  readonly lines: readonly PriceLine[];
}

/**
 * Prices a school-improvement booking against the year's offer.
 * `orderedOn` is the UK calendar date (YYYY-MM-DD) the booking was received.
 *
 * Rules (offer 2023-24): pay as you go is charged per day; Silver and Gold are fixed-price
 * packages; more than 4 days puts every day at the bulk rate; the early-bird discount
 * applies to packages (the offer says "5% off the package"), not to pay-as-you-go days.
 */
export function priceBooking(
  request: Pick<BookingRequest, 'package' | 'days' | 'addVat'>,
  offer: SchoolImprovementOffer,
  orderedOn: string,
): BookingPrice {
  const lines: PriceLine[] = [];
  const days = request.days;
  const isPackage = request.package !== 'pay-as-you-go';
  if (days > offer.bulkFromMoreThanDays) {
    lines.push({
      description: `${days} days at ${formatPence(offer.bulkDayRatePence)} per day`,
      amountPence: Math.round(days * offer.bulkDayRatePence),
    });
  } else if (request.package === 'pay-as-you-go') {
    lines.push({
      description: `${days} ${days === 1 ? 'day' : 'days'} at ${formatPence(offer.dayRatePence)} per day (pay as you go)`,
      amountPence: Math.round(days * offer.dayRatePence),
    });
  } else {
    const pkg = offer.packages[request.package];
    const name = request.package === 'silver' ? 'Silver' : 'Gold';
    lines.push({ description: `${name} package (${pkg.days} days)`, amountPence: pkg.pricePence });
  }
  const gross = lines.reduce((sum, line) => sum + line.amountPence, 0);

  const earlyBird = isPackage && orderedOn < offer.earlyBird.before;
  const discountPence = earlyBird ? percentOf(gross, offer.earlyBird.discountPercent) : 0;
  if (earlyBird) {
    lines.push({
      description: `Early bird discount (${offer.earlyBird.discountPercent}%)`,
      amountPence: -discountPence,
    });
  }
  const netPence = gross - discountPence;
  const vatPence = request.addVat ? percentOf(netPence, offer.vatPercent) : 0;
  if (request.addVat) {
    lines.push({ description: `VAT at ${offer.vatPercent}%`, amountPence: vatPence });
  }
  return { netPence, discountPence, vatPence, totalPence: netPence + vatPence, lines };
}
