import { type AcademicYear, formatAcademicYear } from '#domain/shared/academic-year';
import { londonDateOf } from '#domain/shared/london-time';
import type { BookingSubmitted } from '#events/booking-submitted';
import type { Booking } from './booking.ts';
import type { BookingAnnouncer } from './booking-announcer.ts';
import { BookingConflictError } from './booking-conflict-error.ts';
import { FAMILY_OF_KIND, type SchoolImprovementOrder } from './booking-order.ts';
import type { BookingRepository } from './booking-repository.ts';
import type { PriceBand } from './customer-class.ts';
import { priceBooking } from './price-booking.ts';
import type { PriceList } from './price-list.ts';
import { type CarryForwardSetting, NO_CARRY_FORWARD, priceListInForce } from './price-list-in-force.ts';
import { schoolAccountOf } from './school-account.ts';

/** What confirming a booking needs from outside: ports, configuration and the time. */
export interface ConfirmBookingDeps {
  /** Only recording is needed: the function that confirms bookings is granted nothing else. */
  readonly bookings: Pick<BookingRepository, 'addOnce'>;
  readonly announcer: BookingAnnouncer;
  /** Every published price list (configuration). */
  readonly priceLists: readonly PriceList[];
  readonly carryForward?: CarryForwardSetting;
  /** The school's other bookings in an academic year (for "more than 4 days"); none when absent. */
  readonly schoolBookings?: (urn: string, year: AcademicYear) => Promise<readonly Booking[]>;
  readonly now: Date;
}

/**
 * Confirms a submitted booking. Safe to repeat for the same submission (queues deliver at
 * least once):
 * 1. find the price list in force on the London date it was received, and the academic year
 *    it sells (a date no list covers is a NoPriceListError);
 * 2. price it for the school (its band, and its days already bought that year);
 * 3. record it once (a repeat finds the stored booking and keeps its price);
 * 4. announce it as confirmed (repeats are de-duplicated by the mailer).
 */
export async function confirmBooking(
  submitted: BookingSubmitted,
  deps: ConfirmBookingDeps,
): Promise<Booking> {
  const { bookingId, receivedAt, ...request } = submitted.data;
  const receivedOn = londonDateOf(new Date(receivedAt));
  const order: SchoolImprovementOrder = {
    kind: 'school-improvement',
    programme: request.programme,
    package: request.package,
    days: request.days,
  };
  const inForce = priceListInForce(deps.priceLists, FAMILY_OF_KIND[order.kind], receivedOn, {
    carryForward: deps.carryForward ?? NO_CARRY_FORWARD,
  });
  const priceBand = (request.school as { priceBand?: PriceBand }).priceBand;
  const others = (await deps.schoolBookings?.(request.school.urn, inForce.academicYear)) ?? [];
  const account = schoolAccountOf(
    priceBand,
    inForce.academicYear,
    others.filter((b) => b.bookingId !== bookingId),
  );
  const candidate: Booking = {
    ...request,
    ...order,
    bookingId,
    status: 'confirmed',
    price: priceBooking({ ...order, addVat: request.addVat }, account, inForce, receivedOn),
    academicYear: formatAcademicYear(inForce.academicYear),
    priceList: {
      id: inForce.list.id,
      title: inForce.list.title,
      ...(inForce.carriedForwardFrom && {
        carriedForwardFrom: formatAcademicYear(inForce.carriedForwardFrom),
      }),
    },
    receivedAt,
    confirmedAt: deps.now.toISOString(),
  };
  const { booking } = await deps.bookings.addOnce(candidate);
  if (booking.submissionId !== candidate.submissionId) throw new BookingConflictError(bookingId);
  await deps.announcer.confirmed(booking, {
    correlationId: submitted.metadata.correlationId,
    occurredAt: deps.now,
  });
  return booking;
}
