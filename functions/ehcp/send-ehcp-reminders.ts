import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { sendDailyReminders } from '#domain/ehcp/send-daily-reminders';
import type { EmailMessage } from '#domain/shared/email-message';
import { londonDateOf } from '#domain/shared/london-time';
import { dynamoDbEhcpDateIndex } from '#functions/adapters/dynamodb-ehcp-date-index';
import { sesMailer } from '#functions/adapters/ses-mailer';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { ses } from '#functions/commons/clients/ses';
import { scheduledTime } from '#functions/commons/clock';
import { dueSoonWorkingDaysSetting, quadrantManagersSetting } from '#functions/commons/ehcp-settings';
import { requiredEnv } from '#functions/commons/env';
import { idempotencyStore } from '#functions/commons/idempotency';
import { logger } from '#functions/commons/powertools';

const index = dynamoDbEhcpDateIndex(documentClient, requiredEnv('EHCP_TABLE_NAME'));
const mailFrom = requiredEnv('MAIL_FROM');
const mailer = sesMailer(ses, { configurationSetName: process.env.SES_CONFIGURATION_SET || undefined });
const quadrantManagers = quadrantManagersSetting(requiredEnv('QUADRANT_MANAGERS'));
const dueSoonWorkingDays = dueSoonWorkingDaysSetting(requiredEnv('EHCP_DUE_SOON_WORKING_DAYS'));

const ScheduledInput = z.object({ scheduledTime: z.iso.datetime({ offset: true }) });

const sendOnceConfig = new IdempotencyConfig({
  eventKeyJmesPath: 'key',
  expiresAfterSeconds: 7 * 24 * 60 * 60,
});

// One reminder per recipient per day, however often the sweep runs (a repeated schedule, a
// retried invocation, a run after one that died half-way): keyed on the day and the recipient.
const sendOnce = makeIdempotent(
  async ({ message }: { key: string; message: EmailMessage }) => mailer.send(message, mailFrom),
  { persistenceStore: idempotencyStore(), config: sendOnceConfig, keyPrefix: 'ehcp-reminder' },
);

/**
 * The daily EHCP sweep (schedule, 07:00 Europe/London): each case officer's consolidated
 * reminder and each quadrant manager's overdue list, each sent once per day. Its day is the
 * schedule's time, never the clock's.
 */
export const handler = middy<unknown, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (input: unknown, context: Context) => {
    sendOnceConfig.registerLambdaContext(context);
    const date = londonDateOf(scheduledTime(ScheduledInput.parse(input)));
    const run = await sendDailyReminders(date, {
      openMilestonesRemindedBy: (quadrant, upTo) => index.openMilestonesRemindedBy(quadrant, upTo),
      sendOnce: (key, message) => sendOnce({ key, message }),
      dueSoonWorkingDays,
      quadrantManagers,
    });
    logger.info('EHCP reminders sent', { ...run });
    return run;
  });
