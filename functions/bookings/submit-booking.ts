import { randomUUID } from 'node:crypto';
import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyValidationError,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import type * as z from 'zod';
import { type BookingRequest, BookingRequestSchema } from '#events/booking-request';
import { BookingSubmittedEvent } from '#events/booking-submitted';
import { envelope } from '#events/envelope';
import { sqsBookingIntake } from '#functions/adapters/sqs-booking-intake';
import { apiRequestWithBody } from '#functions/commons/api-request';
import { newBookingId } from '#functions/commons/booking-id';
import { sqs } from '#functions/commons/clients/sqs';
import { requestTime } from '#functions/commons/clock';
import { correlationIdOf } from '#functions/commons/correlation-id';
import { requiredEnv } from '#functions/commons/env';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { idempotencyStore } from '#functions/commons/idempotency';
import { jsonBodyGuard } from '#functions/commons/json-body-guard';
import { logger } from '#functions/commons/powertools';

const intake = sqsBookingIntake(sqs, requiredEnv('BOOKINGS_QUEUE_URL'));

const SubmitBookingEventSchema = apiRequestWithBody(BookingRequestSchema);

// A form re-sent with the same submissionId within 30 days gets the first answer back;
// the same id with different answers is a conflict, not a silent overwrite.
const idempotency = new IdempotencyConfig({
  eventKeyJmesPath: 'submissionId',
  payloadValidationJmesPath: '@',
  expiresAfterSeconds: 30 * 24 * 60 * 60,
});

/** Accepts a booking once per submissionId: gives it a reference and queues it. */
const acceptOnce = makeIdempotent(
  async (
    request: BookingRequest,
    correlationId: string,
    receivedAt: Date,
  ): Promise<{ bookingId: string }> => {
    const bookingId = newBookingId();
    await intake.enqueue(
      envelope(
        BookingSubmittedEvent,
        { ...request, bookingId, receivedAt: receivedAt.toISOString() },
        { eventId: randomUUID(), occurredAt: receivedAt, correlationId },
      ),
    );
    return { bookingId };
  },
  {
    persistenceStore: idempotencyStore(),
    config: idempotency,
    keyPrefix: 'submit-booking',
    dataIndexArgument: 0,
  },
);

type SubmitBookingEvent = ParsedResult<unknown, z.infer<typeof SubmitBookingEventSchema>>;

const submitBooking = async (event: SubmitBookingEvent, context: Context) => {
  if (!event.success) {
    const issues = (event.error.cause ?? []) as Parameters<typeof bodyIssues>[0];
    logger.info('booking rejected', { issues: issues.length });
    return validationError(bodyIssues(issues));
  }
  const request = event.data.body;
  const correlationId = correlationIdOf(event.data.headers, event.data.requestContext.requestId);
  idempotency.registerLambdaContext(context);
  try {
    const { bookingId } = await acceptOnce(request, correlationId, requestTime(event.data));
    logger.info('booking accepted', { bookingId, correlationId });
    return json(202, { bookingId, status: 'received' }, { location: `/bookings/${bookingId}` });
  } catch (error) {
    if (error instanceof IdempotencyValidationError) {
      return json(409, {
        error: 'Conflict',
        message: 'this submissionId was already used for a booking with different answers',
      });
    }
    if (error instanceof IdempotencyAlreadyInProgressError) {
      return json(
        409,
        { error: 'Conflict', message: 'this submission is already being accepted; retry in a few seconds' },
        { 'retry-after': '2' },
      );
    }
    throw error;
  }
};

/** POST /bookings: validates the booking form and queues it (202), naming every bad field (400). */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(jsonBodyGuard())
  .use(parser({ schema: SubmitBookingEventSchema, safeParse: true }))
  .handler(submitBooking);
