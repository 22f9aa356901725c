import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { IsoDate } from '#domain/shared/iso-date';
import { type ParkedEvent, parkedPartition } from './dynamodb-ehcp-parked-item.ts';
import { queryAll } from './dynamodb-query-all.ts';

/**
 * Reads the case events parked on a day (`dynamodb:Query` on the `ehcp` table's
 * `PARKED#<day>` partition), oldest first, every page.
 */
export function dynamoDbEhcpParkedReads(client: DynamoDBDocumentClient, tableName: string) {
  return async (day: IsoDate): Promise<ParkedEvent[]> => {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': parkedPartition(day) },
    });
    return items.map((item) => {
      const { messageId, receivedAt, reason, issues, caseRef, body } = item as unknown as ParkedEvent;
      return { messageId, receivedAt, reason, issues, ...(caseRef && { caseRef }), body };
    });
  };
}
