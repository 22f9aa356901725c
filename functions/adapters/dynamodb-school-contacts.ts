import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type SchoolDirectoryUpdates, UnknownSchoolError } from '#domain/schools/school-directory';
import { CONTACTS_SK, pkOf, SCHOOL_SK } from './dynamodb-school-item.ts';

/**
 * A school's contacts, replaced in one transaction that first checks the school exists
 * (`dynamodb:ConditionCheckItem` and `dynamodb:PutItem`).
 */
export function dynamoDbSchoolContacts(
  client: DynamoDBDocumentClient,
  tableName: string,
): Pick<SchoolDirectoryUpdates, 'putContacts'> {
  return {
    async putContacts(urn, contacts) {
      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                ConditionCheck: {
                  TableName: tableName,
                  Key: { pk: pkOf(urn), sk: SCHOOL_SK },
                  ConditionExpression: 'attribute_exists(pk)',
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: { pk: pkOf(urn), sk: CONTACTS_SK, entity: 'SchoolContacts', contacts },
                },
              },
            ],
          }),
        );
      } catch (error) {
        if (
          error instanceof TransactionCanceledException &&
          error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
        ) {
          throw new UnknownSchoolError(urn);
        }
        throw error;
      }
    },
  };
}
