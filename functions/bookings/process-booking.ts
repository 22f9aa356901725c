import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { parse } from '@aws-lambda-powertools/parser';
import middy from '@middy/core';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { confirmBooking } from '#domain/bookings/confirm-booking';
import { BookingSubmittedEnvelopeSchema } from '#events/booking-submitted';
import { dynamoDbBookingRecorder } from '#functions/adapters/dynamodb-booking-recorder';
import { eventBridgeBookingAnnouncer } from '#functions/adapters/eventbridge-booking-announcer';
import { jsonString } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { eventBridge } from '#functions/commons/clients/eventbridge';
import { firstReceiveTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { carryForward, priceLists } from '#functions/commons/offer';
import { logger, metrics } from '#functions/commons/powertools';
import { loggingFailures } from '#functions/commons/record-failure';

const bookings = dynamoDbBookingRecorder(documentClient, requiredEnv('EDUCATION_TABLE_NAME'));
const announcer = eventBridgeBookingAnnouncer(eventBridge, requiredEnv('EVENT_BUS_NAME'));

const processor = new BatchProcessor(EventType.SQS);
const BookingSubmittedMessage = jsonString(BookingSubmittedEnvelopeSchema, 'message body');

// Each record is parsed on its own: one malformed message fails alone (retried, then parked
// in the DLQ) and never holds back the rest of the batch.
const recordHandler = async (record: SQSRecord) => {
  const submitted = parse(record.body, undefined, BookingSubmittedMessage);
  const booking = await confirmBooking(submitted, {
    bookings,
    announcer,
    priceLists,
    carryForward,
    now: firstReceiveTime(record),
  });
  logger.info('booking confirmed', { bookingId: booking.bookingId, messageId: record.messageId });
  metrics.addMetric('BookingsConfirmed', MetricUnit.Count, 1);
};

/** `bookings` queue consumer: prices, records and announces each booking; reports failed records. */
export const handler = middy<SQSEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .handler(async (event, context) =>
    processPartialResponse(event, loggingFailures(recordHandler), processor, { context }),
  );
