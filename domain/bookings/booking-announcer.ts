import type { Booking } from './booking.ts';

/** When and under which correlation id something happened to a booking. */
export interface AnnouncementContext {
  readonly correlationId: string;
  readonly occurredAt: Date;
}

/**
 * Port: tells the rest of the system what happened to a booking (publishes BookingConfirmed,
 * BookingWaitlisted, PlaceOffered, BookingCancelled); the emails follow from these.
 */
export interface BookingAnnouncer {
  confirmed(booking: Booking, context: AnnouncementContext): Promise<void>;
  waitlisted(booking: Booking, context: AnnouncementContext & { readonly position: number }): Promise<void>;
  placeOffered(booking: Booking, context: AnnouncementContext): Promise<void>;
  cancelled(
    booking: Booking,
    context: AnnouncementContext & { readonly returnedDays: number },
  ): Promise<void>;
}
