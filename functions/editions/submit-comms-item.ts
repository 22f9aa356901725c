import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import type { ParsedResult } from '@aws-lambda-powertools/parser/types';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { CommsItemRejectedError } from '#domain/editions/accept-item';
import { ItemSubmissionConflictError } from '#domain/editions/comms-items';
import { submitItem } from '#domain/editions/manage-items';
import { CommsItemRequestSchema } from '#events/comms-item';
import { dynamoDbCommsReads } from '#functions/adapters/dynamodb-comms-reads';
import { dynamoDbCommsWrites } from '#functions/adapters/dynamodb-comms-writes';
import { apiRequestWithBody } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requestTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { jsonBodyGuard } from '#functions/commons/json-body-guard';
import { logger } from '#functions/commons/powertools';
import { newReference, referenceFor } from '#functions/commons/references';
import { MAX_ITEM_BYTES } from './comms-limits.ts';
import { editionSchedule } from './comms-settings.ts';

const writes = dynamoDbCommsWrites(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const reads = dynamoDbCommsReads(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const items = { add: writes.addItem, get: reads.item };
const schedule = editionSchedule();

const SubmitItemEventSchema = apiRequestWithBody(CommsItemRequestSchema);

type SubmitItemEvent = ParsedResult<unknown, z.infer<typeof SubmitItemEventSchema>>;

const submitCommsItem = async (event: SubmitItemEvent) => {
  if (!event.success) {
    const issues = (event.error.cause ?? []) as Parameters<typeof bodyIssues>[0];
    logger.info('comms item rejected', { issues: issues.length });
    return validationError(bodyIssues(issues));
  }
  try {
    // A team's system retrying a POST names it with an Idempotency-Key: the retry gets the same item.
    const key = event.data.headers['idempotency-key'];
    const item = await submitItem({ items, schedule }, event.data.body, {
      itemId: key ? referenceFor('CI', `key:${key}`) : newReference('CI'),
      now: requestTime(event.data),
      retriable: key !== undefined,
    });
    logger.info('comms item accepted', {
      itemId: item.itemId,
      edition: item.edition,
      category: item.category,
    });
    return json(
      202,
      { itemId: item.itemId, edition: item.edition },
      { location: `/comms/items/${item.itemId}` },
    );
  } catch (error) {
    if (error instanceof CommsItemRejectedError)
      return validationError([{ path: error.field, message: error.message }]);
    if (error instanceof ItemSubmissionConflictError)
      return json(409, { error: 'Conflict', message: error.message });
    throw error;
  }
};

/**
 * POST /comms/items: accepts an item for the Monday edition whose cut-off it beat (202), naming
 * every bad field (400). With an `Idempotency-Key` header a retry answers the item first stored
 * under that key; a different item under a used key is 409.
 */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(jsonBodyGuard(MAX_ITEM_BYTES))
  .use(parser({ schema: SubmitItemEventSchema, safeParse: true }))
  .handler(submitCommsItem);
