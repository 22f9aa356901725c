import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { IsoDate } from '#domain/shared/iso-date';
import { type ParkedEvent, parkedPartition } from './dynamodb-ehcp-parked-item.ts';

/**
 * Reads the case events parked on a day (`dynamodb:Query` on the `ehcp` table's
 * `PARKED#<day>` partition), oldest first, every page.
 */
export function dynamoDbEhcpParkedReads(client: DynamoDBDocumentClient, tableName: string) {
  return async (day: IsoDate): Promise<ParkedEvent[]> => {
    const parked: ParkedEvent[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': parkedPartition(day) },
          ExclusiveStartKey,
        }),
      );
      for (const item of page.Items ?? []) {
        const { messageId, receivedAt, reason, issues, caseRef, body } = item as ParkedEvent;
        parked.push({ messageId, receivedAt, reason, issues, ...(caseRef && { caseRef }), body });
      }
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return parked;
  };
}
