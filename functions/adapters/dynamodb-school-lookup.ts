import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { SchoolLookup } from '#domain/schools/school-directory';
import { CONTACTS_SK, contactsOf, pkOf, SCHOOL_SK, toSchool } from './dynamodb-school-item.ts';

/** One school and its contacts from the directory table: one Query (`dynamodb:Query`) reads both. */
export function dynamoDbSchoolLookup(client: DynamoDBDocumentClient, tableName: string): SchoolLookup {
  return {
    async get(urn) {
      const { Items = [] } = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pkOf(urn) },
          ConsistentRead: true,
        }),
      );
      const school = Items.find((item) => item.sk === SCHOOL_SK);
      if (!school) return undefined;
      return {
        school: toSchool(school),
        contacts: contactsOf(Items.find((item) => item.sk === CONTACTS_SK)),
      };
    },
  };
}
