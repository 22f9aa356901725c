import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type ParkedEvent, parkedPartition } from './dynamodb-ehcp-parked-item.ts';

export type { ParkedEvent } from './dynamodb-ehcp-parked-item.ts';

/** Parked events are kept for a year, then expire. */
const KEEP_SECONDS = 365 * 24 * 60 * 60;

/**
 * Parks case events in the `ehcp` table under `PARKED#<day received>` (encrypted like every case
 * item), one item per delivery: parking the same message twice overwrites it.
 */
export function dynamoDbEhcpParking(client: DynamoDBDocumentClient, tableName: string) {
  return async (parked: ParkedEvent): Promise<void> => {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: parkedPartition(parked.receivedAt.slice(0, 10)),
          sk: `${parked.receivedAt}#${parked.messageId}`,
          ...parked,
          expiresAt: Math.floor(Date.parse(parked.receivedAt) / 1000) + KEEP_SECONDS,
        },
      }),
    );
  };
}
