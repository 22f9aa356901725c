import { gunzipSync, gzipSync } from 'node:zlib';
import type { StoredItem } from '#domain/editions/comms-items';
import type { DirectorLetter } from '#domain/editions/director-letter';
import type { EditionRun } from '#domain/editions/edition-run';
import type { LockedEdition } from '#domain/editions/locked-edition';
import type { IsoDate } from '#domain/shared/iso-date';
import type { CommsItem } from '#events/comms-item';

/**
 * The comms table's key design (the weekly Monday email):
 * - an item: `pk = ITEM#<itemId>`, `sk = ITEM`; while active it also carries `itemEdition`
 *   (its Monday), the partition key of the sparse index {@link BY_EDITION_INDEX}, so an
 *   edition's active items are one Query and a withdrawn item drops out of it;
 * - the Director's letter: `pk = EDITION#<date>`, `sk = LETTER`;
 * - the run record: `pk = EDITION#<date>`, `sk = RUN`;
 * - a delivery record: `pk = EDITION#<date>`, `sk = DELIVERY#<urn>#<email>`;
 * - a locked edition: `pk = EDITIONS`, `sk = <date>`, its content gzipped (80 items with long
 *   bodies would pass DynamoDB's 400 KB item limit as JSON), so `GET /editions` is one Query;
 * - a suppressed address: `pk = SUPPRESSION#<email>`, `sk = SUPPRESSION`;
 * - a breach report: `pk = BREACHES`, `sk = <receivedOn>#<breachId>`, read by date range.
 */
export const BY_EDITION_INDEX = 'byEdition';

export const ITEM_SK = 'ITEM';
export const itemPk = (itemId: string) => `ITEM#${itemId}`;
export const editionPk = (edition: IsoDate) => `EDITION#${edition}`;
export const LETTER_SK = 'LETTER';
export const RUN_SK = 'RUN';
export const deliverySk = (urn: string, email: string) => `DELIVERY#${urn}#${email}`;
export const LOCKED_PK = 'EDITIONS';
export const suppressionPk = (email: string) => `SUPPRESSION#${email}`;
export const SUPPRESSION_SK = 'SUPPRESSION';
export const BREACHES_PK = 'BREACHES';

/** An item as stored, with the index key while it is active. */
export const itemRecord = (item: StoredItem) => ({
  pk: itemPk(item.itemId),
  sk: ITEM_SK,
  ...item,
  ...(item.status === 'active' ? { itemEdition: item.edition } : {}),
});

const ITEM_FIELDS = [
  'headline',
  'summary',
  'body',
  'category',
  'actionBy',
  'audience',
  'owner',
  'links',
  'itemId',
  'submittedAt',
  'edition',
] as const;

/** An item from its record, field by field (keys and index attributes left out). */
export const itemFrom = (record: Record<string, unknown>): CommsItem =>
  Object.fromEntries(
    ITEM_FIELDS.filter((f) => record[f] !== undefined).map((f) => [f, record[f]]),
  ) as CommsItem;

/** A stored item from its record. */
export const storedItemFrom = (record: Record<string, unknown>): StoredItem => ({
  ...itemFrom(record),
  status: record.status as StoredItem['status'],
  updatedAt: record.updatedAt as string,
});

/** A letter's record. */
export const letterRecord = (letter: DirectorLetter) => ({
  pk: editionPk(letter.edition),
  sk: LETTER_SK,
  ...letter,
});

/** A letter from its record. */
export const letterFrom = (record: Record<string, unknown>): DirectorLetter => ({
  edition: record.edition as IsoDate,
  body: record.body as string,
  signedBy: record.signedBy as string,
});

/** A locked edition's record: the listing fields in the clear, the content gzipped. */
export const lockedRecord = (edition: LockedEdition) => ({
  pk: LOCKED_PK,
  sk: edition.edition,
  edition: edition.edition,
  lockedAt: edition.lockedAt,
  itemCount: edition.items.length,
  content: gzipSync(JSON.stringify(edition)),
});

/** A locked edition from its record. */
export const lockedFrom = (record: Record<string, unknown>): LockedEdition =>
  JSON.parse(gunzipSync(record.content as Uint8Array).toString('utf8')) as LockedEdition;

/** A run from its record. */
export const runFrom = (record: Record<string, unknown>): EditionRun => ({
  edition: record.edition as IsoDate,
  status: record.status as EditionRun['status'],
  startedAt: record.startedAt as string,
  resumeAfterUrn: record.resumeAfterUrn as string | undefined,
  queued: Number(record.queued ?? 0),
  attempt: Number(record.attempt),
  leaseUntil: record.leaseUntil as string,
  finishedAt: record.finishedAt as string | undefined,
  reason: record.reason as string | undefined,
});
