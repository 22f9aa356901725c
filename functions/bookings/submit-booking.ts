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
import { CannotBookError } from '#domain/bookings/cannot-book-error';
import { checkBookable } from '#domain/bookings/check-bookable';
import { confirmationRecipients } from '#domain/bookings/confirmation-recipients';
import type { PricingRequest } from '#domain/bookings/price-booking';
import { NoPriceListError } from '#domain/bookings/price-list-in-force';
import { priceBandOf } from '#domain/schools/price-band';
import { isOpen } from '#domain/schools/school';
import type { DirectoryEntry } from '#domain/schools/school-directory';
import { londonDateOf } from '#domain/shared/london-time';
import { BookingSubmittedEvent } from '#events/booking-event-names';
import { type BookingRequest, BookingRequestSchema } from '#events/booking-request';
import type { BookingSubmitted } from '#events/booking-submitted';
import { envelope } from '#events/envelope-builder';
import { dynamoDbBookingReceipts } from '#functions/adapters/dynamodb-booking-receipts';
import { dynamoDbSchoolLookup } from '#functions/adapters/dynamodb-school-lookup';
import { sqsBookingIntake } from '#functions/adapters/sqs-booking-intake';
import { apiRequestWithBody } from '#functions/commons/api-request';
import { newBookingId } from '#functions/commons/booking-id';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { sqs } from '#functions/commons/clients/sqs';
import { requestTime } from '#functions/commons/clock';
import { correlationIdOf } from '#functions/commons/correlation-id';
import { requiredEnv } from '#functions/commons/env';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { idempotencyStore } from '#functions/commons/idempotency';
import { jsonBodyGuard } from '#functions/commons/json-body-guard';
import { carryForward, priceLists } from '#functions/commons/offer';
import { logger } from '#functions/commons/powertools';

const intake = sqsBookingIntake(sqs, requiredEnv('BOOKINGS_QUEUE_URL'));
const directory = dynamoDbSchoolLookup(documentClient, requiredEnv('DIRECTORY_TABLE_NAME'));
const receipts = dynamoDbBookingReceipts(documentClient, requiredEnv('EDUCATION_TABLE_NAME'));
const teamMailbox = requiredEnv('WORKFORCE_DEVELOPMENT_MAILBOX');

/** The fields a price list names by code: an unknown code there is bad input (400), not a refusal. */
const CODE_FIELDS = new Set(['programme', 'session', 'course', 'event']);

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
    entry: DirectoryEntry,
  ): Promise<{ bookingId: string }> => {
    const bookingId = newBookingId();
    const school = { urn: entry.school.urn, name: entry.school.name, priceBand: priceBandOf(entry.school) };
    const confirmation = confirmationRecipients(request.booker.email, entry.contacts, teamMailbox);
    await intake.enqueue(
      envelope(
        BookingSubmittedEvent,
        {
          ...request,
          kind: request.kind ?? 'school-improvement',
          school,
          confirmation: { ...confirmation, to: [...confirmation.to] },
          bookingId,
          receivedAt: receivedAt.toISOString(),
        } as unknown as BookingSubmitted['data'],
        { eventId: randomUUID(), occurredAt: receivedAt, correlationId },
      ),
    );
    // GET /bookings/{bookingId} answers 202 from this until the booking is recorded.
    await receipts.noteReceived(bookingId, receivedAt);
    return { bookingId };
  },
  {
    persistenceStore: idempotencyStore(),
    config: idempotency,
    keyPrefix: 'submit-booking',
    dataIndexArgument: 0,
  },
);

/**
 * The answer to a booking no price list can take, before anything is stored: 422 when no list
 * is in force on the London date it arrived, or the list does not offer it (to the school's
 * band, or any more); 400 naming the field for a code the list does not have.
 */
const refusalOf = (request: BookingRequest, entry: DirectoryEntry, receivedAt: Date) => {
  const order = { ...request, kind: request.kind ?? 'school-improvement' } as PricingRequest & {
    academicYear?: string;
  };
  try {
    checkBookable(order, priceBandOf(entry.school), priceLists, londonDateOf(receivedAt), carryForward);
    return undefined;
  } catch (error) {
    if (error instanceof NoPriceListError)
      return json(422, { error: 'Unprocessable', message: error.message });
    if (error instanceof CannotBookError) {
      if (error.code === 'not-in-price-list' && CODE_FIELDS.has(error.field)) {
        return validationError([{ path: error.field, message: error.message }]);
      }
      return json(422, { error: 'Unprocessable', message: error.message, field: error.field });
    }
    throw error;
  }
};

type SubmitBookingEvent = ParsedResult<unknown, z.infer<typeof SubmitBookingEventSchema>>;

const submitBooking = async (event: SubmitBookingEvent, context: Context) => {
  if (!event.success) {
    const issues = (event.error.cause ?? []) as Parameters<typeof bodyIssues>[0];
    logger.info('booking rejected', { issues: issues.length });
    return validationError(bodyIssues(issues));
  }
  const request = event.data.body;
  // The school is the directory's, not the form's: an unknown or closed URN books nothing.
  const entry = await directory.get(request.school.urn);
  if (!entry || !isOpen(entry.school)) {
    return validationError([
      {
        path: 'school.urn',
        message: entry
          ? `school URN ${request.school.urn} is ${entry.school.name}, which is closed`
          : `school URN ${request.school.urn} is not in the schools directory`,
      },
    ]);
  }
  const receivedAt = requestTime(event.data);
  const refusal = refusalOf(request, entry, receivedAt);
  if (refusal) return refusal;
  const correlationId = correlationIdOf(event.data.headers, event.data.requestContext.requestId);
  idempotency.registerLambdaContext(context);
  try {
    const { bookingId } = await acceptOnce(request, correlationId, receivedAt, entry);
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

/**
 * POST /bookings: validates the booking form of any kind, takes the school from the directory
 * (400 for an unknown or closed URN), checks a price list takes it (422 otherwise) and queues it
 * (202), naming every bad field (400).
 */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(jsonBodyGuard())
  .use(parser({ schema: SubmitBookingEventSchema, safeParse: true }))
  .handler(submitBooking);
