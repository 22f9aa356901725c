import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { BookingAnnouncer } from '#domain/bookings/booking-announcer';
import { BookingConfirmedEvent } from '#events/booking-confirmed';
import { envelope } from '#events/envelope';

/** Raised when EventBridge accepts the call but rejects the entry (PutEvents does not throw for that). */
export class EventNotPublishedError extends Error {
  override readonly name = 'EventNotPublishedError';
}

/** Publishes BookingConfirmed on the education bus. */
export function eventBridgeBookingAnnouncer(
  client: EventBridgeClient,
  busName: string,
  clock: { now(): Date; eventId(): string },
): BookingAnnouncer {
  return {
    async confirmed(booking, correlationId) {
      const detail = envelope(BookingConfirmedEvent, booking, {
        eventId: clock.eventId(),
        occurredAt: clock.now(),
        correlationId,
      });
      const result = await client.send(
        new PutEventsCommand({
          Entries: [
            {
              EventBusName: busName,
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
