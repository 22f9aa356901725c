import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { milestoneOn } from '#domain/ehcp/milestone';
import type { CaseMilestone } from '#domain/ehcp/reminder-selection';
import { addDays } from '#domain/shared/iso-date';
import { londonDateOf } from '#domain/shared/london-time';
import { addWorkingDays } from '#domain/shared/working-days';
import { EhcpCaseloadQuerySchema } from '#events/ehcp/ehcp-queries';
import { dynamoDbEhcpDateIndex } from '#functions/adapters/dynamodb-ehcp-date-index';
import { apiRequestWithQuery } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requestTime } from '#functions/commons/clock';
import { dueSoonWorkingDaysSetting } from '#functions/commons/ehcp-settings';
import { requiredEnv } from '#functions/commons/env';
import { json, validationError } from '#functions/commons/http';
import { logger } from '#functions/commons/powertools';
import { requestIssues } from '#functions/commons/query-issues';

const index = dynamoDbEhcpDateIndex(documentClient, requiredEnv('EHCP_TABLE_NAME'));
const dueSoonWorkingDays = dueSoonWorkingDaysSetting(requiredEnv('EHCP_DUE_SOON_WORKING_DAYS'));

const ListEhcpCasesSchema = apiRequestWithQuery(EhcpCaseloadQuerySchema);

type ListEhcpCasesEvent = ParsedResult<unknown, z.infer<typeof ListEhcpCasesSchema>>;

const listEhcpCases = async (event: ListEhcpCasesEvent) => {
  if (!event.success) return validationError(requestIssues((event.error.cause ?? []) as never));
  const { quadrant, state } = event.data.queryStringParameters;
  const today = londonDateOf(requestTime(event.data));
  // Only the index entries that can be in the state are read: overdue ones were reminded before
  // today, due-soon ones by the end of the look-ahead.
  const read: CaseMilestone[] =
    state === 'overdue'
      ? await index.openMilestonesRemindedBy(quadrant, addDays(today, -1))
      : state === 'due-soon'
        ? await index.openMilestonesRemindedBy(quadrant, addWorkingDays(today, dueSoonWorkingDays))
        : await index.openMilestones(quadrant);
  const wanted = read
    .map((m) => ({ ...m, state: milestoneOn(m, today, dueSoonWorkingDays).state }))
    .filter((m) =>
      state === 'open' ? ['upcoming', 'due-soon', 'overdue'].includes(m.state) : m.state === state,
    );
  const cases = [...Map.groupBy(wanted, (m) => m.caseRef).values()]
    .map((milestones) => {
      const first = milestones[0]!;
      return {
        caseRef: first.caseRef,
        childInitials: first.childInitials,
        caseOfficer: first.caseOfficer,
        milestones: milestones
          .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
          .map(({ key, dueDate, reminderDate, state: s, adviceFrom }) => ({
            key,
            dueDate,
            reminderDate,
            state: s,
            ...(adviceFrom ? { adviceFrom } : {}),
          })),
      };
    })
    .sort((a, b) => (a.milestones[0]!.dueDate < b.milestones[0]!.dueDate ? -1 : 1));
  logger.info('caseload listed', { quadrant, state, cases: cases.length });
  return json(200, { quadrant, state, date: today, cases });
};

/** GET /ehcp/cases?quadrant=&state=: a quadrant's cases with milestones overdue, due soon, or open. */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(parser({ schema: ListEhcpCasesSchema, safeParse: true }))
  .handler(listEhcpCases);
