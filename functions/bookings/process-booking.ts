import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { parse } from '@aws-lambda-powertools/parser';
import middy from '@middy/core';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { type BookingSubmission, takeBooking } from '#domain/bookings/take-booking';
import { BookingSubmittedEnvelopeSchema } from '#events/booking-submitted';
import { dynamoDbBookingRepository } from '#functions/adapters/dynamodb-booking-repository';
import { dynamoDbEventPlaces } from '#functions/adapters/dynamodb-event-places';
import { dynamoDbSchoolBookings } from '#functions/adapters/dynamodb-school-bookings';
import { eventBridgeBookingAnnouncer } from '#functions/adapters/eventbridge-booking-announcer';
import { jsonString } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { eventBridge } from '#functions/commons/clients/eventbridge';
import { firstReceiveTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { metrics } from '#functions/commons/metrics';
import { carryForward, priceLists } from '#functions/commons/offer';
import { logger } from '#functions/commons/powertools';
import { loggingFailures } from '#functions/commons/record-failure';

const table = requiredEnv('EDUCATION_TABLE_NAME');
const bookings = dynamoDbBookingRepository(documentClient, table);
const schoolBookings = dynamoDbSchoolBookings(documentClient, table);
const places = dynamoDbEventPlaces(documentClient, table);
const announcer = eventBridgeBookingAnnouncer(eventBridge, requiredEnv('EVENT_BUS_NAME'));

const processor = new BatchProcessor(EventType.SQS);
const BookingSubmittedMessage = jsonString(BookingSubmittedEnvelopeSchema, 'message body');

// Each record is parsed on its own: one malformed message fails alone (retried, then parked
// in the DLQ) and never holds back the rest of the batch.
const recordHandler = async (record: SQSRecord) => {
  const { metadata, data } = parse(record.body, undefined, BookingSubmittedMessage);
  // BookingSubmitted 1.0.0 queued only school-improvement days, without a kind.
  const submission = { ...data, kind: data.kind ?? 'school-improvement' } as BookingSubmission;
  const booking = await takeBooking(
    submission,
    { correlationId: metadata.correlationId },
    { bookings, schoolBookings, places, announcer, priceLists, carryForward, now: firstReceiveTime(record) },
  );
  logger.info('booking taken', {
    bookingId: booking.bookingId,
    status: booking.status,
    messageId: record.messageId,
  });
  metrics.addMetric(
    `Bookings${booking.status[0]!.toUpperCase()}${booking.status.slice(1)}`,
    MetricUnit.Count,
    1,
  );
};

/** `bookings` queue consumer: prices, records (confirmed, waitlisted or rejected) and announces each booking. */
export const handler = middy<SQSEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .handler(async (event, context) =>
    processPartialResponse(event, loggingFailures(recordHandler), processor, { context }),
  );
