import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { caseTimeline } from '#domain/ehcp/case-timeline';
import { ImpossibleCaseEventError } from '#domain/ehcp/impossible-case-event-error';
import { londonDateOf } from '#domain/shared/london-time';
import type { EhcpCaseEvent } from '#events/ehcp/case-event';
import { PostEhcpEventsRequestSchema } from '#events/ehcp/ehcp-api';
import { dynamoDbEhcpCaseReader } from '#functions/adapters/dynamodb-ehcp-case-reader';
import { eventBridgeEhcpPublisher } from '#functions/adapters/eventbridge-ehcp-publisher';
import { apiRequestWithBody } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { eventBridge } from '#functions/commons/clients/eventbridge';
import { requestTime } from '#functions/commons/clock';
import { correlationIdOf } from '#functions/commons/correlation-id';
import { requiredEnv } from '#functions/commons/env';
import { bodyIssues, json, type ValidationIssue, validationError } from '#functions/commons/http';
import { jsonBodyGuard } from '#functions/commons/json-body-guard';
import { logger } from '#functions/commons/powertools';

const loadCase = dynamoDbEhcpCaseReader(documentClient, requiredEnv('EHCP_TABLE_NAME'));
const publish = eventBridgeEhcpPublisher(eventBridge, requiredEnv('EVENT_BUS_NAME'));

const PostEhcpEventsSchema = apiRequestWithBody(PostEhcpEventsRequestSchema);

type PostEhcpEventsEvent = ParsedResult<unknown, z.infer<typeof PostEhcpEventsSchema>>;

/**
 * Why each event of the request cannot have happened, given what its case has recorded: every
 * issue named `events.<i>.<field>`. An issue found on a recorded event is one the request's
 * events would cause: it is named on the first of them for that case.
 */
async function impossibilities(events: readonly EhcpCaseEvent[], today: ReturnType<typeof londonDateOf>) {
  const issues: ValidationIssue[] = [];
  const byCase = Map.groupBy(
    events.map((event, index) => ({ event, index })),
    ({ event }) => event.caseRef,
  );
  for (const [caseRef, posted] of byCase) {
    const stored = await loadCase(caseRef);
    try {
      caseTimeline([...stored.events, ...posted.map((p) => p.event)], today);
    } catch (error) {
      if (!(error instanceof ImpossibleCaseEventError)) throw error;
      for (const issue of error.issues) {
        const own = posted.find((p) => p.event.eventId === issue.eventId);
        issues.push(
          own
            ? { path: `events.${own.index}.${issue.path}`, message: issue.message }
            : {
                path: `events.${posted[0]!.index}.date`,
                message: `it would make the recorded event ${issue.eventId} (${issue.type}) impossible: ${issue.message}`,
              },
        );
      }
    }
  }
  return issues;
}

const postEhcpEvents = async (event: PostEhcpEventsEvent) => {
  if (!event.success) {
    const issues = bodyIssues((event.error.cause ?? []) as Parameters<typeof bodyIssues>[0]);
    logger.info('case events rejected', { fields: issues.map((i) => i.path).slice(0, 10) });
    return validationError(issues);
  }
  const { events } = event.data.body;
  const receivedAt = requestTime(event.data);
  const impossible = await impossibilities(events, londonDateOf(receivedAt));
  if (impossible.length > 0) {
    logger.info('case events refused as impossible', { fields: impossible.map((i) => i.path).slice(0, 10) });
    return validationError(impossible);
  }
  const correlationId = correlationIdOf(event.data.headers, event.data.requestContext.requestId);
  await publish(events, { occurredAt: receivedAt, correlationId });
  logger.info('case events published', { eventIds: events.map((e) => e.eventId), correlationId });
  return json(202, { accepted: events.map(({ eventId, caseRef, type }) => ({ eventId, caseRef, type })) });
};

/**
 * POST /ehcp/events: checks 1-10 case events (each field, then against its case's recorded
 * events) and publishes them on the bus (202) to be applied; 400 names every bad field.
 */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(jsonBodyGuard())
  .use(parser({ schema: PostEhcpEventsSchema, safeParse: true }))
  .handler(postEhcpEvents);
