import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { BreachReportSchema } from '#events/comms-breach';
import { dynamoDbCommsWrites } from '#functions/adapters/dynamodb-comms-writes';
import { apiRequestWithBody } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requestTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { jsonBodyGuard } from '#functions/commons/json-body-guard';
import { logger } from '#functions/commons/powertools';
import { newReference } from '#functions/commons/references';

const writes = dynamoDbCommsWrites(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const ReportEventSchema = apiRequestWithBody(BreachReportSchema);
type ReportEvent = ParsedResult<unknown, z.infer<typeof ReportEventSchema>>;

const reportBreach = async (event: ReportEvent) => {
  if (!event.success)
    return validationError(bodyIssues((event.error.cause ?? []) as Parameters<typeof bodyIssues>[0]));
  const now = requestTime(event.data);
  const report = event.data.body;
  if (report.receivedOn > now.toISOString().slice(0, 10))
    return validationError([{ path: 'receivedOn', message: 'receivedOn must not be in the future' }]);
  const breachId = newReference('BR');
  await writes.putBreach({ ...report, breachId, reportedAt: now.toISOString() });
  logger.info('protocol breach reported', { breachId, urn: report.urn });
  return json(202, { breachId });
};

/**
 * POST /comms/breaches: a school reports a generic message a council team sent it directly
 * instead of through the Monday email (the sending team, the day, the subject).
 */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(jsonBodyGuard())
  .use(parser({ schema: ReportEventSchema, safeParse: true }))
  .handler(reportBreach);
