import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { breachSummaryEmail } from '#domain/editions/breach-summary';
import { assembleEdition, DEFAULT_KEY_DATE_WEEKS } from '#domain/editions/edition';
import { previewDocument } from '#domain/editions/edition-email';
import { renderEmail } from '#domain/shared/email-document';
import { addDays, dayOfWeek } from '#domain/shared/iso-date';
import { londonDateOf } from '#domain/shared/london-time';
import { dynamoDbCommsQueries } from '#functions/adapters/dynamodb-comms-queries';
import { dynamoDbCommsReads } from '#functions/adapters/dynamodb-comms-reads';
import { sesMailer } from '#functions/adapters/ses-mailer';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { ses } from '#functions/commons/clients/ses';
import { scheduledTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { logger } from '#functions/commons/powertools';
import { schoolsCommunications } from './comms-settings.ts';
import { keyDatesSource } from './key-dates-source.ts';

const reads = dynamoDbCommsReads(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const queries = dynamoDbCommsQueries(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const mailer = sesMailer(ses, { configurationSetName: process.env.SES_CONFIGURATION_SET || undefined });
const from = requiredEnv('MAIL_FROM');
const team = schoolsCommunications();
/** `Name <address>`: the summary goes to the address. */
const director =
  /<([^>]+)>/.exec(requiredEnv('DIRECTOR_OF_EDUCATION'))?.[1] ?? requiredEnv('DIRECTOR_OF_EDUCATION');

/** What the schedules deliver: when they fired, and which email to send. */
export interface TeamEmailInput {
  readonly scheduledTime: string;
  readonly email: 'edition-preview' | 'breach-summary';
}

const sendTeamEmail = async (input: TeamEmailInput) => {
  const now = scheduledTime(input);
  if (input.email === 'edition-preview') {
    // Friday: the coming Monday's edition (its cut-off has passed, so its items are known).
    const today = londonDateOf(now);
    const edition = addDays(today, 8 - dayOfWeek(today));
    const [items, letter, keyDates] = await Promise.all([
      queries.activeIn(edition),
      reads.letter(edition),
      keyDatesSource.between(edition, addDays(edition, DEFAULT_KEY_DATE_WEEKS * 7 - 1)),
    ]);
    const document = previewDocument(assembleEdition({ edition, letter, items, keyDates }), {
      schoolsCommunications: team,
    });
    const { messageId } = await mailer.send(
      { to: [team.email], subject: document.title, ...renderEmail(document) },
      from,
    );
    logger.info('edition preview sent', { edition, items: items.length, sesMessageId: messageId });
    return { edition, items: items.length };
  }
  // Monday: the week before, Monday to Sunday.
  const to = addDays(londonDateOf(now), -1);
  const week = { from: addDays(to, -6), to };
  const breaches = await queries.breachesBetween(week.from, week.to);
  const { messageId } = await mailer.send(breachSummaryEmail(breaches, week, director), from);
  logger.info('breach summary sent', { ...week, breaches: breaches.length, sesMessageId: messageId });
  return { ...week, breaches: breaches.length };
};

/** Friday's preview of the coming edition to the Schools Communications team; Monday's breach summary to the Director. */
export const handler = middy<TeamEmailInput, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(sendTeamEmail);
