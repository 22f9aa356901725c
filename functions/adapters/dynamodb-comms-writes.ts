import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ItemIdTakenError, type StoredItem } from '#domain/editions/comms-items';
import type { DirectorLetter } from '#domain/editions/director-letter';
import type { LockedEdition } from '#domain/editions/locked-edition';
import type { Suppression } from '#domain/editions/suppression';
import type { RecordedBreach } from '#events/comms-breach';
import {
  BREACHES_PK,
  itemRecord,
  letterRecord,
  lockedRecord,
  SUPPRESSION_SK,
  suppressionPk,
} from './dynamodb-comms-item.ts';

/**
 * Whole-item writes to the comms table (`dynamodb:PutItem` only): new items (conditional),
 * edits and withdrawals, letters, the edition lock (conditional: the first lock wins),
 * suppressions and breach reports.
 */
export function dynamoDbCommsWrites(client: DynamoDBDocumentClient, tableName: string) {
  const put = (Item: Record<string, unknown>, ConditionExpression?: string) =>
    client.send(new PutCommand({ TableName: tableName, Item, ConditionExpression }));
  return {
    async addItem(item: StoredItem): Promise<void> {
      try {
        await put(itemRecord(item), 'attribute_not_exists(pk)');
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw new ItemIdTakenError(item.itemId);
        throw error;
      }
    },
    async replaceItem(item: StoredItem): Promise<void> {
      await put(itemRecord(item), 'attribute_exists(pk)');
    },
    async putLetter(letter: DirectorLetter): Promise<void> {
      await put(letterRecord(letter));
    },
    /** Stores the lock unless one is stored; answers whether this one was. */
    async lockOnce(edition: LockedEdition): Promise<boolean> {
      try {
        await put(lockedRecord(edition), 'attribute_not_exists(pk)');
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },
    async putSuppression(suppression: Suppression): Promise<void> {
      await put({ pk: suppressionPk(suppression.email), sk: SUPPRESSION_SK, ...suppression });
    },
    async putBreach(breach: RecordedBreach): Promise<void> {
      await put({ pk: BREACHES_PK, sk: `${breach.receivedOn}#${breach.breachId}`, ...breach });
    },
  };
}
