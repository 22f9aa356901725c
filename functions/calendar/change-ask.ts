import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { AskAnnouncer } from '#domain/calendar/ask-announcer';
import {
  type AskChangeDeps,
  type AskOutcome,
  cancelAsk,
  editAsk,
  recordAsk,
} from '#domain/calendar/ask-changes';
import {
  AskCancelledError,
  AskNotFoundError,
  AskSubmissionConflictError,
  AskVersionConflictError,
} from '#domain/calendar/ask-errors';
import type { AskRepository } from '#domain/calendar/ask-repository';
import { AskRequestSchema } from '#events/ask-request';
import { AskPathSchema } from '#events/calendar-queries';
import { dynamoDbAskRepository } from '#functions/adapters/dynamodb-ask-writer';
import { eventBridgeAskAnnouncer } from '#functions/adapters/eventbridge-ask-announcer';
import {
  apiRequestWithBody,
  apiRequestWithPath,
  apiRequestWithPathAndBody,
} from '#functions/commons/api-request';
import { askIdFor, newAskId } from '#functions/commons/ask-id';
import { calendarRules, clashSettingsFrom } from '#functions/commons/calendar-settings';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { eventBridge } from '#functions/commons/clients/eventbridge';
import { requestTime } from '#functions/commons/clock';
import { correlationIdOf } from '#functions/commons/correlation-id';
import { requiredEnv } from '#functions/commons/env';
import { json, requestIssues, validationError } from '#functions/commons/http';
import { jsonBodyGuard } from '#functions/commons/json-body-guard';
import { logger } from '#functions/commons/powertools';

const PostSchema = apiRequestWithBody(AskRequestSchema);
const PutSchema = apiRequestWithPathAndBody(AskPathSchema.shape, AskRequestSchema);
const DeleteSchema = apiRequestWithPath(AskPathSchema.shape);

/** The ports and settings the change routes work with. */
export interface ChangeAskPorts {
  readonly asks: AskRepository;
  readonly announcer: AskAnnouncer;
  readonly settings: Pick<AskChangeDeps, 'rules' | 'clashSettings'>;
}

/** The answer to a submission or an edit: the same body whatever became of it. */
const outcomeBody = (outcome: AskOutcome, askId?: string) => ({
  ...((outcome.ask?.askId ?? askId) && { askId: outcome.ask?.askId ?? askId }),
  ...(outcome.ask && { version: outcome.ask.version }),
  clashes: outcome.clashes,
  suggestions: outcome.suggestions,
});

const REFUSED =
  'the ask clashes with statutory returns and the calendar refuses clashing asks: choose a suggested window';

const conflict = (message: string) => json(409, { error: 'Conflict', message });

/**
 * The change routes, over the given ports:
 * - `POST /calendar/asks`: records an ask (201 with `{ askId, version, clashes, suggestions }`
 *   and its `Location`), or under the refuse policy refuses a clashing one (409, the same body
 *   without `askId`). An `Idempotency-Key` header names the submission: a retry with the same
 *   key gets the same ask back; with a different ask, 409.
 * - `PUT /calendar/asks/{askId}`: replaces the ask with a new version (200, the same body),
 *   404 if there is no such ask, 409 if it is cancelled, changed meanwhile or refused.
 * - `DELETE /calendar/asks/{askId}`: cancels it, kept in the history (200), 404 if none.
 * Bad input is a 400 naming every bad field; nothing is stored.
 */
export const changeAskRoutes =
  (ports: ChangeAskPorts) =>
  async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
    const invalid = (issues: Parameters<typeof requestIssues>[0]) => {
      logger.info('ask change rejected', { method: event.httpMethod, issues: issues.length });
      return validationError(requestIssues(issues));
    };
    const depsFor = (request: {
      headers: Record<string, string>;
      requestContext: { requestId: string; requestTimeEpoch: number };
    }): AskChangeDeps => ({
      asks: ports.asks,
      announcer: ports.announcer,
      ...ports.settings,
      now: requestTime(request),
      correlationId: correlationIdOf(request.headers, request.requestContext.requestId),
    });
    try {
      if (event.httpMethod === 'POST') {
        const parsed = PostSchema.safeParse(event);
        if (!parsed.success) return invalid(parsed.error.issues);
        const request = parsed.data;
        const key = request.headers['idempotency-key'];
        const submissionId = key ? `key:${key}` : request.requestContext.requestId;
        const askId = key ? askIdFor(submissionId) : newAskId();
        const outcome = await recordAsk(request.body, { askId, submissionId }, depsFor(request));
        logger.info('ask submitted', { askId: outcome.ask?.askId, clashes: outcome.clashes.length });
        return outcome.refused
          ? json(409, { ...outcomeBody(outcome), message: REFUSED })
          : json(201, outcomeBody(outcome), { location: `/calendar/asks/${askId}` });
      }
      if (event.httpMethod === 'PUT') {
        const parsed = PutSchema.safeParse(event);
        if (!parsed.success) return invalid(parsed.error.issues);
        const request = parsed.data;
        const { askId } = request.pathParameters;
        const outcome = await editAsk(
          askId,
          request.body,
          { submissionId: request.requestContext.requestId },
          depsFor(request),
        );
        logger.info('ask edited', { askId, version: outcome.ask?.version, clashes: outcome.clashes.length });
        return outcome.refused
          ? json(409, { ...outcomeBody(outcome, askId), message: REFUSED })
          : json(200, outcomeBody(outcome));
      }
      const parsed = DeleteSchema.safeParse(event);
      if (!parsed.success) return invalid(parsed.error.issues);
      const { askId } = parsed.data.pathParameters;
      const cancelled = await cancelAsk(askId, depsFor(parsed.data));
      logger.info('ask cancelled', { askId, version: cancelled.version });
      return json(200, { askId, version: cancelled.version, status: 'cancelled' });
    } catch (error) {
      if (error instanceof AskNotFoundError) return json(404, { error: 'NotFound', message: error.message });
      if (
        error instanceof AskCancelledError ||
        error instanceof AskVersionConflictError ||
        error instanceof AskSubmissionConflictError
      )
        return conflict(error.message);
      throw error;
    }
  };

const routes = changeAskRoutes({
  asks: dynamoDbAskRepository(documentClient, requiredEnv('CALENDAR_TABLE_NAME')),
  announcer: eventBridgeAskAnnouncer(eventBridge, requiredEnv('EVENT_BUS_NAME')),
  settings: {
    rules: calendarRules,
    clashSettings: clashSettingsFrom(
      requiredEnv('CALENDAR_CLASH_POLICY'),
      requiredEnv('CALENDAR_CLASH_BUFFER_WORKING_DAYS'),
    ),
  },
});

// POST and PUT take a JSON body (415 unless JSON, 413 over 16 KB); DELETE takes none.
const guard = jsonBodyGuard();
const bodyGuard: MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> = {
  before: (request) => (request.event.httpMethod === 'DELETE' ? undefined : guard.before?.(request)),
};

/** POST /calendar/asks, PUT and DELETE /calendar/asks/{askId}: records, edits and cancels asks of schools. */
export const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(bodyGuard)
  .handler(routes);
