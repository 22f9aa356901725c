import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { sen2Measures } from '#domain/ehcp/sen2-measures';
import { EhcpKpisQuerySchema } from '#events/ehcp/ehcp-queries';
import { dynamoDbEhcpDateIndex } from '#functions/adapters/dynamodb-ehcp-date-index';
import { apiRequestWithQuery } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requiredEnv } from '#functions/commons/env';
import { json, validationError } from '#functions/commons/http';
import { logger } from '#functions/commons/powertools';
import { requestIssues } from '#functions/commons/query-issues';

const index = dynamoDbEhcpDateIndex(documentClient, requiredEnv('EHCP_TABLE_NAME'));

const GetEhcpKpisSchema = apiRequestWithQuery(EhcpKpisQuerySchema);

type GetEhcpKpisEvent = ParsedResult<unknown, z.infer<typeof GetEhcpKpisSchema>>;

const getEhcpKpis = async (event: GetEhcpKpisEvent) => {
  if (!event.success) return validationError(requestIssues((event.error.cause ?? []) as never));
  const year = Number(event.data.queryStringParameters.year);
  const done = await index.kpiMilestonesOf(year);
  const report = sen2Measures(
    done.map(({ quadrant, ...milestone }) => ({ quadrant, milestones: [milestone] })),
    year,
  );
  logger.info('SEN2 measures read', { year, milestones: done.length });
  return json(200, report);
};

/** GET /ehcp/kpis?year=: the SEN2 timeliness measures of a calendar year, with their counts. */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(parser({ schema: GetEhcpKpisSchema, safeParse: true }))
  .handler(getEhcpKpis);
