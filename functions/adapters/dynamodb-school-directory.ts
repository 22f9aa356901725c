import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { School, SchoolStatusName } from '#domain/schools/school';
import type { SchoolContact } from '#domain/schools/school-contact';
import {
  type DirectoryEntry,
  type SchoolDirectory,
  UnknownSchoolError,
} from '#domain/schools/school-directory';

/**
 * The directory table's key design:
 * - a school: `pk = SCHOOL#<urn>`, `sk = SCHOOL`, the school's GIAS fields as attributes, and
 *   the index keys `laCode` (e.g. "881") and `statusUrn` (`<status>#<urn>`, e.g. `open#100000`);
 * - its contacts beside it: `pk = SCHOOL#<urn>`, `sk = CONTACTS`, `contacts: [...]`, so a
 *   re-import of GIAS (which replaces school items) keeps them, and one Query reads both;
 * - the global secondary index {@link BY_LOCAL_AUTHORITY_INDEX} (`laCode`, `statusUrn`, all
 *   attributes projected) lists an LA's schools, by status then URN. Contacts items carry no
 *   `laCode`, so they are not in it.
 */
export const BY_LOCAL_AUTHORITY_INDEX = 'byLocalAuthority';

const SCHOOL_SK = 'SCHOOL';
const CONTACTS_SK = 'CONTACTS';
const pkOf = (urn: string) => `SCHOOL#${urn}`;
const statusUrnOf = (status: SchoolStatusName, urn: string) => `${status}#${urn}`;

/** BatchWriteItem takes at most 25 puts; BatchGetItem at most 100 keys. */
const WRITE_BATCH = 25;
const READ_BATCH = 100;
/** Batches written at once by one `putSchools`. */
const WRITE_CONCURRENCY = 4;
const MAX_ATTEMPTS = 8;

const schoolItem = (school: School) => ({
  pk: pkOf(school.urn),
  sk: SCHOOL_SK,
  entity: 'School',
  laCode: school.la.code,
  statusUrn: statusUrnOf(school.status.is, school.urn),
  ...school,
});

const pair = (value: unknown) => {
  const { code, name } = value as { code: string; name: string };
  return { code, name };
};

// Rebuilt field by field: the API answers in the School's own order, and index keys stay out.
const toSchool = (item: Record<string, unknown>): School => {
  const status = item.status as School['status'];
  return {
    urn: item.urn as string,
    name: item.name as string,
    la: pair(item.la),
    establishmentType: pair(item.establishmentType),
    typeGroup: pair(item.typeGroup),
    status: { code: status.code, name: status.name, is: status.is },
    ...(item.phase ? { phase: pair(item.phase) } : {}),
    ...(item.statutoryLowAge !== undefined ? { statutoryLowAge: Number(item.statutoryLowAge) } : {}),
    ...(item.statutoryHighAge !== undefined ? { statutoryHighAge: Number(item.statutoryHighAge) } : {}),
    ...(item.postcode ? { postcode: item.postcode as string } : {}),
    ...(item.openDate ? { openDate: item.openDate as string } : {}),
    ...(item.closeDate ? { closeDate: item.closeDate as string } : {}),
  };
};

const contactsOf = (item: Record<string, unknown> | undefined): SchoolContact[] =>
  ((item?.contacts as SchoolContact[] | undefined) ?? []).map(({ role, name, email }) => ({
    role,
    name,
    email,
  }));

// Backoff before retrying what DynamoDB left unprocessed: 50 ms, 100 ms, ... capped at 2 s, jittered.
const backoff = (attempt: number) =>
  new Promise((resolve) =>
    setTimeout(resolve, Math.min(2_000, 50 * 2 ** attempt) * (0.5 + Math.random() / 2)),
  );

type WriteRequests = NonNullable<ConstructorParameters<typeof BatchWriteCommand>[0]['RequestItems']>[string];

/** The schools directory in DynamoDB (see {@link BY_LOCAL_AUTHORITY_INDEX} for the key design). */
export function dynamoDbSchoolDirectory(client: DynamoDBDocumentClient, tableName: string): SchoolDirectory {
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
