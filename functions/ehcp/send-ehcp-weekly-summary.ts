import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { sendWeeklySummary, summaryWeekDueOn } from '#domain/ehcp/send-weekly-summary';
import type { EmailMessage } from '#domain/shared/email-message';
import { londonDateOf } from '#domain/shared/london-time';
import { dynamoDbEhcpDateIndex } from '#functions/adapters/dynamodb-ehcp-date-index';
import { sesMailer } from '#functions/adapters/ses-mailer';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { ses } from '#functions/commons/clients/ses';
import { scheduledTime } from '#functions/commons/clock';
import { person, quadrantManagersSetting } from '#functions/commons/ehcp-settings';
import { requiredEnv } from '#functions/commons/env';
import { idempotencyStore } from '#functions/commons/idempotency';
import { logger } from '#functions/commons/powertools';

const index = dynamoDbEhcpDateIndex(documentClient, requiredEnv('EHCP_TABLE_NAME'));
const mailFrom = requiredEnv('MAIL_FROM');
const mailer = sesMailer(ses, { configurationSetName: process.env.SES_CONFIGURATION_SET || undefined });
const recipients = {
  director: person(requiredEnv('DIRECTOR_OF_EDUCATION'), 'DIRECTOR_OF_EDUCATION', 'Director of Education'),
  quadrantManagers: quadrantManagersSetting(requiredEnv('QUADRANT_MANAGERS')),
};

const ScheduledInput = z.object({ scheduledTime: z.iso.datetime({ offset: true }) });

const sendOnceConfig = new IdempotencyConfig({
  eventKeyJmesPath: 'key',
  expiresAfterSeconds: 14 * 24 * 60 * 60,
});

// One summary per week, however often the schedule fires.
const sendOnce = makeIdempotent(
  async ({ message }: { key: string; message: EmailMessage }) => mailer.send(message, mailFrom),
  { persistenceStore: idempotencyStore(), config: sendOnceConfig, keyPrefix: 'ehcp-weekly-summary' },
);

/**
 * The weekly EHCP timeliness summary to the Director and quadrant managers (schedule, weekdays
 * 07:30 Europe/London; sent on the first working day of each week).
 */
export const handler = middy<unknown, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (input: unknown, context: Context) => {
    sendOnceConfig.registerLambdaContext(context);
    const today = londonDateOf(scheduledTime(ScheduledInput.parse(input)));
    const weekStarting = summaryWeekDueOn(today);
    if (!weekStarting) {
      logger.info('EHCP weekly summary not due: not the first working day of the week', { today });
      return { today, sent: false };
    }
    const run = await sendWeeklySummary(weekStarting, {
      openMilestonesRemindedBy: (quadrant, upTo) => index.openMilestonesRemindedBy(quadrant, upTo),
      kpiMilestonesOf: (year) => index.kpiMilestonesOf(year),
      sendOnce: (key, message) => sendOnce({ key, message }),
      recipients,
    });
    logger.info('EHCP weekly summary sent', { ...run });
    return run;
  });
