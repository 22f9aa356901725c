import { londonDateOf } from '#domain/shared/london-time';
import type { Booking, CancelledBy } from './booking.ts';
import type { BookingAnnouncer } from './booking-announcer.ts';
import { eventOfBooking, priceListOfBooking } from './booking-description.ts';
import { BookingNotFoundError, type BookingRepository, type BookingUpdates } from './booking-repository.ts';
import { assertCanMove } from './booking-status.ts';
import { cancellationCharge } from './cancellation.ts';
import { deliveredDaysOf, remainingDaysOf } from './days-balance.ts';
import type { EventPlaceRegister, PlaceOfferDiary } from './event-place-register.ts';
import { offerFreePlaces } from './offer-next-place.ts';
import type { EventsList, PriceList } from './price-list.ts';

/** What cancelling needs from outside. */
export interface CancelBookingDeps {
  readonly bookings: BookingRepository & BookingUpdates;
  readonly places: EventPlaceRegister;
  readonly offers: PlaceOfferDiary;
  readonly announcer: BookingAnnouncer;
  readonly priceLists: readonly PriceList[];
  readonly now: Date;
}

/**
 * Cancels a booking (issue 7 item 6):
 * 1. it must be confirmed or waitlisted (a cancelled or rejected booking stays as it is);
 * 2. the charge by notice period, from the price list it was priced from;
 * 3. recorded as cancelled, only if nobody changed it meanwhile; its undelivered days leave
 *    the school's balance;
 * 4. an event place freed is offered to the waitlist (then to the next, when an offer lapses);
 * 5. announced (the cancellation email).
 * Cancelling again what this cancelled returns it unchanged (an HTTP retry).
 */
export async function cancelBooking(
  bookingId: string,
  request: { readonly reason: string; readonly by: CancelledBy },
  context: { readonly correlationId: string },
  deps: CancelBookingDeps,
): Promise<Booking> {
  const booking = await deps.bookings.get(bookingId);
  if (!booking) throw new BookingNotFoundError(bookingId);
  if (booking.status === 'cancelled' && booking.cancellation?.reason === request.reason) return booking;
  assertCanMove(booking.status, 'cancelled');

  const list = priceListOfBooking(booking, deps.priceLists);
  const event = eventOfBooking(booking, list);
  const charge = cancellationCharge(
    {
      price: booking.price,
      receivedOn: londonDateOf(new Date(booking.receivedAt)),
      ...(event && { eventDate: event.date }),
      ...(booking.kind === 'school-improvement' && {
        days: booking.days,
        deliveredDays: deliveredDaysOf(booking),
      }),
      waitlisted: booking.status === 'waitlisted',
    },
    list.cancellation,
    londonDateOf(deps.now),
  );
  const returnedDays = booking.kind === 'school-improvement' ? remainingDaysOf(booking) : 0;
  const cancelled = await deps.bookings.replace(
    {
      ...booking,
      status: 'cancelled',
      cancellation: { cancelledAt: deps.now.toISOString(), by: request.by, reason: request.reason, charge },
    },
    booking,
  );

  if (booking.kind === 'event' && event) {
    if (booking.status === 'waitlisted') {
      await deps.places.leaveWaitlist(booking.event, {
        bookingId,
        waitlistedAt: booking.waitlistedAt ?? booking.receivedAt,
      });
    } else {
      if (booking.placeOffer && !booking.placeOffer.acceptedAt) {
        await deps.offers.closed({ bookingId, acceptBy: booking.placeOffer.acceptBy });
      }
      await deps.places.release(booking.event, bookingId);
    }
  }
  const announce = { correlationId: context.correlationId, occurredAt: deps.now };
  await deps.announcer.cancelled(cancelled, { ...announce, returnedDays });
  if (booking.kind === 'event' && event && booking.status === 'confirmed') {
    await offerFreePlaces(event, list as EventsList, context, deps);
  }
  return cancelled;
}
