/**
 * A team's items, from submission until their edition is locked:
 * 1. submit: place the item in the edition whose cut-off it beat and store it;
 * 2. edit: replace its content (it stays in its edition) while that edition is open;
 * 3. withdraw: take it out of its edition while that edition is open.
 * The Director's letter for an edition can be written or rewritten until the edition is locked.
 */
import type { IsoDate } from '#domain/shared/iso-date';
import type { CommsItem, CommsItemRequest } from '#events/comms-item';
import type { DirectorLetterRequest } from '#events/director-letter';
import { acceptItem } from './accept-item.ts';
import { type CommsItems, type StoredItem, UnknownItemError, WithdrawnItemError } from './comms-items.ts';
import type { EditionSchedule } from './edition-schedule.ts';
import { EditionLockedError, isLockedAt, type LockedEditions } from './locked-edition.ts';

/** What the item use cases need (each takes only the part it uses). */
export interface ItemPorts {
  readonly items: CommsItems;
  readonly editions: Pick<LockedEditions, 'get'>;
  readonly schedule: EditionSchedule;
}

type SubmitPorts = { readonly items: Pick<CommsItems, 'add'>; readonly schedule: EditionSchedule };
type ChangePorts = Pick<ItemPorts, 'editions' | 'schedule'> & {
  readonly items: Pick<CommsItems, 'get' | 'replace'>;
};
type LetterPorts = Pick<ItemPorts, 'editions' | 'schedule'> & {
  readonly items: Pick<CommsItems, 'putLetter'>;
};

/** Submits an item at `now`; answers the stored item (with its edition). */
export const submitItem = async (
  ports: SubmitPorts,
  request: CommsItemRequest,
  meta: { readonly itemId: string; readonly now: Date },
): Promise<CommsItem> => {
  const item = acceptItem(request, { itemId: meta.itemId, submittedAt: meta.now, schedule: ports.schedule });
  await ports.items.add({ ...item, status: 'active', updatedAt: item.submittedAt });
  return item;
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
