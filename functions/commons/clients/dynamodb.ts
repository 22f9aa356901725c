import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** DynamoDB client, created once per execution environment. */
export const dynamoDb = new DynamoDBClient({});

/** Document client over {@link dynamoDb}: plain JS values in and out. */
export const documentClient = DynamoDBDocumentClient.from(dynamoDb, {
  marshallOptions: { removeUndefinedValues: true },
});
