import { randomUUID } from 'node:crypto';
import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { BookingAnnouncer } from '#domain/bookings/booking-announcer';
import { BookingConfirmedEvent } from '#events/booking-confirmed';
import { envelope } from '#events/envelope';

/** Raised when EventBridge accepts the call but rejects the entry (PutEvents does not throw for that). */
export class EventNotPublishedError extends Error {
  override readonly name = 'EventNotPublishedError';
}

/**
 * Publishes BookingConfirmed on the education bus. The event's `time` is when it happened (the
 * booking's confirmation), not when the call was made, so consumers share the producer's clock.
 */
export function eventBridgeBookingAnnouncer(
  client: EventBridgeClient,
  busName: string,
  newEventId: () => string = randomUUID,
): BookingAnnouncer {
  return {
    async confirmed(booking, { correlationId, occurredAt }) {
      const detail = envelope(BookingConfirmedEvent, booking, {
        eventId: newEventId(),
        occurredAt,
        correlationId,
      });
      const result = await client.send(
        new PutEventsCommand({
          Entries: [
            {
              EventBusName: busName,
              Time: occurredAt,
              Source: BookingConfirmedEvent.source,
              DetailType: BookingConfirmedEvent.name,
              Detail: JSON.stringify(detail),
            },
          ],
        }),
      );
      const failed = result.Entries?.find((e) => e.ErrorCode);
      if (result.FailedEntryCount || failed) {
        throw new EventNotPublishedError(
          `BookingConfirmed for ${booking.bookingId} was not published: ${failed?.ErrorCode ?? 'unknown'} ${failed?.ErrorMessage ?? ''}`.trim(),
        );
      }
    },
  };
}
