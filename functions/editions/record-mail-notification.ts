import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parse } from '@aws-lambda-powertools/parser';
import middy from '@middy/core';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { suppressionsFrom } from '#domain/editions/suppression';
import { SesNotificationSchema } from '#events/ses-notification';
import { dynamoDbCommsWrites } from '#functions/adapters/dynamodb-comms-writes';
import { jsonString } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requiredEnv } from '#functions/commons/env';
import { logger } from '#functions/commons/powertools';
import { loggingFailures } from '#functions/commons/record-failure';

const writes = dynamoDbCommsWrites(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const NotificationMessage = jsonString(SesNotificationSchema, 'message body');
const processor = new BatchProcessor(EventType.SQS);

const recordHandler = async (record: SQSRecord) => {
  const notification = parse(record.body, undefined, NotificationMessage);
  const suppressions = suppressionsFrom(notification);
  for (const suppression of suppressions) await writes.putSuppression(suppression);
  // Addresses are personal data: log the kind and how many, never which.
  logger.info('mail notification', {
    kind: notification.eventType ?? notification.notificationType,
    sesMessageId: notification.mail.messageId,
    suppressed: suppressions.length,
  });
};

/**
 * `mailNotifications` queue consumer (SES configuration set → SNS → SQS, raw delivery): records
 * every address that bounced permanently or complained, so no later edition is sent to it.
 */
export const handler = middy<SQSEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (event, context) =>
    processPartialResponse(event, loggingFailures(recordHandler), processor, { context }),
  );
