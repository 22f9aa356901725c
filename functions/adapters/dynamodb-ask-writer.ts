import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { AskVersionConflictError } from '#domain/calendar/ask-errors';
import type { AskRepository } from '#domain/calendar/ask-repository';
import { askItem, askPk, versionSk } from './dynamodb-ask-item.ts';
import { type AskReader, dynamoDbAskReader } from './dynamodb-ask-reader.ts';

/**
 * The whole ask repository over the calendar table: the reader's Queries, and writes that keep
 * every version. A new version is one conditional PutItem (`attribute_not_exists`: two edits of
 * the same version cannot both land; the second gets an AskVersionConflictError), marked
 * current; then the version before is unmarked (UpdateItem). No transaction: if the second
 * write is lost, reads still see one current version per ask (the reader keeps the highest).
 */
export function dynamoDbAskRepository(client: DynamoDBDocumentClient, tableName: string): AskRepository {
  const reader: AskReader = dynamoDbAskReader(client, tableName);
  const putNew = async (item: ReturnType<typeof askItem>) =>
    client.send(
      new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
    );
  return {
    ...reader,
    async addOnce(ask) {
      try {
        await putNew(askItem(ask, true));
        return { ask, created: true };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const current = await reader.get(ask.askId);
        if (!current) throw error;
        return { ask: current, created: false };
      }
    },
    async addVersion(next) {
      try {
        await putNew(askItem(next, true));
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException)
          throw new AskVersionConflictError(next.askId, next.version - 1);
        throw error;
      }
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { pk: askPk(next.askId), sk: versionSk(next.version - 1) },
            UpdateExpression: 'REMOVE currentPk, currentStart',
            ConditionExpression: 'attribute_exists(pk)',
          }),
        );
      } catch (error) {
        // No version before (cannot happen through the use cases): nothing to unmark.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },
  };
}
