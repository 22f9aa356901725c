import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { parse } from '@aws-lambda-powertools/parser';
import middy from '@middy/core';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { recordAsk } from '#domain/calendar/ask-changes';
import { AskSubmittedEnvelopeSchema } from '#events/ask-submitted';
import { dynamoDbAskRepository } from '#functions/adapters/dynamodb-ask-writer';
import { eventBridgeAskAnnouncer } from '#functions/adapters/eventbridge-ask-announcer';
import { jsonString } from '#functions/commons/api-request';
import { askIdFor } from '#functions/commons/ask-id';
import { calendarRules, clashSettingsFrom } from '#functions/commons/calendar-settings';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { eventBridge } from '#functions/commons/clients/eventbridge';
import { firstReceiveTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { eventBridgeEvent } from '#functions/commons/eventbridge-event';
import { metrics } from '#functions/commons/metrics';
import { logger } from '#functions/commons/powertools';
import { loggingFailures } from '#functions/commons/record-failure';

const asks = dynamoDbAskRepository(documentClient, requiredEnv('CALENDAR_TABLE_NAME'));
const announcer = eventBridgeAskAnnouncer(eventBridge, requiredEnv('EVENT_BUS_NAME'));
const clashSettings = clashSettingsFrom(
  requiredEnv('CALENDAR_CLASH_POLICY'),
  requiredEnv('CALENDAR_CLASH_BUFFER_WORKING_DAYS'),
);

const processor = new BatchProcessor(EventType.SQS);
const AskSubmittedMessage = jsonString(eventBridgeEvent(AskSubmittedEnvelopeSchema), 'message body');

// Each record on its own: a bad ask fails alone (retried, then parked in the DLQ with its
// reason logged as field paths) and never holds back the rest of the batch. The ask's id comes
// from the event's id, so a redelivered event records the same ask once.
const recordHandler = async (record: SQSRecord) => {
  const { metadata, data } = parse(record.body, undefined, AskSubmittedMessage).detail;
  const outcome = await recordAsk(
    data,
    { askId: askIdFor(`event:${metadata.eventId}`), submissionId: metadata.eventId },
    {
      asks,
      announcer,
      rules: calendarRules,
      clashSettings,
      now: firstReceiveTime(record),
      correlationId: metadata.correlationId,
    },
  );
  logger.info('ask taken from the bus', {
    askId: outcome.ask?.askId,
    refused: outcome.refused,
    clashes: outcome.clashes.length,
    messageId: record.messageId,
  });
  metrics.addMetric(outcome.refused ? 'AsksRefused' : 'AsksRecorded', MetricUnit.Count, 1);
};

/** `askIntake` queue consumer: records each AskSubmitted from the bus, checked for clashes; reports failed records. */
export const handler = middy<SQSEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .handler(async (event, context) =>
    processPartialResponse(event, loggingFailures(recordHandler), processor, { context }),
  );
