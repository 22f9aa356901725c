import { randomUUID } from 'node:crypto';
import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { BookingAnnouncer } from '#domain/bookings/booking-announcer';
import {
  BookingCancelledEvent,
  BookingConfirmedEvent,
  BookingWaitlistedEvent,
  PlaceOfferedEvent,
} from '#events/booking-event-names';
import { envelope } from '#events/envelope-builder';
import { EventNotPublishedError } from './event-not-published-error.ts';

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
  const publish = async (
    contract: { name: string; source: string; version: string },
    data: unknown,
    bookingId: string,
    { correlationId, occurredAt }: { correlationId: string; occurredAt: Date },
  ) => {
    const detail = envelope(contract, data, { eventId: newEventId(), occurredAt, correlationId });
    const result = await client.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: busName,
            Time: occurredAt,
            Source: contract.source,
            DetailType: contract.name,
            Detail: JSON.stringify(detail),
          },
        ],
      }),
    );
    const failed = result.Entries?.find((e) => e.ErrorCode);
    if (result.FailedEntryCount || failed) {
      throw new EventNotPublishedError(
        `${contract.name} for ${bookingId} was not published: ${failed?.ErrorCode ?? 'unknown'} ${failed?.ErrorMessage ?? ''}`.trim(),
      );
    }
  };
  return {
    confirmed: (booking, context) => publish(BookingConfirmedEvent, booking, booking.bookingId, context),
    waitlisted: (booking, { position, ...context }) =>
      publish(BookingWaitlistedEvent, { booking, position }, booking.bookingId, context),
    placeOffered: (booking, context) => publish(PlaceOfferedEvent, { booking }, booking.bookingId, context),
    cancelled: (booking, { returnedDays, ...context }) =>
      publish(BookingCancelledEvent, { booking, returnedDays }, booking.bookingId, context),
  };
}
