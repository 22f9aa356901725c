import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { assembleEdition, DEFAULT_KEY_DATE_WEEKS } from '#domain/editions/edition';
import { previewDocument } from '#domain/editions/edition-email';
import { describeCutOff } from '#domain/editions/edition-schedule';
import { assembleLocked } from '#domain/editions/locked-edition';
import { renderEmail } from '#domain/shared/email-document';
import { addDays, type IsoDate } from '#domain/shared/iso-date';
import { EditionDateSchema } from '#events/edition-date';
import { dynamoDbCommsQueries } from '#functions/adapters/dynamodb-comms-queries';
import { dynamoDbCommsReads } from '#functions/adapters/dynamodb-comms-reads';
import { apiRequestWithPath } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requiredEnv } from '#functions/commons/env';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { logger } from '#functions/commons/powertools';
import { editionSchedule, schoolsCommunications } from './comms-settings.ts';
import { keyDatesSource } from './key-dates-source.ts';

const reads = dynamoDbCommsReads(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const queries = dynamoDbCommsQueries(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const schedule = editionSchedule();
const settings = { schoolsCommunications: schoolsCommunications() };

const DateEvent = apiRequestWithPath({ date: EditionDateSchema });

/** The whole edition as the team checks it: its subject and both parts. */
const rendered = (edition: Parameters<typeof previewDocument>[0]) => {
  const document = previewDocument(edition, settings);
  return { subject: document.title, ...renderEmail(document) };
};

const lockedAnswer = async (edition: IsoDate) => {
  const locked = await reads.locked(edition);
  if (!locked) return undefined;
  const run = await reads.run(edition);
  return {
    edition,
    locked: true,
    lockedAt: locked.lockedAt,
    itemCount: locked.items.length,
    run: run
      ? { status: run.status, queued: run.queued, finishedAt: run.finishedAt, reason: run.reason }
      : null,
    ...rendered(assembleLocked(locked)),
  };
};

const readEditions = async (event: APIGatewayProxyEvent) => {
  if (event.resource === '/editions') return json(200, { editions: await queries.lockedEditions() });
  const parsed = DateEvent.safeParse(event);
  if (!parsed.success) return validationError(bodyIssues(parsed.error.issues));
  const edition = parsed.data.pathParameters.date as IsoDate;
  const locked = await lockedAnswer(edition);
  if (event.resource === '/editions/{date}') {
    return locked
      ? json(200, locked)
      : json(404, { error: 'NotFound', message: `the edition of ${edition} has not been locked (sent) yet` });
  }
  // The preview: the locked edition once there is one; until then, the edition as it stands.
  if (locked) return json(200, locked);
  const [items, letter, keyDates] = await Promise.all([
    queries.activeIn(edition),
    reads.letter(edition),
    keyDatesSource.between(edition, addDays(edition, DEFAULT_KEY_DATE_WEEKS * 7 - 1)),
  ]);
  logger.info('edition previewed', { edition, items: items.length });
  return json(200, {
    edition,
    locked: false,
    cutOff: describeCutOff(edition, schedule),
    itemCount: items.length,
    ...rendered(assembleEdition({ edition, letter, items, keyDates })),
  });
};

/**
 * GET /editions (the locked editions, newest first), GET /editions/{date} (a locked edition:
 * its subject, HTML and text, and its run) and GET /editions/{date}/preview (the coming
 * edition as it stands, every item in it).
 */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(readEditions);
