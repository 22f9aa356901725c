import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { EhcpParkedQuerySchema } from '#events/ehcp/parked-query';
import { dynamoDbEhcpParkedReads } from '#functions/adapters/dynamodb-ehcp-parked-reads';
import { apiRequestWithQuery } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requiredEnv } from '#functions/commons/env';
import { json, validationError } from '#functions/commons/http';
import { logger } from '#functions/commons/powertools';
import { requestIssues } from '#functions/commons/query-issues';

const parkedOn = dynamoDbEhcpParkedReads(documentClient, requiredEnv('EHCP_TABLE_NAME'));

const ListParkedSchema = apiRequestWithQuery(EhcpParkedQuerySchema);

type ListParkedEvent = ParsedResult<unknown, z.infer<typeof ListParkedSchema>>;

const listParkedEhcpEvents = async (event: ListParkedEvent) => {
  if (!event.success) return validationError(requestIssues((event.error.cause ?? []) as never));
  const { date } = event.data.queryStringParameters;
  const parked = await parkedOn(date);
  // Counts only: a parked message may hold what a sender should not have sent.
  logger.info('parked case events read', { date, parked: parked.length });
  return json(200, { date, parked });
};

/**
 * GET /ehcp/parked?date=: the case events parked on a day (received that UTC day), each with
 * its reason, the field of each problem and the message as received, for staff to correct at
 * the source and send again.
 */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(parser({ schema: ListParkedSchema, safeParse: true }))
  .handler(listParkedEhcpEvents);
