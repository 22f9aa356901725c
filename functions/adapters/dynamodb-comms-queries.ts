import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EditionSummary } from '#domain/editions/locked-edition';
import type { IsoDate } from '#domain/shared/iso-date';
import type { RecordedBreach } from '#events/comms-breach';
import type { CommsItem } from '#events/comms-item';
import { BREACHES_PK, BY_EDITION_INDEX, itemFrom, LOCKED_PK } from './dynamodb-comms-item.ts';
import { queryAll } from './dynamodb-query-all.ts';

/**
 * Range reads of the comms table (`dynamodb:Query`, on the table and its `byEdition` index):
 * an edition's active items, the locked editions, a week's breach reports. Every page is read.
 */
export function dynamoDbCommsQueries(client: DynamoDBDocumentClient, tableName: string) {
  const all = (input: Omit<Parameters<typeof queryAll>[1], 'TableName'>) =>
    queryAll(client, { TableName: tableName, ...input });
  return {
    /** The active items of an edition (the sparse index holds active items only). */
    async activeIn(edition: IsoDate): Promise<CommsItem[]> {
      const records = await all({
        IndexName: BY_EDITION_INDEX,
        KeyConditionExpression: 'itemEdition = :edition',
        ExpressionAttributeValues: { ':edition': edition },
      });
      return records.map(itemFrom);
    },
    /** Every locked edition, the newest first, without its content. */
    async lockedEditions(): Promise<EditionSummary[]> {
      const records = await all({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': LOCKED_PK },
        ProjectionExpression: 'edition, lockedAt, itemCount',
        ScanIndexForward: false,
      });
      return records.map((r) => ({
        edition: r.edition as IsoDate,
        lockedAt: r.lockedAt as string,
        itemCount: Number(r.itemCount),
      }));
    },
    /** Breach reports of messages received from `from` to `to` (inclusive). */
    async breachesBetween(from: IsoDate, to: IsoDate): Promise<RecordedBreach[]> {
      const records = await all({
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': BREACHES_PK, ':from': `${from}#`, ':to': `${to}#~` },
      });
      return records.map((r) => ({
        urn: r.urn as string,
        sendingTeam: r.sendingTeam as string,
        receivedOn: r.receivedOn as IsoDate,
        subject: r.subject as string,
        breachId: r.breachId as string,
        reportedAt: r.reportedAt as string,
      }));
    },
  };
}
