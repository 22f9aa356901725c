import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { priceBandOf } from '#domain/schools/price-band';
import { SchoolUrnSchema } from '#events/school-urn';
import { dynamoDbSchoolLookup } from '#functions/adapters/dynamodb-school-lookup';
import { apiRequestWithPath } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requiredEnv } from '#functions/commons/env';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { logger } from '#functions/commons/powertools';

const directory = dynamoDbSchoolLookup(documentClient, requiredEnv('DIRECTORY_TABLE_NAME'));

const GetSchoolEventSchema = apiRequestWithPath({ urn: SchoolUrnSchema });

type GetSchoolEvent = ParsedResult<unknown, z.infer<typeof GetSchoolEventSchema>>;

const getSchool = async (event: GetSchoolEvent) => {
  if (!event.success) {
    return validationError(bodyIssues((event.error.cause ?? []) as Parameters<typeof bodyIssues>[0]));
  }
  const { urn } = event.data.pathParameters;
  const entry = await directory.get(urn);
  if (!entry) {
    return json(404, { error: 'NotFound', message: `the schools directory has no school with URN ${urn}` });
  }
  return json(200, { school: entry.school, priceBand: priceBandOf(entry.school), contacts: entry.contacts });
};

/** GET /schools/{urn}: the school as GIAS records it, the price band it pays in, and its contacts. */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(parser({ schema: GetSchoolEventSchema, safeParse: true }))
  .handler(getSchool);
