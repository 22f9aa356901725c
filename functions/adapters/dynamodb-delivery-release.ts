import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Deliveries } from '#domain/editions/deliveries';
import { deliverySk, editionPk } from './dynamodb-comms-item.ts';

/**
 * Gives a delivery claim back after a failed send (`dynamodb:DeleteItem`), only while it is
 * still an unsent claim: a record marked sent is never removed.
 */
export function dynamoDbDeliveryRelease(
  client: DynamoDBDocumentClient,
  tableName: string,
): Pick<Deliveries, 'release'> {
  return {
    async release(edition, urn, email) {
      try {
        await client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: { pk: editionPk(edition), sk: deliverySk(urn, email) },
            ConditionExpression: '#status = :sending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':sending': 'sending' },
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },
  };
}
