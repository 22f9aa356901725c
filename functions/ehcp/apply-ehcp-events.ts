import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { applyCaseEvent } from '#domain/ehcp/apply-case-event';
import { compareCaseEvents } from '#domain/ehcp/case-timeline';
import { ImpossibleCaseEventError } from '#domain/ehcp/impossible-case-event-error';
import { londonDateOf } from '#domain/shared/london-time';
import { CASE_EVENT_TYPES, type EhcpCaseEvent, EhcpCaseEventEnvelopeSchema } from '#events/ehcp/case-event';
import { dynamoDbEhcpCaseReader } from '#functions/adapters/dynamodb-ehcp-case-reader';
import { dynamoDbEhcpCaseWriter } from '#functions/adapters/dynamodb-ehcp-case-writer';
import { dynamoDbEhcpParking, type ParkedEvent } from '#functions/adapters/dynamodb-ehcp-parking';
import { jsonString } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { firstReceiveTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { eventBridgeEvent } from '#functions/commons/eventbridge-event';
import { metrics } from '#functions/commons/metrics';
import { logger } from '#functions/commons/powertools';
import { loggingFailures } from '#functions/commons/record-failure';

const table = requiredEnv('EHCP_TABLE_NAME');
const load = dynamoDbEhcpCaseReader(documentClient, table);
const save = dynamoDbEhcpCaseWriter(documentClient, table);
const park = dynamoDbEhcpParking(documentClient, table);

const processor = new BatchProcessor(EventType.SQS);
const CaseEventMessage = jsonString(eventBridgeEvent(EhcpCaseEventEnvelopeSchema), 'message body');

/**
 * How many times an event that needs an earlier one its case does not have yet (a decision before
 * its request has arrived) is received before it is parked: it is retried after the queue's
 * visibility timeout, giving the earlier event time to arrive.
 */
const RECEIVES_AWAITING_EARLIER_EVENTS = 3;

/** The event waits for an earlier one of its case: the record is retried later. */
class AwaitingEarlierEventError extends Error {
  override readonly name = 'AwaitingEarlierEventError';
}

/**
 * A batch's records in the order their events apply: by case, then by date and the order a case
 * meets them, so that a request and its decision delivered together are applied in that order.
 * Records that cannot be read as case events go last (they are parked).
 */
const inApplyingOrder = (records: readonly SQSRecord[]) => {
  const keyed = records.map((record) => {
    try {
      const data = (JSON.parse(record.body) as { detail?: { data?: Partial<EhcpCaseEvent> } }).detail?.data;
      const readable =
        typeof data?.caseRef === 'string' &&
        typeof data.date === 'string' &&
        typeof data.eventId === 'string' &&
        CASE_EVENT_TYPES.includes(data.type as EhcpCaseEvent['type']);
      return { record, event: readable ? (data as EhcpCaseEvent) : undefined };
    } catch {
      return { record, event: undefined };
    }
  });
  return keyed
    .sort((a, b) =>
      !a.event || !b.event
        ? Number(!a.event) - Number(!b.event)
        : a.event.caseRef < b.event.caseRef
          ? -1
          : a.event.caseRef > b.event.caseRef
            ? 1
            : compareCaseEvents(a.event, b.event),
    )
    .map(({ record }) => record);
};

/** `detail.data.date` → `date`: a field of the case event, as the API would name it. */
const fieldOf = (path: readonly PropertyKey[]) => {
  const keys = path.map(String);
  const within = keys[0] === 'detail' && keys[1] === 'data' ? keys.slice(2) : keys;
  return within.length > 0 ? within.join('.') : '(event)';
};

/**
 * Applies one case event to its case. What can never be applied is parked with its reason and
 * the record succeeds: a malformed event (not JSON, an unknown type, a date that does not exist,
 * a missing field) or an impossible one (a decision before the request...) fails the same way on
 * every retry, so retrying it would only hold it in the queue and then the DLQ without a reason.
 * One kind is retried a little: an event needing an earlier one its case does not have yet may
 * have overtaken it, so it is received up to 3 times (a visibility timeout apart) before it is
 * parked. Anything else (DynamoDB unavailable, the case changing under us) throws: the record is
 * retried, then parked in the DLQ by SQS.
 */
const recordHandler = async (record: SQSRecord) => {
  const receivedAt = firstReceiveTime(record);
  const parking = (parked: Omit<ParkedEvent, 'messageId' | 'receivedAt' | 'body'>) =>
    park({ messageId: record.messageId, receivedAt: receivedAt.toISOString(), body: record.body, ...parked });

  const parsed = CaseEventMessage.safeParse(record.body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: fieldOf(i.path), message: i.message }));
    await parking({ reason: 'malformed', issues });
    logger.warn('case event parked: malformed', {
      messageId: record.messageId,
      fields: issues.map((i) => i.path),
    });
    metrics.addMetric('EhcpEventsParked', MetricUnit.Count, 1);
    return;
  }
  const event = parsed.data.detail.data;
  try {
    const { outcome } = await applyCaseEvent(event, { load, save, today: londonDateOf(receivedAt) });
    logger.info('case event applied', { eventId: event.eventId, type: event.type, outcome });
    metrics.addMetric('EhcpEventsApplied', MetricUnit.Count, 1);
  } catch (error) {
    if (!(error instanceof ImpossibleCaseEventError)) throw error;
    const receives = Number(record.attributes.ApproximateReceiveCount);
    if (error.issues.every((issue) => issue.awaiting) && receives < RECEIVES_AWAITING_EARLIER_EVENTS) {
      logger.info('case event waits for an earlier event', { eventId: event.eventId, receives });
      throw new AwaitingEarlierEventError(`event ${event.eventId} waits for an earlier event of its case`);
    }
    const issues = error.issues.map(({ eventId, path, message }) => ({
      path: eventId === event.eventId ? path : `(recorded event ${eventId}) ${path}`,
      message,
    }));
    await parking({ reason: 'impossible', issues, caseRef: event.caseRef });
    logger.warn('case event parked: impossible', {
      messageId: record.messageId,
      eventId: event.eventId,
      fields: issues.map((i) => i.path),
    });
    metrics.addMetric('EhcpEventsParked', MetricUnit.Count, 1);
  }
};

/** `ehcpEvents` queue consumer: applies each case event to its case, parks what cannot be applied. */
export const handler = middy<SQSEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .handler(async (event, context) =>
    // One record at a time, in applying order: events of one case never race each other.
    processPartialResponse(
      { ...event, Records: inApplyingOrder(event.Records) },
      loggingFailures(recordHandler),
      processor,
      {
        context,
        processInParallel: false,
      },
    ),
  );
