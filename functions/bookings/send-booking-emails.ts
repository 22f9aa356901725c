import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { parse } from '@aws-lambda-powertools/parser';
import middy from '@middy/core';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import type { Booking } from '#domain/bookings/booking';
import { type BookingNews, bookingEmails, type OnceEmail } from '#domain/bookings/booking-emails';
import { BookingCancelledEvent } from '#events/booking-cancelled';
import { BookingConfirmedEvent } from '#events/booking-confirmed';
import { BookingWaitlistedEvent } from '#events/booking-waitlisted';
import { PlaceOfferedEvent } from '#events/place-offered';
import { dynamoDbSchoolBookings } from '#functions/adapters/dynamodb-school-bookings';
import { sesMailer } from '#functions/adapters/ses-mailer';
import { jsonString } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { ses } from '#functions/commons/clients/ses';
import { requiredEnv } from '#functions/commons/env';
import { eventBridgeEvent } from '#functions/commons/eventbridge-event';
import { idempotencyStore } from '#functions/commons/idempotency';
import { metrics } from '#functions/commons/metrics';
import { priceLists } from '#functions/commons/offer';
import { logger } from '#functions/commons/powertools';
import { loggingFailures } from '#functions/commons/record-failure';

const mailFrom = requiredEnv('MAIL_FROM');
const teamMailbox = requiredEnv('WORKFORCE_DEVELOPMENT_MAILBOX');
const mailer = sesMailer(ses, { configurationSetName: process.env.SES_CONFIGURATION_SET || undefined });
const schoolBookings = dynamoDbSchoolBookings(documentClient, requiredEnv('EDUCATION_TABLE_NAME'));

/** Every booking event this consumer reads, told apart by its detail-type. */
const BookingEventMessage = jsonString(
  z.discriminatedUnion('detail-type', [
    eventBridgeEvent(BookingConfirmedEvent.schema).extend({ 'detail-type': z.literal('BookingConfirmed') }),
    eventBridgeEvent(BookingWaitlistedEvent.schema).extend({ 'detail-type': z.literal('BookingWaitlisted') }),
    eventBridgeEvent(PlaceOfferedEvent.schema).extend({ 'detail-type': z.literal('PlaceOffered') }),
    eventBridgeEvent(BookingCancelledEvent.schema).extend({ 'detail-type': z.literal('BookingCancelled') }),
  ]),
  'message body',
);

// The schemas check the records; the domain types narrow dates to YYYY-MM-DD.
const newsOf = (message: z.infer<typeof BookingEventMessage>): BookingNews => {
  switch (message['detail-type']) {
    case 'BookingConfirmed':
      return { kind: 'confirmed', booking: message.detail.data as Booking };
    case 'BookingWaitlisted':
      return {
        kind: 'waitlisted',
        booking: message.detail.data.booking as Booking,
        position: message.detail.data.position,
      };
    case 'PlaceOffered':
      return { kind: 'place-offered', booking: message.detail.data.booking as Booking };
    case 'BookingCancelled':
      return {
        kind: 'cancelled',
        booking: message.detail.data.booking as Booking,
        returnedDays: message.detail.data.returnedDays,
      };
  }
};

const processor = new BatchProcessor(EventType.SQS);

const sendOnceConfig = new IdempotencyConfig({
  eventKeyJmesPath: 'key',
  expiresAfterSeconds: 30 * 24 * 60 * 60,
});

// Each email once, by its key, however often its event is delivered or re-published.
const sendOnce = makeIdempotent(async (email: OnceEmail) => mailer.send(email.message, mailFrom), {
  persistenceStore: idempotencyStore(),
  config: sendOnceConfig,
  keyPrefix: 'booking-email',
});

const recordHandler = async (record: SQSRecord) => {
  const news = newsOf(parse(record.body, undefined, BookingEventMessage));
  const { booking } = news;
  const ofSchool =
    booking.kind === 'school-improvement'
      ? await schoolBookings.ofSchool(booking.school.urn, booking.academicYear)
      : [];
  for (const email of bookingEmails(news, { priceLists, teamMailbox, schoolBookings: ofSchool })) {
    const { messageId } = await sendOnce(email);
    logger.info('booking email sent', {
      bookingId: booking.bookingId,
      email: email.key.split('#')[0],
      sesMessageId: messageId,
    });
    metrics.addMetric('BookingEmailsSent', MetricUnit.Count, 1);
  }
};

/** `email` queue consumer: sends each booking's emails (confirmation, waitlisted, place offered, cancellation, team notification) once. */
export const handler = middy<SQSEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .handler(async (event, context) => {
    // makeIdempotent outside the handler needs the context to know the remaining time.
    sendOnceConfig.registerLambdaContext(context);
    return processPartialResponse(event, loggingFailures(recordHandler), processor, { context });
  });
