import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { timescalesOn } from '#domain/ehcp/case-timescales';
import { londonDateOf } from '#domain/shared/london-time';
import { CaseRefSchema } from '#events/ehcp/case-ref';
import { dynamoDbEhcpCaseLookup } from '#functions/adapters/dynamodb-ehcp-case-lookup';
import { apiRequestWithPath } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requestTime } from '#functions/commons/clock';
import { dueSoonWorkingDaysSetting } from '#functions/commons/ehcp-settings';
import { requiredEnv } from '#functions/commons/env';
import { json, validationError } from '#functions/commons/http';
import { logger } from '#functions/commons/powertools';
import { requestIssues } from '#functions/commons/query-issues';

const lookup = dynamoDbEhcpCaseLookup(documentClient, requiredEnv('EHCP_TABLE_NAME'));
const dueSoonWorkingDays = dueSoonWorkingDaysSetting(requiredEnv('EHCP_DUE_SOON_WORKING_DAYS'));

const GetEhcpCaseSchema = apiRequestWithPath({ caseRef: CaseRefSchema });

type GetEhcpCaseEvent = ParsedResult<unknown, z.infer<typeof GetEhcpCaseSchema>>;

const getEhcpCase = async (event: GetEhcpCaseEvent) => {
  if (!event.success) return validationError(requestIssues((event.error.cause ?? []) as never));
  const { caseRef } = event.data.pathParameters;
  const timeline = await lookup(caseRef);
  if (!timeline)
    return json(404, {
      error: 'NotFound',
      message: `no EHCP case ${caseRef} is recorded (an event just sent appears within seconds)`,
    });
  const today = londonDateOf(requestTime(event.data));
  const { quadrant, caseOfficer, status, milestones } = timescalesOn(timeline, today, { dueSoonWorkingDays });
  return json(200, {
    caseRef,
    quadrant,
    caseOfficer,
    status,
    milestones: milestones.map(({ key, dueDate, reminderDate, state, completedOn, disapplied }) => ({
      key,
      dueDate,
      reminderDate,
      state,
      ...(completedOn ? { completedOn } : {}),
      ...(disapplied ? { disapplied } : {}),
    })),
  });
};

/** GET /ehcp/cases/{caseRef}: the case and each milestone's dates and state today. */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(parser({ schema: GetEhcpCaseSchema, safeParse: true }))
  .handler(getEhcpCase);
