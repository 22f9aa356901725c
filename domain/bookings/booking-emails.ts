import { parseAcademicYear } from '#domain/shared/academic-year';
import type { EmailMessage } from '#domain/shared/email-message';
import type { Booking } from './booking.ts';
import { bookingConfirmationEmail } from './booking-confirmation-email.ts';
import { priceListOfBooking } from './booking-description.ts';
import { cancellationEmail } from './cancellation-email.ts';
import { daysBalance } from './days-balance.ts';
import { placeOfferedEmail } from './place-offered-email.ts';
import type { EventsList, PriceList } from './price-list.ts';
import { teamNotificationEmail } from './team-notification-email.ts';
import { waitlistedEmail } from './waitlisted-email.ts';

/** What happened to a booking, as announced. */
export type BookingNews =
  | { readonly kind: 'confirmed'; readonly booking: Booking }
  | { readonly kind: 'waitlisted'; readonly booking: Booking; readonly position: number }
  | { readonly kind: 'place-offered'; readonly booking: Booking }
  | { readonly kind: 'cancelled'; readonly booking: Booking; readonly returnedDays: number };

/** An email to send once: `key` names it for ever (the same key is never sent twice). */
export interface OnceEmail {
  readonly key: string;
  readonly message: EmailMessage;
}

/**
 * The emails a piece of booking news sends, each with the key that makes it go once however
 * often the news is delivered (issue 7 item 7):
 * - confirmed: the confirmation to the booker (with the school's days balance for days) and the
 *   notification to the team's mailbox;
 * - waitlisted: the waitlisted email and the team's notification;
 * - place offered: the offer, with its deadline (keyed by the offer, as a booking could in
 *   principle be offered a place twice);
 * - cancelled: the cancellation email, with the balance after the days given back.
 * `schoolBookings` are the school's bookings in the booking's academic year (for the balance).
 */
export function bookingEmails(
  news: BookingNews,
  context: {
    readonly priceLists: readonly PriceList[];
    readonly teamMailbox: string;
    readonly schoolBookings?: readonly Booking[];
    readonly acceptHref?: (bookingId: string) => string | undefined;
  },
): OnceEmail[] {
  const { booking } = news;
  const list = priceListOfBooking(booking, context.priceLists);
  const id = booking.bookingId;
  const balance =
    booking.kind === 'school-improvement'
      ? daysBalance(parseAcademicYear(booking.academicYear), [
          ...(context.schoolBookings ?? []).filter(
            (b) => b.bookingId !== id && b.kind === 'school-improvement',
          ),
          booking,
        ] as (Booking & { days: number })[])
      : undefined;
  const team = (status: string): OnceEmail => ({
    key: `team-notification#${id}#${status}`,
    message: teamNotificationEmail(booking, { list, mailbox: context.teamMailbox }),
  });
  switch (news.kind) {
    case 'confirmed':
      return [
        { key: `booking-confirmation#${id}`, message: bookingConfirmationEmail(booking, { list, balance }) },
        team('confirmed'),
      ];
    case 'waitlisted':
      return [
        {
          key: `booking-waitlisted#${id}`,
          message: waitlistedEmail(booking, { list: list as EventsList, position: news.position }),
        },
        team('waitlisted'),
      ];
    case 'place-offered': {
      const offer = booking.placeOffer;
      if (!offer) return [];
      const acceptHref = context.acceptHref?.(id);
      return [
        {
          key: `place-offered#${id}#${offer.offeredAt}`,
          message: placeOfferedEmail(booking, {
            list: list as EventsList,
            acceptBy: offer.acceptBy,
            ...(acceptHref && { acceptHref }),
          }),
        },
      ];
    }
    case 'cancelled':
      return [
        {
          key: `booking-cancellation#${id}`,
          message: cancellationEmail(booking, { list, balance, returnedDays: news.returnedDays }),
        },
      ];
  }
}
