import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { UnknownSchoolError } from '#domain/schools/school-directory';
import { PutSchoolContactsRequestSchema } from '#events/school-contacts';
import { SchoolUrnSchema } from '#events/school-urn';
import { dynamoDbSchoolContacts } from '#functions/adapters/dynamodb-school-contacts';
import { apiRequestWithPathAndBody } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requiredEnv } from '#functions/commons/env';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { jsonBodyGuard } from '#functions/commons/json-body-guard';
import { logger } from '#functions/commons/powertools';

const directory = dynamoDbSchoolContacts(documentClient, requiredEnv('DIRECTORY_TABLE_NAME'));

const PutContactsEventSchema = apiRequestWithPathAndBody(
  { urn: SchoolUrnSchema },
  PutSchoolContactsRequestSchema,
);

type PutContactsEvent = ParsedResult<unknown, z.infer<typeof PutContactsEventSchema>>;

const putSchoolContacts = async (event: PutContactsEvent) => {
  if (!event.success) {
    const issues = (event.error.cause ?? []) as Parameters<typeof bodyIssues>[0];
    logger.info('school contacts rejected', { issues: issues.length });
    return validationError(bodyIssues(issues));
  }
  const { urn } = event.data.pathParameters;
  const { contacts } = event.data.body;
  try {
    await directory.putContacts(urn, contacts);
  } catch (error) {
    if (error instanceof UnknownSchoolError) {
      return json(404, { error: 'NotFound', message: error.message });
    }
    throw error;
  }
  // Contacts are personal data: log the school and how many, never who.
  logger.info('school contacts replaced', { urn, contacts: contacts.length });
  return json(200, { urn, contacts });
};

/** PUT /schools/{urn}/contacts: replaces the school's contacts (200), naming every bad field (400). */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(jsonBodyGuard())
  .use(parser({ schema: PutContactsEventSchema, safeParse: true }))
  .handler(putSchoolContacts);
