import { randomUUID } from 'node:crypto';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { EHCP_CASE_EVENTS, type EhcpCaseEvent } from '#events/ehcp/case-event';
import { eventBridgeEnvelopePublisher } from './eventbridge-envelope-publisher.ts';

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
  const put = eventBridgeEnvelopePublisher(client, busName, newEventId);
  return (
    events: readonly EhcpCaseEvent[],
    meta: { readonly occurredAt: Date; readonly correlationId: string },
  ): Promise<void> =>
    put(
      events.map((event) => ({ contract: EHCP_CASE_EVENTS[event.type], data: event, ...meta })),
      `cases ${[...new Set(events.map((e) => e.caseRef))].join(', ')}`,
    );
}
