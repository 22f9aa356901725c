import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { askFeed, FEED_CONTENT_TYPE } from '#domain/calendar/ask-feed';
import { computedAsksFor } from '#domain/calendar/computed-asks';
import {
  academicYearOf,
  firstDayOfAcademicYear,
  lastDayOfAcademicYear,
  nextAcademicYear,
  previousAcademicYear,
} from '#domain/shared/academic-year';
import { londonDateOf } from '#domain/shared/london-time';
import { type AskReader, dynamoDbAskReader } from '#functions/adapters/dynamodb-ask-reader';
import { calendarRules } from '#functions/commons/calendar-settings';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requestTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { logger } from '#functions/commons/powertools';

/** How long a feed may be cached (and how often subscribers are asked to refresh): six hours. */
const REFRESH_SECONDS = 6 * 3600;

/**
 * `GET /calendar.ics`, over an ask reader: the subscribable feed of last, this and next academic
 * year (by the request's London date): every computed ask and every entered ask, cancelled ones
 * as CANCELLED. Public and read-only: it carries no one's name or address (owners appear as
 * their team), so Outlook and Google Calendar can subscribe without signing requests.
 */
export const calendarFeedRoute =
  (reader: AskReader) =>
  async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
    const now = requestTime(event);
    const thisYear = academicYearOf(londonDateOf(now));
    const years = [previousAcademicYear(thisYear), thisYear, nextAcademicYear(thisYear)];
    const from = firstDayOfAcademicYear(years[0]!);
    const to = lastDayOfAcademicYear(years[2]!);
    const computed = years.flatMap((year) => computedAsksFor(year, calendarRules));
    const entered = await reader.touching({ from, to });
    const feed = askFeed([...computed, ...entered], { generatedAt: now, refreshSeconds: REFRESH_SECONDS });
    logger.info('calendar feed served', { computed: computed.length, entered: entered.length });
    return {
      statusCode: 200,
      headers: {
        'content-type': FEED_CONTENT_TYPE,
        'content-disposition': 'inline; filename="asks-of-schools.ics"',
        'cache-control': 'public, max-age=900',
      },
      body: feed,
    };
  };

const route = calendarFeedRoute(dynamoDbAskReader(documentClient, requiredEnv('CALENDAR_TABLE_NAME')));

/** GET /calendar.ics: the calendar of asks as a subscribable iCalendar feed. */
export const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(route);
