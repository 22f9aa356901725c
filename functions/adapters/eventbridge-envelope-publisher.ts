import { randomUUID } from 'node:crypto';
import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { envelope } from '#events/envelope-builder';
import { EventNotPublishedError } from './event-not-published-error.ts';

/** One event to put on the bus: its contract, its data, when it happened and the thread it is in. */
export interface Announcement {
  readonly contract: { readonly name: string; readonly source: string; readonly version: string };
  readonly data: unknown;
  readonly occurredAt: Date;
  readonly correlationId: string;
}

/**
 * Puts events on the bus in one PutEvents call (at most 10), each in the `{ metadata, data }`
 * envelope under its contract's source and name. An event's `time` is when it happened, not when
 * the call was made, so consumers share the producer's clock. Any entry EventBridge refuses fails
 * the call with an EventNotPublishedError naming `about`, so the caller retries rather than
 * announcing to no one.
 */
export function eventBridgeEnvelopePublisher(
  client: EventBridgeClient,
  busName: string,
  newEventId: () => string = randomUUID,
) {
  return async (announcements: readonly Announcement[], about: string): Promise<void> => {
    const result = await client.send(
      new PutEventsCommand({
        Entries: announcements.map(({ contract, data, occurredAt, correlationId }) => ({
          EventBusName: busName,
          Time: occurredAt,
          Source: contract.source,
          DetailType: contract.name,
          Detail: JSON.stringify(
            envelope(contract, data, { eventId: newEventId(), occurredAt, correlationId }),
          ),
        })),
      }),
    );
    const failed = result.Entries?.find((e) => e.ErrorCode);
    if (result.FailedEntryCount || failed) {
      const names = [...new Set(announcements.map((a) => a.contract.name))].join(', ');
      const count =
        announcements.length > 1 ? `${result.FailedEntryCount ?? 1} of ${announcements.length} ` : '';
      throw new EventNotPublishedError(
        `${count}${names} for ${about} was not published: ${failed?.ErrorCode ?? 'unknown'} ${failed?.ErrorMessage ?? ''}`.trim(),
      );
    }
  };
}
