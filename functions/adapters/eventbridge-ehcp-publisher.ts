import { randomUUID } from 'node:crypto';
import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { EHCP_CASE_EVENTS, type EhcpCaseEvent } from '#events/ehcp/case-event';
import { EHCP_SOURCE } from '#events/ehcp/case-event-fields';
import { envelope } from '#events/envelope-builder';
import { EventNotPublishedError } from './event-not-published-error.ts';

/**
 * Publishes case events on the education bus (at most 10, one PutEvents call), each as its
 * event module names it (`source` ecc.education.ehcp, `detail-type` e.g. "EHCP request
 * received") in the `{ metadata, data }` envelope. Any entry EventBridge refuses fails the call.
 */
export function eventBridgeEhcpPublisher(
  client: EventBridgeClient,
  busName: string,
  newEventId: () => string = randomUUID,
) {
  return async (
    events: readonly EhcpCaseEvent[],
    meta: { readonly occurredAt: Date; readonly correlationId: string },
  ): Promise<void> => {
    const result = await client.send(
      new PutEventsCommand({
        Entries: events.map((event) => {
          const contract = EHCP_CASE_EVENTS[event.type];
          return {
            EventBusName: busName,
            Time: meta.occurredAt,
            Source: EHCP_SOURCE,
            DetailType: contract.name,
            Detail: JSON.stringify(
              envelope(contract, event, {
                eventId: newEventId(),
                occurredAt: meta.occurredAt,
                correlationId: meta.correlationId,
              }),
            ),
          };
        }),
      }),
    );
    const failed = result.Entries?.find((e) => e.ErrorCode);
    if (result.FailedEntryCount || failed)
      throw new EventNotPublishedError(
        `${result.FailedEntryCount ?? 1} of ${events.length} case events were not published: ${failed?.ErrorCode ?? 'unknown'}`,
      );
  };
}
