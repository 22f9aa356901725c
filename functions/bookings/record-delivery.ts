import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { recordDelivery } from '#domain/bookings/record-delivery';
import type { IsoDate } from '#domain/shared/iso-date';
import { BookingIdSchema } from '#events/booking-id';
import { DeliveryRequestSchema } from '#events/booking-management-requests';
import { dynamoDbBookingRepository } from '#functions/adapters/dynamodb-booking-repository';
import { dynamoDbBookingUpdates } from '#functions/adapters/dynamodb-booking-updates';
import { dynamoDbSchoolBookings } from '#functions/adapters/dynamodb-school-bookings';
import { apiRequestWithPathAndBody } from '#functions/commons/api-request';
import { bookingErrorResponse } from '#functions/commons/booking-errors';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requestTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { jsonBodyGuard } from '#functions/commons/json-body-guard';
import { logger } from '#functions/commons/powertools';

const table = requiredEnv('EDUCATION_TABLE_NAME');
const bookings = {
  ...dynamoDbBookingRepository(documentClient, table),
  ...dynamoDbBookingUpdates(documentClient, table),
};
const schoolBookings = dynamoDbSchoolBookings(documentClient, table);

const DeliveryEventSchema = apiRequestWithPathAndBody({ bookingId: BookingIdSchema }, DeliveryRequestSchema);

type DeliveryEvent = ParsedResult<unknown, z.infer<typeof DeliveryEventSchema>>;

const deliver = async (event: DeliveryEvent) => {
  if (!event.success) {
    return validationError(bodyIssues((event.error.cause ?? []) as Parameters<typeof bodyIssues>[0]));
  }
  const { bookingId } = event.data.pathParameters;
  const { date, days, note } = event.data.body;
  try {
    const result = await recordDelivery(
      bookingId,
      { date: date as IsoDate, days, ...(note && { note }) },
      { bookings, schoolBookings, now: requestTime(event.data) },
    );
    logger.info('delivery recorded', {
      bookingId,
      recorded: result.recorded,
      remaining: result.balance.remaining,
    });
    const { revision: _internal, ...booking } = result.booking;
    return json(result.recorded ? 201 : 200, { booking, balance: result.balance });
  } catch (error) {
    const answer = bookingErrorResponse(error);
    if (answer) return answer;
    throw error;
  }
};

/** POST /bookings/{bookingId}/deliveries: records days delivered, drawing the school's balance down (never below zero). */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(jsonBodyGuard())
  .use(parser({ schema: DeliveryEventSchema, safeParse: true }))
  .handler(deliver);
