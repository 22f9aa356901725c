import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { cancelBooking } from '#domain/bookings/cancel-booking';
import { BookingIdSchema } from '#events/booking-id';
import { CancellationRequestSchema } from '#events/booking-management-requests';
import { apiRequestWithPathAndBody } from '#functions/commons/api-request';
import { bookingErrorResponse } from '#functions/commons/booking-errors';
import { bookingWorkflowPorts } from '#functions/commons/booking-workflow';
import { requestTime } from '#functions/commons/clock';
import { correlationIdOf } from '#functions/commons/correlation-id';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { jsonBodyGuard } from '#functions/commons/json-body-guard';
import { logger } from '#functions/commons/powertools';

const ports = bookingWorkflowPorts();

const CancelEventSchema = apiRequestWithPathAndBody(
  { bookingId: BookingIdSchema },
  CancellationRequestSchema,
);

type CancelEvent = ParsedResult<unknown, z.infer<typeof CancelEventSchema>>;

const cancel = async (event: CancelEvent) => {
  if (!event.success) {
    return validationError(bodyIssues((event.error.cause ?? []) as Parameters<typeof bodyIssues>[0]));
  }
  const { bookingId } = event.data.pathParameters;
  const correlationId = correlationIdOf(event.data.headers, event.data.requestContext.requestId);
  try {
    const cancelled = await cancelBooking(
      bookingId,
      { reason: event.data.body.reason, by: 'team' },
      { correlationId },
      { ...ports, now: requestTime(event.data) },
    );
    logger.info('booking cancelled', {
      bookingId,
      chargePercent: cancelled.cancellation?.charge.chargePercent,
    });
    const { revision: _internal, ...booking } = cancelled;
    return json(200, booking);
  } catch (error) {
    const answer = bookingErrorResponse(error);
    if (answer) return answer;
    throw error;
  }
};

/**
 * POST /bookings/{bookingId}/cancel: cancels a booking for the school (the team records it),
 * charged by notice period; a freed event place goes to the first on the waitlist.
 */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(jsonBodyGuard())
  .use(parser({ schema: CancelEventSchema, safeParse: true }))
  .handler(cancel);
