import {
  CreateTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { AnyWiring } from '#wiring/types';

/** A queue as created locally, with its dead-letter queue. */
export interface LocalQueue {
  readonly name: string;
  readonly url: string;
  readonly arn: string;
  readonly dlqUrl: string;
  readonly dlqArn: string;
}

/** What provisioning created: physical names by logical name. */
export interface LocalResources {
  readonly tables: Record<string, string>;
  readonly queues: Record<string, LocalQueue>;
}

async function createQueue(
  sqs: SQSClient,
  endpoint: string,
  name: string,
  attributes: Record<string, string>,
) {
  const created = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  // fauxqs names queues `http://sqs.<region>.localhost:<port>/...`, a host that need not resolve, and
  // the SQS client sends to the QueueUrl's host: point the URL at the endpoint the clients use.
  const url = new URL(new URL(created.QueueUrl!).pathname, endpoint).href;
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
  );
  return { url, arn: Attributes!.QueueArn! };
}

/**
 * Creates every table and queue the wiring declares, the way the stateful and stateless
 * stacks do: on-demand tables with their TTL attribute and global secondary indexes (every
 * attribute projected), each queue with a DLQ and a redrive policy. `prefix` keeps parallel
 * test runs apart on shared stand-ins.
 */
export async function provision(
  wiring: AnyWiring,
  clients: { dynamoDb: DynamoDBClient; sqs: SQSClient; sqsEndpoint: string },
  prefix = '',
): Promise<LocalResources> {
  const tables: Record<string, string> = {};
  await Promise.all(
    Object.entries(wiring.tables).map(async ([logical, spec]) => {
      const name = `${prefix}${logical}`;
      const keySchema = (partitionKey: string, sortKey?: string) => [
        { AttributeName: partitionKey, KeyType: 'HASH' as const },
        ...(sortKey ? [{ AttributeName: sortKey, KeyType: 'RANGE' as const }] : []),
      ];
      const indexes = spec.indexes ?? [];
      const attributes = new Set([
        spec.partitionKey,
        ...(spec.sortKey ? [spec.sortKey] : []),
        ...indexes.flatMap((index) => [index.partitionKey, ...(index.sortKey ? [index.sortKey] : [])]),
      ]);
      try {
        await clients.dynamoDb.send(
          new CreateTableCommand({
            TableName: name,
            BillingMode: 'PAY_PER_REQUEST',
            KeySchema: keySchema(spec.partitionKey, spec.sortKey),
            AttributeDefinitions: [...attributes].map((a) => ({ AttributeName: a, AttributeType: 'S' })),
            ...(indexes.length > 0
              ? {
                  GlobalSecondaryIndexes: indexes.map((index) => ({
                    IndexName: index.name,
                    KeySchema: keySchema(index.partitionKey, index.sortKey),
                    Projection: { ProjectionType: 'ALL' as const },
                  })),
                }
              : {}),
          }),
        );
        if (spec.timeToLiveAttribute) {
          await clients.dynamoDb.send(
            new UpdateTimeToLiveCommand({
              TableName: name,
              TimeToLiveSpecification: { AttributeName: spec.timeToLiveAttribute, Enabled: true },
            }),
          );
        }
      } catch (error) {
        // A persistent local store keeps its tables between runs.
        if (!(error instanceof ResourceInUseException)) throw error;
      }
      tables[logical] = name;
    }),
  );

  const queues: Record<string, LocalQueue> = {};
  await Promise.all(
    Object.entries(wiring.queues).map(async ([logical, spec]) => {
      const name = `${prefix}${logical}`;
      const dlq = await createQueue(clients.sqs, clients.sqsEndpoint, `${name}-dlq`, {
        MessageRetentionPeriod: String(14 * 24 * 3600),
      });
      const queue = await createQueue(clients.sqs, clients.sqsEndpoint, name, {
        VisibilityTimeout: String(spec.visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: dlq.arn,
          maxReceiveCount: spec.maxReceiveCount,
        }),
      });
      queues[logical] = { name, url: queue.url, arn: queue.arn, dlqUrl: dlq.url, dlqArn: dlq.arn };
    }),
  );
  return { tables, queues };
}
