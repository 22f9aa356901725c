import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { parse } from '@aws-lambda-powertools/parser';
import middy from '@middy/core';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { clashEmail } from '#domain/calendar/clash-email';
import { type AskClashFound, AskClashFoundEnvelopeSchema } from '#events/ask-clash-found';
import { sesMailer } from '#functions/adapters/ses-mailer';
import { jsonString } from '#functions/commons/api-request';
import { schoolsCommunicationsTeam } from '#functions/commons/calendar-settings';
import { ses } from '#functions/commons/clients/ses';
import { requiredEnv } from '#functions/commons/env';
import { eventBridgeEvent } from '#functions/commons/eventbridge-event';
import { idempotencyStore } from '#functions/commons/idempotency';
import { metrics } from '#functions/commons/metrics';
import { logger } from '#functions/commons/powertools';
import { loggingFailures } from '#functions/commons/record-failure';

const mailFrom = requiredEnv('MAIL_FROM');
const schoolsCommunications = schoolsCommunicationsTeam(requiredEnv('SCHOOLS_COMMUNICATIONS_MAILBOX'));
const mailer = sesMailer(ses, { configurationSetName: process.env.SES_CONFIGURATION_SET || undefined });

const AskClashFoundMessage = jsonString(eventBridgeEvent(AskClashFoundEnvelopeSchema), 'message body');

const processor = new BatchProcessor(EventType.SQS);

const sendOnceConfig = new IdempotencyConfig({
  eventKeyJmesPath: 'clashId',
  expiresAfterSeconds: 7 * 24 * 60 * 60,
});

// One email per clash (the ask and its version, or the refused submission), however often
// AskClashFound is delivered or re-published.
const sendOnce = makeIdempotent(
  async (clash: AskClashFound['data']) =>
    mailer.send(
      clashEmail({
        ask: { askId: clash.askId, title: clash.title, window: clash.window, owner: clash.owner },
        report: { clashes: clash.clashes, suggestions: clash.suggestions },
        policy: clash.policy,
        bufferWorkingDays: clash.bufferWorkingDays,
        schoolsCommunications,
      }),
      mailFrom,
    ),
  { persistenceStore: idempotencyStore(), config: sendOnceConfig, keyPrefix: 'ask-clash-email' },
);

const recordHandler = async (record: SQSRecord) => {
  const clash = parse(record.body, undefined, AskClashFoundMessage).detail.data;
  const { messageId } = await sendOnce(clash);
  logger.info('clash email sent', { clashId: clash.clashId, sesMessageId: messageId });
  metrics.addMetric('ClashEmailsSent', MetricUnit.Count, 1);
};

/** `clashEmail` queue consumer: emails the owning team and Schools Communications once per clash. */
export const handler = middy<SQSEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .handler(async (event, context) => {
    sendOnceConfig.registerLambdaContext(context);
    return processPartialResponse(event, loggingFailures(recordHandler), processor, { context });
  });
