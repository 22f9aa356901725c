import { setTimeout as sleep } from 'node:timers/promises';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { parse } from '@aws-lambda-powertools/parser';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import middy from '@middy/core';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { type DeliverPorts, deliverEdition } from '#domain/editions/deliver-edition';
import { EditionDeliveryDueEnvelopeSchema } from '#events/edition-delivery';
import { dynamoDbCommsReads } from '#functions/adapters/dynamodb-comms-reads';
import { dynamoDbDeliveryClaims } from '#functions/adapters/dynamodb-delivery-claims';
import { dynamoDbDeliveryRelease } from '#functions/adapters/dynamodb-delivery-release';
import { sesMailer } from '#functions/adapters/ses-mailer';
import { jsonString } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { firstReceiveTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { metrics } from '#functions/commons/metrics';
import { logger } from '#functions/commons/powertools';
import { loggingFailures } from '#functions/commons/record-failure';
import { schoolsCommunications, sendRatePerSecond } from './comms-settings.ts';
import { pauseBetweenSends } from './sending-pace.ts';

const reads = dynamoDbCommsReads(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const claims = dynamoDbDeliveryClaims(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const release = dynamoDbDeliveryRelease(documentClient, requiredEnv('COMMS_TABLE_NAME'));

// Its own SES client: a throttled send is retried after a backoff (the SDK's standard retries;
// throttling waits from 500 ms, doubling) up to 6 attempts before the record is failed back to
// the queue. Not 'adaptive' mode: the pacing below already keeps under the rate, and adaptive's
// client-side limiter, once throttled, slowed a whole edition's sending tenfold locally.
const pacedSes = new SESv2Client({
  retryMode: 'standard',
  maxAttempts: 6,
  requestHandler: { requestTimeout: 10_000, connectionTimeout: 3_000 },
});
const mailer = sesMailer(pacedSes, { configurationSetName: process.env.SES_CONFIGURATION_SET || undefined });
const pause = pauseBetweenSends(sendRatePerSecond());

// A locked edition never changes: read once per edition for the life of this instance.
const lockedEditions = new Map<string, ReturnType<typeof reads.locked>>();
const ports: DeliverPorts = {
  editions: {
    get: (edition) => {
      let locked = lockedEditions.get(edition);
      if (!locked) {
        locked = reads.locked(edition);
        lockedEditions.set(edition, locked);
        // A miss (not locked yet) or a failed read is not remembered.
        const forget = () => lockedEditions.delete(edition);
        void locked.then((found) => found ?? forget(), forget);
      }
      return locked;
    },
  },
  deliveries: { ...claims, ...release },
  suppressions: { isSuppressed: reads.isSuppressed },
  mailer,
};
const settings = {
  schoolsCommunications: schoolsCommunications(),
  from: requiredEnv('MAIL_FROM'),
  // A claim outlives this function's timeout (60 s): a live sender's claim is never taken over.
  leaseMs: 2 * 60_000,
};

const DeliveryMessage = jsonString(EditionDeliveryDueEnvelopeSchema, 'message body');
const processor = new BatchProcessor(EventType.SQS);

const recordHandler = async (record: SQSRecord) => {
  const { data: delivery } = parse(record.body, undefined, DeliveryMessage);
  const result = await deliverEdition(ports, settings, delivery, firstReceiveTime(record));
  logger.info('edition delivery', {
    edition: delivery.edition,
    urn: delivery.school.urn,
    outcome: result.outcome,
    sesMessageId: result.messageId,
  });
  metrics.addMetric(`EditionDeliveries_${result.outcome}`, MetricUnit.Count, 1);
  if (result.outcome === 'sent') await sleep(pause);
};

/**
 * `editionDeliveries` queue consumer: sends each person's edition once, one at a time, paced
 * under the SES sending rate; a failed or throttled send is given back to the queue.
 */
export const handler = middy<SQSEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .handler(async (event, context) =>
    processPartialResponse(event, loggingFailures(recordHandler), processor, {
      context,
      processInParallel: false,
    }),
  );
