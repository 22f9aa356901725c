import { londonDateOf } from '#domain/shared/london-time';
import type { BookingSubmitted } from '#events/booking-submitted';
import type { Booking } from './booking.ts';
import type { BookingAnnouncer } from './booking-announcer.ts';
import { BookingConflictError } from './booking-conflict-error.ts';
import type { BookingRepository } from './booking-repository.ts';
import { priceBooking } from './price-booking.ts';
import type { SchoolImprovementOffer } from './school-improvement-offer.ts';

/** What confirming a booking needs from outside: ports, configuration and the time. */
export interface ConfirmBookingDeps {
  /** Only recording is needed: the function that confirms bookings is granted nothing else. */
  readonly bookings: Pick<BookingRepository, 'addOnce'>;
  readonly announcer: BookingAnnouncer;
  readonly offer: SchoolImprovementOffer;
  readonly now: Date;
}

/**
 * Confirms a submitted booking. Safe to repeat for the same submission (queues deliver at
 * least once):
 * 1. price it against the offer, on the UK date it was received;
 * 2. record it once (a repeat finds the stored booking and keeps its price);
 * 3. announce it as confirmed (repeats are de-duplicated by the mailer).
 */
export async function confirmBooking(
  submitted: BookingSubmitted,
  deps: ConfirmBookingDeps,
): Promise<Booking> {
  const { bookingId, receivedAt, ...request } = submitted.data;
  const candidate: Booking = {
    ...request,
    bookingId,
    status: 'confirmed',
    price: priceBooking(request, deps.offer, londonDateOf(new Date(receivedAt))),
    academicYear: deps.offer.academicYear,
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
