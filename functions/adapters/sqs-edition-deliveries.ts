import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DeliveryQueue } from '#domain/editions/deliveries';
import { EditionDeliveryDueEvent } from '#events/edition-event-names';
import { envelope } from '#events/envelope-builder';
import { toMessageBody } from '#events/message-body';

/** SQS takes at most 10 messages per SendMessageBatch. */
const BATCH = 10;
const MAX_ATTEMPTS = 5;

/**
 * Queues deliveries on the `editionDeliveries` queue, ten to a batch, resending any entry SQS
 * reports failed (a batch can partly fail) until every one is accepted or attempts run out.
 * Each message is an EditionDeliveryDue envelope; `newId` and `at` come from the caller.
 */
export function sqsEditionDeliveries(
  client: SQSClient,
  queueUrl: string,
  meta: { readonly newId: () => string; readonly at: Date; readonly correlationId: string },
): DeliveryQueue {
  return {
    async enqueue(deliveries) {
      for (let i = 0; i < deliveries.length; i += BATCH) {
        let entries = deliveries.slice(i, i + BATCH).map((delivery, n) => ({
          Id: String(n),
          MessageBody: toMessageBody(
            envelope(EditionDeliveryDueEvent, delivery, {
              eventId: meta.newId(),
              occurredAt: meta.at,
              correlationId: meta.correlationId,
            }),
          ),
        }));
        for (let attempt = 1; entries.length > 0; attempt++) {
          if (attempt > MAX_ATTEMPTS)
            throw new Error(`SQS refused ${entries.length} deliveries ${MAX_ATTEMPTS} times`);
          const { Failed } = await client.send(
            new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }),
          );
          const failed = new Set((Failed ?? []).map((f) => f.Id));
          entries = entries.filter((e) => failed.has(e.Id));
        }
      }
    },
  };
}
