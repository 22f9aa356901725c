import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { BookingIdSchema } from '#events/booking-id';
import { dynamoDbBookingStatusLookup } from '#functions/adapters/dynamodb-booking-status-lookup';
import { apiRequestWithPath } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requiredEnv } from '#functions/commons/env';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { logger } from '#functions/commons/powertools';

const lookup = dynamoDbBookingStatusLookup(documentClient, requiredEnv('EDUCATION_TABLE_NAME'));

const GetBookingEventSchema = apiRequestWithPath({ bookingId: BookingIdSchema });

type GetBookingEvent = ParsedResult<unknown, z.infer<typeof GetBookingEventSchema>>;

const getBooking = async (event: GetBookingEvent) => {
  if (!event.success) {
    return validationError(bodyIssues((event.error.cause ?? []) as Parameters<typeof bodyIssues>[0]));
  }
  const { bookingId } = event.data.pathParameters;
  const found = await lookup.find(bookingId);
  switch (found.found) {
    case 'booking': {
      const { revision: _internal, ...booking } = found.booking;
      return json(200, booking);
    }
    case 'received':
      return json(
        202,
        { bookingId, status: 'received', receivedAt: found.receivedAt },
        { 'retry-after': '2' },
      );
    case 'nothing':
      return json(404, { error: 'NotFound', message: `no booking ${bookingId} has been received` });
  }
};

/** GET /bookings/{bookingId}: the recorded booking with its kind, price band, academic year and status; 202 while it is processed. */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(parser({ schema: GetBookingEventSchema, safeParse: true }))
  .handler(getBooking);
