import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Deliveries } from '#domain/editions/deliveries';
import { deliverySk, editionPk } from './dynamodb-comms-item.ts';

/**
 * Delivery records, one per edition, school and address (`dynamodb:UpdateItem`): a claim is a
 * conditional update that succeeds only when there is no record or a claim whose lease ran out
 * unsent; what stopped a claim is read from the old record (`ReturnValuesOnConditionCheckFailure`).
 */
export function dynamoDbDeliveryClaims(
  client: DynamoDBDocumentClient,
  tableName: string,
): Pick<Deliveries, 'claim' | 'markSent'> {
  return {
    async claim(edition, urn, email, now, leaseMs) {
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: { pk: editionPk(edition), sk: deliverySk(urn, email) },
            ConditionExpression: 'attribute_not_exists(pk) OR (#status = :sending AND leaseUntil < :now)',
            UpdateExpression: 'SET #status = :sending, leaseUntil = :lease, urn = :urn ADD attempts :one',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':sending': 'sending',
              ':now': now.toISOString(),
              ':lease': new Date(now.getTime() + leaseMs).toISOString(),
              ':urn': urn,
              ':one': 1,
            },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return 'claimed';
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) {
          const old = error.Item ? unmarshall(error.Item) : undefined;
          return old?.status === 'sent' ? 'sent-already' : 'in-progress';
        }
        throw error;
      }
    },
    async markSent(edition, urn, email, messageId, at) {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: editionPk(edition), sk: deliverySk(urn, email) },
          UpdateExpression: 'SET #status = :sent, messageId = :messageId, sentAt = :at REMOVE leaseUntil',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':sent': 'sent', ':messageId': messageId, ':at': at.toISOString() },
        }),
      );
    },
  };
}
