import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import * as z from 'zod';
import type { BookingOf } from '#domain/bookings/booking';
import { daysBalance } from '#domain/bookings/days-balance';
import { academicYearOf, formatAcademicYear, parseAcademicYear } from '#domain/shared/academic-year';
import { londonDateOf } from '#domain/shared/london-time';
import { AcademicYearTextSchema } from '#events/academic-year-text';
import { dynamoDbSchoolBookings } from '#functions/adapters/dynamodb-school-bookings';
import { apiRequestWithPathAndQuery } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requestTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { logger } from '#functions/commons/powertools';

const schoolBookings = dynamoDbSchoolBookings(documentClient, requiredEnv('EDUCATION_TABLE_NAME'));

const ListEventSchema = apiRequestWithPathAndQuery(
  { urn: z.string().regex(/^\d{6}$/, 'urn must be the 6-digit DfE unique reference number') },
  { year: AcademicYearTextSchema.optional() },
);

type ListEvent = ParsedResult<unknown, z.infer<typeof ListEventSchema>>;

const listSchoolBookings = async (event: ListEvent) => {
  if (!event.success) {
    return validationError(bodyIssues((event.error.cause ?? []) as Parameters<typeof bodyIssues>[0]));
  }
  const { urn } = event.data.pathParameters;
  const asked = event.data.queryStringParameters.year;
  const year = asked
    ? parseAcademicYear(asked, 'year')
    : academicYearOf(londonDateOf(requestTime(event.data)));
  const text = formatAcademicYear(year);
  const bookings = (await schoolBookings.ofSchool(urn, text)).sort((a, b) =>
    a.receivedAt.localeCompare(b.receivedAt),
  );
  const days = bookings.filter((b): b is BookingOf<'school-improvement'> => b.kind === 'school-improvement');
  return json(200, {
    urn,
    academicYear: text,
    bookings: bookings.map(({ revision: _internal, ...booking }) => booking),
    balance: daysBalance(year, days),
  });
};

/** GET /schools/{urn}/bookings?year=2026/27: a school's bookings in an academic year (default: the current one) and its days balance. */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(parser({ schema: ListEventSchema, safeParse: true }))
  .handler(listSchoolBookings);
