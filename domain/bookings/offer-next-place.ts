import type { Booking } from './booking.ts';
import type { BookingAnnouncer } from './booking-announcer.ts';
import { BookingChangedError, type BookingRepository, type BookingUpdates } from './booking-repository.ts';
import type { EventPlaceRegister, PlaceOfferDiary } from './event-place-register.ts';
import { placeOfferDeadline, waitlistOrder } from './event-places.ts';
import type { EventsList, FreeEvent } from './price-list.ts';

/** What offering a place needs. */
export interface OfferPlaceDeps {
  readonly bookings: BookingRepository & BookingUpdates;
  readonly places: EventPlaceRegister;
  readonly offers: PlaceOfferDiary;
  readonly announcer: BookingAnnouncer;
  readonly now: Date;
}

/**
 * Offers free places of an event to its waitlist, first come first served, while places are
 * free and bookings are open:
 * 1. the first waitlisted booking (bookings no longer waitlisted are taken off the list);
 * 2. a place held for it, and its last day to accept (a few working days, never past the day
 *    bookings close);
 * 3. the booking confirmed with the place offer, and the offer noted so a lapse is found;
 * 4. announced (the place-offered email).
 * Returns the bookings offered a place.
 */
export async function offerFreePlaces(
  event: FreeEvent,
  list: EventsList,
  context: { readonly correlationId: string },
  deps: OfferPlaceDeps,
): Promise<Booking[]> {
  const offered: Booking[] = [];
  for (const entry of waitlistOrder(await deps.places.waitlist(event.code))) {
    const booking = await deps.bookings.get(entry.bookingId);
    if (booking?.status !== 'waitlisted') {
      await deps.places.leaveWaitlist(event.code, entry);
      continue;
    }
    const acceptBy = placeOfferDeadline(event, deps.now, list.placeOffer.acceptWithinWorkingDays);
    if (!acceptBy) break;
    if ((await deps.places.hold(event, booking.bookingId)) === 'full') break;
    const next = {
      ...booking,
      status: 'confirmed',
      confirmedAt: deps.now.toISOString(),
      placeOffer: { offeredAt: deps.now.toISOString(), acceptBy },
    } as Booking;
    let stored: Booking;
    try {
      stored = await deps.bookings.replace(next, booking);
    } catch (error) {
      // Cancelled meanwhile: give the place back and try the next.
      if (!(error instanceof BookingChangedError)) throw error;
      await deps.places.release(event.code, booking.bookingId);
      continue;
    }
    await deps.offers.opened({ bookingId: stored.bookingId, acceptBy });
    await deps.places.leaveWaitlist(event.code, entry);
    await deps.announcer.placeOffered(stored, { correlationId: context.correlationId, occurredAt: deps.now });
    offered.push(stored);
  }
  return offered;
}
