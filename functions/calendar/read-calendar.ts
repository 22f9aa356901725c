import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { asksLandingIn } from '#domain/calendar/asks-landing-in';
import { recordOf } from '#domain/calendar/calendar-ask';
import { calendarEntryOf } from '#domain/calendar/calendar-entry';
import { computedAsksAround } from '#domain/calendar/computed-asks';
import { mondayOf, weekLoad } from '#domain/calendar/week-load';
import { addDays, type IsoDate } from '#domain/shared/iso-date';
import { AskPathSchema, CalendarRangeQuerySchema, CalendarWeeksQuerySchema } from '#events/calendar-queries';
import { type AskReader, dynamoDbAskReader } from '#functions/adapters/dynamodb-ask-reader';
import { apiRequestWithPath, apiRequestWithQuery } from '#functions/commons/api-request';
import { calendarRules } from '#functions/commons/calendar-settings';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requiredEnv } from '#functions/commons/env';
import { json, requestIssues, validationError } from '#functions/commons/http';
import { logger } from '#functions/commons/powertools';

const RangeRequest = apiRequestWithQuery(CalendarRangeQuerySchema);
const WeeksRequest = apiRequestWithQuery(CalendarWeeksQuerySchema);
const AskRequest = apiRequestWithPath(AskPathSchema.shape);

/** The weeks the load view shows when `weeks` is not given. */
const DEFAULT_WEEKS = 8;

/** The computed and entered asks around a range, read once. */
const asksAround = async (reader: AskReader, from: IsoDate, to: IsoDate) => ({
  computed: computedAsksAround(from, to, calendarRules),
  entered: await reader.touching({ from, to }),
});

/**
 * The read routes, over an ask reader:
 * - `GET /calendar?from=&to=`: computed and entered asks landing in the range (both days
 *   included), in date order;
 * - `GET /calendar/weeks?from=&weeks=`: the load view, Monday-to-Sunday weeks from the week of
 *   `from` (8 unless `weeks` says, up to 60);
 * - `GET /calendar/asks/{askId}`: an entered ask's current version and its history.
 * Bad parameters get a 400 naming each.
 */
export const readCalendarRoutes =
  (reader: AskReader) =>
  async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
    if (event.resource === '/calendar/weeks') {
      const parsed = WeeksRequest.safeParse(event);
      if (!parsed.success) return validationError(requestIssues(parsed.error.issues));
      const { from, weeks = DEFAULT_WEEKS } = parsed.data.queryStringParameters;
      const first = mondayOf(from as IsoDate);
      const asks = await asksAround(reader, first, addDays(first, 7 * weeks - 1));
      const load = weekLoad(asks, { from: first, weeks }).map((week) => ({
        ...week,
        asks: week.asks.map(calendarEntryOf),
      }));
      return json(200, { weeks: load });
    }
    if (event.resource === '/calendar/asks/{askId}') {
      const parsed = AskRequest.safeParse(event);
      if (!parsed.success) return validationError(requestIssues(parsed.error.issues));
      const { askId } = parsed.data.pathParameters;
      const history = await reader.history(askId);
      if (history.length === 0)
        return json(404, { error: 'NotFound', message: `no ask ${askId} is recorded` });
      return json(200, { current: recordOf(history.at(-1)!), history: history.map(recordOf) });
    }
    const parsed = RangeRequest.safeParse(event);
    if (!parsed.success) return validationError(requestIssues(parsed.error.issues));
    const { from, to } = parsed.data.queryStringParameters as { from: IsoDate; to: IsoDate };
    const landing = asksLandingIn(await asksAround(reader, from, to), { from, to });
    logger.info('calendar read', { from, to, asks: landing.length });
    return json(200, { from, to, asks: landing.map(calendarEntryOf) });
  };

const routes = readCalendarRoutes(dynamoDbAskReader(documentClient, requiredEnv('CALENDAR_TABLE_NAME')));

/** GET /calendar, GET /calendar/weeks and GET /calendar/asks/{askId}: the calendar of asks, read. */
export const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(routes);
