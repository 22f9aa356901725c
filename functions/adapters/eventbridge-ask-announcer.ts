import { randomUUID } from 'node:crypto';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { AnnouncementContext, AskAnnouncer } from '#domain/calendar/ask-announcer';
import { recordOf } from '#domain/calendar/calendar-ask';
import { AskCancelledEvent, AskChangedEvent, AskClashFoundEvent } from '#events/ask-event-names';
import { type Announcement, eventBridgeEnvelopePublisher } from './eventbridge-envelope-publisher.ts';

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
  const put = eventBridgeEnvelopePublisher(client, busName, newEventId);
  const publish = (
    contract: Announcement['contract'],
    data: unknown,
    { correlationId, occurredAt }: AnnouncementContext,
    about: string,
  ) => put([{ contract, data, occurredAt, correlationId }], about);
  return {
    changed: (ask, context) => publish(AskChangedEvent, recordOf(ask), context, ask.askId),
    cancelled: (ask, context) => publish(AskCancelledEvent, recordOf(ask), context, ask.askId),
    clashFound: (notice, context) => publish(AskClashFoundEvent, notice, context, notice.clashId),
  };
}
