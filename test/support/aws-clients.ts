import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { StandInEndpoints } from '#local/stand-ins';

const local = { region: 'eu-west-2', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

/** SDK clients pointed at the stand-ins. */
export const standInClients = (endpoints: StandInEndpoints) => ({
  dynamoDb: new DynamoDBClient({ ...local, endpoint: endpoints.dynamodb }),
  sqs: new SQSClient({ ...local, endpoint: endpoints.sqs }),
});

/** A prefix that keeps one test file's tables and queues apart from the others'. */
export const uniquePrefix = (name: string) => `${name}-${randomUUID().slice(0, 8)}-`;

/** Polls `probe` until it returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
