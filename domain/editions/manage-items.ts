/**
 * A team's items, from submission until their edition is locked:
 * 1. submit: place the item in the edition whose cut-off it beat and store it;
 * 2. edit: replace its content (it stays in its edition) while that edition is open;
 * 3. withdraw: take it out of its edition while that edition is open.
 * The Director's letter for an edition can be written or rewritten until the edition is locked.
 */
import { sameContent } from '#domain/shared/canonical-json';
import type { IsoDate } from '#domain/shared/iso-date';
import type { CommsItem, CommsItemRequest } from '#events/comms-item';
import type { DirectorLetterRequest } from '#events/director-letter';
import { acceptItem } from './accept-item.ts';
import {
  type CommsItems,
  ItemIdTakenError,
  ItemSubmissionConflictError,
  type StoredItem,
  UnknownItemError,
  WithdrawnItemError,
} from './comms-items.ts';
import type { EditionSchedule } from './edition-schedule.ts';
import { EditionLockedError, isLockedAt, type LockedEditions } from './locked-edition.ts';

/** What the item use cases need (each takes only the part it uses). */
export interface ItemPorts {
  readonly items: CommsItems;
  readonly editions: Pick<LockedEditions, 'get'>;
  readonly schedule: EditionSchedule;
}

type SubmitPorts = { readonly items: Pick<CommsItems, 'add' | 'get'>; readonly schedule: EditionSchedule };
type ChangePorts = Pick<ItemPorts, 'editions' | 'schedule'> & {
  readonly items: Pick<CommsItems, 'get' | 'replace'>;
};
type LetterPorts = Pick<ItemPorts, 'editions' | 'schedule'> & {
  readonly items: Pick<CommsItems, 'putLetter'>;
};

/** The parts of a stored item the team wrote (what a repeated submission must match). */
const requestOf = (item: StoredItem): CommsItemRequest => {
  const { itemId: _i, submittedAt: _s, edition: _e, status: _st, updatedAt: _u, ...request } = item;
  return request;
};

/** The item without its storage fields. */
const itemOf = (stored: StoredItem): CommsItem => {
  const { status: _s, updatedAt: _u, ...item } = stored;
  return item;
};

/** The item stored under a retried submission's id, if it is the same item. */
const storedSubmission = async (
  ports: SubmitPorts,
  request: CommsItemRequest,
  itemId: string,
): Promise<CommsItem | undefined> => {
  const stored = await ports.items.get(itemId);
  if (!stored) return undefined;
  if (stored.status !== 'active' || !sameContent(requestOf(stored), request))
    throw new ItemSubmissionConflictError(itemId);
  return itemOf(stored);
};

/**
 * Submits an item at `now`; answers the stored item (with its edition). A submission the team
 * named (`retriable`: its id derived from an `Idempotency-Key`) may arrive again: the item
 * stored under that id is answered as it was stored (its edition too, even if the cut-off has
 * passed since), provided it is the same item; a different one is an ItemSubmissionConflictError.
 */
export const submitItem = async (
  ports: SubmitPorts,
  request: CommsItemRequest,
  meta: { readonly itemId: string; readonly now: Date; readonly retriable?: boolean },
): Promise<CommsItem> => {
  if (meta.retriable) {
    const repeated = await storedSubmission(ports, request, meta.itemId);
    if (repeated) return repeated;
  }
  const item = acceptItem(request, { itemId: meta.itemId, submittedAt: meta.now, schedule: ports.schedule });
  try {
    await ports.items.add({ ...item, status: 'active', updatedAt: item.submittedAt });
    return item;
  } catch (error) {
    // Two deliveries of one submission racing: the one that lost answers what the other stored.
    if (!meta.retriable || !(error instanceof ItemIdTakenError)) throw error;
    const repeated = await storedSubmission(ports, request, meta.itemId);
    if (!repeated) throw error;
    return repeated;
  }
};

const openItem = async (ports: ChangePorts, itemId: string, now: Date): Promise<StoredItem> => {
  const stored = await ports.items.get(itemId);
  if (!stored) throw new UnknownItemError(itemId);
  if (stored.status === 'withdrawn') throw new WithdrawnItemError(itemId);
  if (isLockedAt(stored.edition, now, await ports.editions.get(stored.edition), ports.schedule))
    throw new EditionLockedError(stored.edition, `comms item ${itemId}`);
  return stored;
};

/**
 * Replaces an item's content. It keeps its id, submission time and edition: an edit after the
 * cut-off does not move it, and an edit never takes it past its edition's lock.
 */
export const editItem = async (
  ports: ChangePorts,
  itemId: string,
  request: CommsItemRequest,
  now: Date,
): Promise<CommsItem> => {
  const stored = await openItem(ports, itemId, now);
  // The action-by rule is checked against the item's own edition.
  const checked = acceptItem(request, {
    itemId,
    submittedAt: new Date(stored.submittedAt),
    schedule: ports.schedule,
  });
  const edited: StoredItem = { ...checked, status: 'active', updatedAt: now.toISOString() };
  await ports.items.replace(edited);
  return checked;
};

/** Withdraws an item from its edition. */
export const withdrawItem = async (ports: ChangePorts, itemId: string, now: Date): Promise<void> => {
  const stored = await openItem(ports, itemId, now);
  await ports.items.replace({ ...stored, status: 'withdrawn', updatedAt: now.toISOString() });
};

/** Writes the Director's letter for an edition that is not yet locked. */
export const writeLetter = async (
  ports: LetterPorts,
  edition: IsoDate,
  letter: DirectorLetterRequest,
  now: Date,
): Promise<void> => {
  if (isLockedAt(edition, now, await ports.editions.get(edition), ports.schedule))
    throw new EditionLockedError(edition, 'the letter');
  await ports.items.putLetter({ edition, ...letter });
};
