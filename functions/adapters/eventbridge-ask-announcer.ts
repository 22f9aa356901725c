import { randomUUID } from 'node:crypto';
import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { AnnouncementContext, AskAnnouncer } from '#domain/calendar/ask-announcer';
import { recordOf } from '#domain/calendar/calendar-ask';
import { AskCancelledEvent, AskChangedEvent, AskClashFoundEvent } from '#events/ask-event-names';
import { envelope } from '#events/envelope-builder';
import { EventNotPublishedError } from './event-not-published-error.ts';

/**
 * Publishes AskChanged, AskCancelled and AskClashFound on the education bus. Each event's `time`
 * is when the change happened (from the triggering request or event), so consumers share the
 * producer's clock. A rejected entry is an error (PutEvents does not throw for it), so the
 * change is retried rather than announced to no one.
 */
export function eventBridgeAskAnnouncer(
  client: EventBridgeClient,
  busName: string,
  newEventId: () => string = randomUUID,
): AskAnnouncer {
  const publish = async (
    contract: { name: string; source: string; version: string },
    data: unknown,
    { correlationId, occurredAt }: AnnouncementContext,
    about: string,
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
    if (result.FailedEntryCount || failed)
      throw new EventNotPublishedError(
        `${contract.name} for ${about} was not published: ${failed?.ErrorCode ?? 'unknown'} ${failed?.ErrorMessage ?? ''}`.trim(),
      );
  };
  return {
    changed: (ask, context) => publish(AskChangedEvent, recordOf(ask), context, ask.askId),
    cancelled: (ask, context) => publish(AskCancelledEvent, recordOf(ask), context, ask.askId),
    clashFound: (notice, context) => publish(AskClashFoundEvent, notice, context, notice.clashId),
  };
}
