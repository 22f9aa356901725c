import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { dynamoDb } from './clients/dynamodb.ts';
import { requiredEnv } from './env.ts';

/**
 * A persistence layer over the idempotency records table. One per idempotent operation: a
 * layer holds its operation's configuration, so two operations must not share one.
 */
export const idempotencyStore = () =>
  new DynamoDBPersistenceLayer({
    tableName: requiredEnv('IDEMPOTENCY_TABLE_NAME'),
    awsSdkV3Client: dynamoDb,
  });
