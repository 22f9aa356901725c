import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SchoolDirectoryUpdates } from '#domain/schools/school-directory';
import { backoff, MAX_ATTEMPTS, schoolItem, WRITE_BATCH, WRITE_CONCURRENCY } from './dynamodb-school-item.ts';

type WriteRequests = NonNullable<ConstructorParameters<typeof BatchWriteCommand>[0]['RequestItems']>[string];

/**
 * Schools written as GIAS publishes them, in batches of 25, 4 at a time, with what DynamoDB
 * leaves unprocessed retried (`dynamodb:BatchWriteItem`); contacts items are left alone.
 */
export function dynamoDbSchoolImport(
  client: DynamoDBDocumentClient,
  tableName: string,
): Pick<SchoolDirectoryUpdates, 'putSchools'> {
  const writeBatch = async (requests: WriteRequests) => {
    let pending = requests;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= MAX_ATTEMPTS) {
        throw new Error(
          `DynamoDB left ${pending.length} school writes unprocessed after ${MAX_ATTEMPTS} attempts`,
        );
      }
      if (attempt > 0) await backoff(attempt);
      const { UnprocessedItems } = await client.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: pending } }),
      );
      pending = UnprocessedItems?.[tableName] ?? [];
    }
  };

  return {
    async putSchools(batch) {
      // One BatchWriteItem may not name a key twice: the last record of a URN stands.
      const unique = [...new Map(batch.map((school) => [school.urn, school])).values()];
      const chunks: WriteRequests[] = [];
      for (let i = 0; i < unique.length; i += WRITE_BATCH) {
        chunks.push(
          unique.slice(i, i + WRITE_BATCH).map((school) => ({ PutRequest: { Item: schoolItem(school) } })),
        );
      }
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < chunks.length; i = next++) await writeBatch(chunks[i]!);
      };
      await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, chunks.length) }, worker));
    },
  };
}
