import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { contactsOf } from '#domain/editions/send-edition';
import type { CommsItemRequestInput } from '#events/comms-item';
import { directoryOpenSchools } from '#functions/adapters/directory-open-schools';
import { dynamoDbSchoolListing } from '#functions/adapters/dynamodb-school-listing';
import { type InboxEmail, readInbox } from '#local/inbox';
import type { LocalRuntime } from '#local/runtime';
import { standInClients } from './aws-clients.ts';
import { itemRequest } from './comms-items.ts';

/** Posts JSON to the running API. */
export const send = (runtime: LocalRuntime, method: string, path: string, body?: unknown) =>
  fetch(`${runtime.apiUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** Submits an item; answers its reference and edition. */
export const submit = async (runtime: LocalRuntime, overrides: Partial<CommsItemRequestInput> = {}) => {
  const response = await send(runtime, 'POST', '/comms/items', itemRequest(overrides));
  if (response.status !== 202) throw new Error(`item refused: ${response.status} ${await response.text()}`);
  return (await response.json()) as { itemId: string; edition: string };
};

/** Every person (address, per school) the sample directory holds for Essex's open schools: who an edition goes to. */
export const everyContact = async (runtime: LocalRuntime): Promise<string[]> => {
  const { dynamoDb } = standInClients(runtime.endpoints);
  const listing = dynamoDbSchoolListing(
    DynamoDBDocumentClient.from(dynamoDb),
    runtime.resources.tables.directory!,
  );
  const people: string[] = [];
  for await (const entry of directoryOpenSchools(listing, '881').list())
    for (const contact of contactsOf(entry))
      people.push(`${entry.school.urn} ${contact.email.toLowerCase()}`);
  dynamoDb.destroy();
  return people.sort();
};

/** The editions of one Monday in the (shared) inbox, by subject: "Weekly update for schools, Monday 22 March 2027". */
export const editionsOf = async (runtime: LocalRuntime, monday: string): Promise<InboxEmail[]> =>
  (await readInbox(runtime.inboxUrl)).filter((e) =>
    e.subject.startsWith(`Weekly update for schools, ${monday}`),
  );

/** Recipients of emails, each as `urn address` (the school is read from the email's footer). */
export const recipientsOf = (emails: readonly InboxEmail[]): string[] =>
  emails
    .map((e) => `${/\(URN (\d+)\)/.exec(e.body.text ?? '')?.[1]} ${e.destination.to[0]!.toLowerCase()}`)
    .sort();

/** Waits until `count` editions of a Monday are in the inbox (or fails), then a little longer for any extra. */
export const waitForEditions = async (
  runtime: LocalRuntime,
  monday: string,
  count: number,
  timeoutMs = 60_000,
) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const emails = await editionsOf(runtime, monday);
    if (emails.length >= count) break;
    if (Date.now() > deadline)
      throw new Error(`${emails.length} of ${count} editions of ${monday} arrived within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
  // A duplicate, were there one, would be behind the last of the first copies.
  await new Promise((r) => setTimeout(r, 1_500));
  return editionsOf(runtime, monday);
};
