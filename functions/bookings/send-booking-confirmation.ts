import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { parse } from '@aws-lambda-powertools/parser';
import middy from '@middy/core';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import type { Booking } from '#domain/bookings/booking';
import { bookingConfirmationEmail } from '#domain/bookings/booking-confirmation-email';
import { priceListOfBooking } from '#domain/bookings/booking-description';
import { BookingConfirmedEnvelopeSchema } from '#events/booking-confirmed';
import { sesMailer } from '#functions/adapters/ses-mailer';
import { jsonString } from '#functions/commons/api-request';
import { ses } from '#functions/commons/clients/ses';
import { requiredEnv } from '#functions/commons/env';
import { eventBridgeEvent } from '#functions/commons/eventbridge-event';
import { idempotencyStore } from '#functions/commons/idempotency';
import { priceLists } from '#functions/commons/offer';
import { logger, metrics } from '#functions/commons/powertools';
import { loggingFailures } from '#functions/commons/record-failure';

const mailFrom = requiredEnv('MAIL_FROM');
const mailer = sesMailer(ses, { configurationSetName: process.env.SES_CONFIGURATION_SET || undefined });

const BookingConfirmedMessage = jsonString(eventBridgeEvent(BookingConfirmedEnvelopeSchema), 'message body');

const processor = new BatchProcessor(EventType.SQS);

const sendOnceConfig = new IdempotencyConfig({
  eventKeyJmesPath: 'bookingId',
  expiresAfterSeconds: 7 * 24 * 60 * 60,
});

// One confirmation per booking, however often BookingConfirmed is delivered or re-published.
const sendOnce = makeIdempotent(
  async (booking: Booking) =>
    mailer.send(
      bookingConfirmationEmail(booking, { list: priceListOfBooking(booking, priceLists) }),
      mailFrom,
    ),
  {
    persistenceStore: idempotencyStore(),
    config: sendOnceConfig,
    keyPrefix: 'booking-confirmation-email',
  },
);

const recordHandler = async (record: SQSRecord) => {
  const booking = parse(record.body, undefined, BookingConfirmedMessage).detail.data;
  const { messageId } = await sendOnce(booking);
  logger.info('booking confirmation sent', { bookingId: booking.bookingId, sesMessageId: messageId });
  metrics.addMetric('BookingConfirmationsSent', MetricUnit.Count, 1);
};

/** `email` queue consumer: sends each booking confirmation once; reports failed records. */
export const handler = middy<SQSEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .handler(async (event, context) => {
    // makeIdempotent outside the handler needs the context to know the remaining time.
    sendOnceConfig.registerLambdaContext(context);
    return processPartialResponse(event, loggingFailures(recordHandler), processor, { context });
  });
