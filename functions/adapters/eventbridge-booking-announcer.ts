import { randomUUID } from 'node:crypto';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { BookingAnnouncer } from '#domain/bookings/booking-announcer';
import {
  BookingCancelledEvent,
  BookingConfirmedEvent,
  BookingWaitlistedEvent,
  PlaceOfferedEvent,
} from '#events/booking-event-names';
import { type Announcement, eventBridgeEnvelopePublisher } from './eventbridge-envelope-publisher.ts';

export { EventNotPublishedError } from './event-not-published-error.ts';

/**
 * Publishes what happens to bookings on the education bus: BookingConfirmed, BookingWaitlisted,
 * PlaceOffered and BookingCancelled. An event's `time` is when it happened (e.g. the booking's
 * confirmation), not when the call was made, so consumers share the producer's clock.
 */
export function eventBridgeBookingAnnouncer(
  client: EventBridgeClient,
  busName: string,
  newEventId: () => string = randomUUID,
): BookingAnnouncer {
  const put = eventBridgeEnvelopePublisher(client, busName, newEventId);
  const publish = (
    contract: Announcement['contract'],
    data: unknown,
    bookingId: string,
    { correlationId, occurredAt }: { correlationId: string; occurredAt: Date },
  ) => put([{ contract, data, occurredAt, correlationId }], bookingId);
  return {
    confirmed: (booking, context) => publish(BookingConfirmedEvent, booking, booking.bookingId, context),
    waitlisted: (booking, { position, ...context }) =>
      publish(BookingWaitlistedEvent, { booking, position }, booking.bookingId, context),
    placeOffered: (booking, context) => publish(PlaceOfferedEvent, { booking }, booking.bookingId, context),
    cancelled: (booking, { returnedDays, ...context }) =>
      publish(BookingCancelledEvent, { booking, returnedDays }, booking.bookingId, context),
  };
}
