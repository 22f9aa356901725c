import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { CommsItemRejectedError } from '#domain/editions/accept-item';
import { UnknownItemError, WithdrawnItemError } from '#domain/editions/comms-items';
import { EditionLockedError } from '#domain/editions/locked-edition';
import { editItem, withdrawItem, writeLetter } from '#domain/editions/manage-items';
import { CommsItemIdSchema, CommsItemRequestSchema } from '#events/comms-item';
import { DirectorLetterRequestSchema } from '#events/director-letter';
import { EditionDateSchema } from '#events/edition-date';
import { dynamoDbCommsReads } from '#functions/adapters/dynamodb-comms-reads';
import { dynamoDbCommsWrites } from '#functions/adapters/dynamodb-comms-writes';
import { apiRequestWithPath, apiRequestWithPathAndBody } from '#functions/commons/api-request';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { requestTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { bodyIssues, json, validationError } from '#functions/commons/http';
import { jsonBodyGuard } from '#functions/commons/json-body-guard';
import { logger } from '#functions/commons/powertools';
import { MAX_ITEM_BYTES } from './comms-limits.ts';
import { editionSchedule } from './comms-settings.ts';

const reads = dynamoDbCommsReads(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const writes = dynamoDbCommsWrites(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const schedule = editionSchedule();
const items = { get: reads.item, replace: writes.replaceItem, putLetter: writes.putLetter };
const editions = { get: reads.locked };

const EditItemEvent = apiRequestWithPathAndBody({ itemId: CommsItemIdSchema }, CommsItemRequestSchema);
const WithdrawItemEvent = apiRequestWithPath({ itemId: CommsItemIdSchema });
const LetterEvent = apiRequestWithPathAndBody({ date: EditionDateSchema }, DirectorLetterRequestSchema);

const invalid = (error: z.ZodError) => validationError(bodyIssues(error.issues));

const answerFor = (error: unknown) => {
  if (error instanceof UnknownItemError) return json(404, { error: 'NotFound', message: error.message });
  if (error instanceof WithdrawnItemError || error instanceof EditionLockedError)
    return json(409, { error: 'Conflict', message: error.message });
  if (error instanceof CommsItemRejectedError)
    return validationError([{ path: error.field, message: error.message }]);
  throw error;
};

const editEditionContent = async (event: APIGatewayProxyEvent) => {
  const now = requestTime(event);
  try {
    if (event.resource === '/editions/{date}/letter') {
      const parsed = LetterEvent.safeParse(event);
      if (!parsed.success) return invalid(parsed.error);
      const edition = parsed.data.pathParameters.date as `${number}-${number}-${number}`;
      await writeLetter({ items, editions, schedule }, edition, parsed.data.body, now);
      logger.info('director letter written', { edition });
      return json(200, { edition });
    }
    if (event.httpMethod === 'DELETE') {
      const parsed = WithdrawItemEvent.safeParse(event);
      if (!parsed.success) return invalid(parsed.error);
      const { itemId } = parsed.data.pathParameters;
      await withdrawItem({ items, editions, schedule }, itemId, now);
      logger.info('comms item withdrawn', { itemId });
      return json(200, { itemId, status: 'withdrawn' });
    }
    const parsed = EditItemEvent.safeParse(event);
    if (!parsed.success) return invalid(parsed.error);
    const { itemId } = parsed.data.pathParameters;
    const item = await editItem({ items, editions, schedule }, itemId, parsed.data.body, now);
    logger.info('comms item edited', { itemId, edition: item.edition });
    return json(200, { itemId, edition: item.edition });
  } catch (error) {
    return answerFor(error);
  }
};

/**
 * PUT and DELETE /comms/items/{itemId} (edit, withdraw) and PUT /editions/{date}/letter, each
 * until the item's edition is locked (409 after): 404 for an unknown item, 400 naming bad fields.
 */
export const handler = middy<APIGatewayProxyEvent, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use({
    before: (request) =>
      request.event.httpMethod === 'DELETE' ? undefined : jsonBodyGuard(MAX_ITEM_BYTES).before!(request),
  })
  .handler(editEditionContent);
