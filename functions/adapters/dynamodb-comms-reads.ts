import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredItem } from '#domain/editions/comms-items';
import type { DirectorLetter } from '#domain/editions/director-letter';
import type { EditionRun } from '#domain/editions/edition-run';
import type { LockedEdition } from '#domain/editions/locked-edition';
import { normaliseEmail } from '#domain/editions/suppression';
import type { IsoDate } from '#domain/shared/iso-date';
import {
  editionPk,
  ITEM_SK,
  itemPk,
  LETTER_SK,
  LOCKED_PK,
  letterFrom,
  lockedFrom,
  RUN_SK,
  runFrom,
  SUPPRESSION_SK,
  storedItemFrom,
  suppressionPk,
} from './dynamodb-comms-item.ts';

/**
 * Single-item reads of the comms table (`dynamodb:GetItem` only), shared by the functions that
 * read an item, a letter, a locked edition, a run or a suppression. Strongly consistent: a
 * lock or a claim just written must be seen.
 */
export function dynamoDbCommsReads(client: DynamoDBDocumentClient, tableName: string) {
  const get = async (pk: string, sk: string) =>
    (await client.send(new GetCommand({ TableName: tableName, Key: { pk, sk }, ConsistentRead: true }))).Item;
  return {
    async item(itemId: string): Promise<StoredItem | undefined> {
      const record = await get(itemPk(itemId), ITEM_SK);
      return record && storedItemFrom(record);
    },
    async letter(edition: IsoDate): Promise<DirectorLetter | undefined> {
      const record = await get(editionPk(edition), LETTER_SK);
      return record && letterFrom(record);
    },
    async locked(edition: IsoDate): Promise<LockedEdition | undefined> {
      const record = await get(LOCKED_PK, edition);
      return record && lockedFrom(record);
    },
    async run(edition: IsoDate): Promise<EditionRun | undefined> {
      const record = await get(editionPk(edition), RUN_SK);
      return record && runFrom(record);
    },
    async isSuppressed(email: string): Promise<boolean> {
      return (await get(suppressionPk(normaliseEmail(email)), SUPPRESSION_SK)) !== undefined;
    },
  };
}
