import { BatchGetCommand, type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { SchoolContact } from '#domain/schools/school-contact';
import type { DirectoryEntry, SchoolListing } from '#domain/schools/school-directory';
import {
  BY_LOCAL_AUTHORITY_INDEX,
  backoff,
  CONTACTS_SK,
  contactsOf,
  MAX_ATTEMPTS,
  pkOf,
  READ_BATCH,
  toSchool,
} from './dynamodb-school-item.ts';

/**
 * A local authority's schools with their contacts, page by page: a Query on the
 * {@link BY_LOCAL_AUTHORITY_INDEX} index, then BatchGetItem for the page's contacts
 * (`dynamodb:Query` on the index, `dynamodb:BatchGetItem` on the table).
 */
export function dynamoDbSchoolListing(client: DynamoDBDocumentClient, tableName: string): SchoolListing {
  const contactsFor = async (urns: readonly string[]): Promise<Map<string, SchoolContact[]>> => {
    const found = new Map<string, SchoolContact[]>();
    for (let i = 0; i < urns.length; i += READ_BATCH) {
      let keys: Record<string, unknown>[] = urns
        .slice(i, i + READ_BATCH)
        .map((urn) => ({ pk: pkOf(urn), sk: CONTACTS_SK }));
      for (let attempt = 0; keys.length > 0; attempt++) {
        if (attempt >= MAX_ATTEMPTS)
          throw new Error(`DynamoDB left ${keys.length} contact reads unprocessed`);
        if (attempt > 0) await backoff(attempt);
        const { Responses, UnprocessedKeys } = await client.send(
          new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }),
        );
        for (const item of Responses?.[tableName] ?? []) {
          found.set(String(item.pk).slice('SCHOOL#'.length), contactsOf(item));
        }
        keys = UnprocessedKeys?.[tableName]?.Keys ?? [];
      }
    }
    return found;
  };

  return {
    async *listSchools(query) {
      const statuses = query.status === undefined ? [undefined] : [query.status].flat();
      for (const status of statuses) {
        let startKey: Record<string, unknown> | undefined;
        do {
          const page = await client.send(
            new QueryCommand({
              TableName: tableName,
              IndexName: BY_LOCAL_AUTHORITY_INDEX,
              KeyConditionExpression:
                status === undefined ? 'laCode = :la' : 'laCode = :la AND begins_with(statusUrn, :status)',
              ExpressionAttributeValues: {
                ':la': query.laCode,
                ...(status === undefined ? {} : { ':status': `${status}#` }),
              },
              Limit: READ_BATCH,
              ExclusiveStartKey: startKey,
            }),
          );
          const schools = (page.Items ?? []).map(toSchool);
          const contacts = await contactsFor(schools.map((s) => s.urn));
          for (const school of schools) {
            yield { school, contacts: contacts.get(school.urn) ?? [] } satisfies DirectoryEntry;
          }
          startKey = page.LastEvaluatedKey;
        } while (startKey);
      }
    },
  };
}
