import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { acceptPlaceOffer } from '#domain/bookings/place-offer-answers';
import { BookingIdSchema } from '#events/booking-id';
import { apiRequestWithPath } from '#functions/commons/api-request';
import { bookingErrorResponse } from '#functions/commons/booking-errors';
import { bookingWorkflowPorts } from '#functions/commons/booking-workflow';
import { requestTime } from '#functions/commons/clock';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { logger } from '#functions/commons/powertools';

const ports = bookingWorkflowPorts();

const AcceptEventSchema = apiRequestWithPath({ bookingId: BookingIdSchema });

type AcceptEvent = ParsedResult<unknown, z.infer<typeof AcceptEventSchema>>;

const accept = async (event: AcceptEvent) => {
  if (!event.success) {
    return validationError(bodyIssues((event.error.cause ?? []) as Parameters<typeof bodyIssues>[0]));
  }
  const { bookingId } = event.data.pathParameters;
  try {
    const accepted = await acceptPlaceOffer(bookingId, { ...ports, now: requestTime(event.data) });
    logger.info('place offer accepted', { bookingId });
    const { revision: _internal, ...booking } = accepted;
    return json(200, booking);
  } catch (error) {
    const answer = bookingErrorResponse(error);
    if (answer) return answer;
    throw error;
  }
};

/** POST /bookings/{bookingId}/accept: records that the school accepted the place offered from the waitlist, before its deadline. */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(parser({ schema: AcceptEventSchema, safeParse: true }))
  .handler(accept);
