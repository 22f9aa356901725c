import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

/** An event that could not be applied, kept with the reason so that nobody loses it. */
export interface ParkedEvent {
  /** The SQS message it came in (unique per delivery). */
  readonly messageId: string;
  /** When it was received (ISO instant). */
  readonly receivedAt: string;
  /** `malformed` (not a case event this system knows) or `impossible` (cannot have happened on its case). */
  readonly reason: 'malformed' | 'impossible';
  /** Each problem: the field and what is wrong. */
  readonly issues: readonly { readonly path: string; readonly message: string }[];
  /** The case, when it could be read. */
  readonly caseRef?: string;
  /** The message as received, to apply again once the cause is fixed. */
  readonly body: string;
}

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
          pk: `PARKED#${parked.receivedAt.slice(0, 10)}`,
          sk: `${parked.receivedAt}#${parked.messageId}`,
          ...parked,
          expiresAt: Math.floor(Date.parse(parked.receivedAt) / 1000) + KEEP_SECONDS,
        },
      }),
    );
  };
}
