import type { IsoDate } from '#domain/shared/iso-date';
import { ukLongDate } from '#domain/shared/london-time';
import type { Booking } from './booking.ts';
import { BookingNotFoundError } from './booking-repository.ts';
import { type CancelBookingDeps, cancelBooking } from './cancel-booking.ts';
import { placeOfferLapsed } from './event-places.ts';

/** A place offer that cannot be accepted: there is none, it was accepted, or it has lapsed. */
export class PlaceOfferError extends Error {
  override readonly name = 'PlaceOfferError';
}

/**
 * Accepts the place offered to a booking from the waitlist, before the end of its last day to
 * accept (London). Accepting twice returns the booking unchanged.
 */
export async function acceptPlaceOffer(bookingId: string, deps: CancelBookingDeps): Promise<Booking> {
  const booking = await deps.bookings.get(bookingId);
  if (!booking) throw new BookingNotFoundError(bookingId);
  const offer = booking.placeOffer;
  if (booking.status !== 'confirmed' || !offer) {
    throw new PlaceOfferError(`booking ${bookingId} has no place offer to accept (it is ${booking.status})`);
  }
  if (offer.acceptedAt) return booking;
  if (placeOfferLapsed(offer, deps.now)) {
    throw new PlaceOfferError(
      `the place offered to ${bookingId} had to be accepted by the end of ${ukLongDate(offer.acceptBy)}`,
    );
  }
  const accepted = await deps.bookings.replace(
    { ...booking, placeOffer: { ...offer, acceptedAt: deps.now.toISOString() } },
    booking,
  );
  await deps.offers.closed({ bookingId, acceptBy: offer.acceptBy });
  return accepted;
}

/**
 * Cancels every place offer not accepted in time (its last day to accept is over in London),
 * which offers each place to the next on the waitlist. Returns the bookings cancelled.
 */
export async function lapsePlaceOffers(
  context: { readonly correlationId: string; readonly today: IsoDate },
  deps: CancelBookingDeps,
): Promise<Booking[]> {
  const lapsed: Booking[] = [];
  for (const offer of await deps.offers.lapsedBefore(context.today)) {
    const booking = await deps.bookings.get(offer.bookingId);
    if (booking?.status !== 'confirmed' || !booking.placeOffer || booking.placeOffer.acceptedAt) {
      await deps.offers.closed(offer);
      continue;
    }
    lapsed.push(
      await cancelBooking(
        offer.bookingId,
        {
          by: 'place-offer-lapsed',
          reason: `The place offered was not accepted by the end of ${ukLongDate(offer.acceptBy)}`,
        },
        context,
        deps,
      ),
    );
  }
  return lapsed;
}
