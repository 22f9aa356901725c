import { type AcademicYear, parseAcademicYear } from '#domain/shared/academic-year';
import type { Booking } from './booking.ts';
import type { PriceBand } from './customer-class.ts';
import { daysBalance } from './days-balance.ts';
import type { SchoolAccount } from './price-booking.ts';

/**
 * What pricing needs to know about a school for one academic year, from its record (the price
 * band) and its bookings: the school-improvement days it has bought and kept (they count towards
 * "more than 4 days") and whether it holds the statutory assessment subscription (which makes
 * sessions free and moderation training cheaper). Other years' bookings do not count.
 */
export function schoolAccountOf(
  priceBand: PriceBand | undefined,
  year: AcademicYear,
  bookings: readonly Booking[],
): SchoolAccount {
  const inYear = bookings.filter((b) => parseAcademicYear(b.academicYear).startYear === year.startYear);
  const days = inYear.flatMap((b) => (b.kind === 'school-improvement' ? [b] : []));
  return {
    priceBand,
    daysAlreadyBought: daysBalance(year, days).bought,
    holdsSubscription: inYear.some(
      (b) => b.kind === 'statutory-assessment-subscription' && b.status === 'confirmed',
    ),
  };
}
