import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SchoolDirectory } from '#domain/schools/school-directory';
import { dynamoDbSchoolContacts } from './dynamodb-school-contacts.ts';
import { dynamoDbSchoolImport } from './dynamodb-school-import.ts';
import { dynamoDbSchoolListing } from './dynamodb-school-listing.ts';
import { dynamoDbSchoolLookup } from './dynamodb-school-lookup.ts';

export { BY_LOCAL_AUTHORITY_INDEX } from './dynamodb-school-item.ts';

/**
 * The whole directory over one table, for the importer, the local runtime and tests. A
 * function imports only the part it calls (lookup, listing, contacts or import), so its bundle, and the
 * role the least-privilege test holds it to, has only those operations.
 */
export const dynamoDbSchoolDirectory = (
  client: DynamoDBDocumentClient,
  tableName: string,
): SchoolDirectory => ({
  ...dynamoDbSchoolLookup(client, tableName),
  ...dynamoDbSchoolListing(client, tableName),
  ...dynamoDbSchoolContacts(client, tableName),
  ...dynamoDbSchoolImport(client, tableName),
});
