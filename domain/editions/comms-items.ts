import type { IsoDate } from '#domain/shared/iso-date';
import type { CommsItem } from '#events/comms-item';
import type { DirectorLetter } from './director-letter.ts';

/** An item as stored: withdrawn items are kept, marked, and left out of their edition. */
export interface StoredItem extends CommsItem {
  readonly status: 'active' | 'withdrawn';
  /** When it was last changed (ISO instant). */
  readonly updatedAt: string;
}

/** Port: the comms items teams submit, and the Director's letters. */
export interface CommsItems {
  /** Stores a new item; an item already stored under its id is an `ItemIdTakenError` (nothing written). */
  add(item: StoredItem): Promise<void>;
  get(itemId: string): Promise<StoredItem | undefined>;
  /** Replaces a stored item (an edit or a withdrawal). */
  replace(item: StoredItem): Promise<void>;
  /** The active items of an edition, in any order. */
  activeIn(edition: IsoDate): Promise<readonly CommsItem[]>;
  putLetter(letter: DirectorLetter): Promise<void>;
  letterFor(edition: IsoDate): Promise<DirectorLetter | undefined>;
}

/** There is no item with this id. */
export class UnknownItemError extends Error {
  override readonly name = 'UnknownItemError';
  readonly itemId: string;
  constructor(itemId: string) {
    super(`there is no comms item ${itemId}`);
    this.itemId = itemId;
  }
}

/** The item was withdrawn: it cannot be edited or withdrawn again. */
export class WithdrawnItemError extends Error {
  override readonly name = 'WithdrawnItemError';
  readonly itemId: string;
  constructor(itemId: string) {
    super(`comms item ${itemId} has been withdrawn`);
    this.itemId = itemId;
  }
}

/** An item is stored under this id already (a repeated submission, or a key reused). */
export class ItemIdTakenError extends Error {
  override readonly name = 'ItemIdTakenError';
  readonly itemId: string;
  constructor(itemId: string) {
    super(`comms item ${itemId} exists already`);
    this.itemId = itemId;
  }
}

/** An `Idempotency-Key` already named a different item: the submission is refused, nothing stored. */
export class ItemSubmissionConflictError extends Error {
  override readonly name = 'ItemSubmissionConflictError';
  readonly itemId: string;
  constructor(itemId: string) {
    super(
      `this Idempotency-Key was used for comms item ${itemId}, which is not this item (or has been changed or withdrawn since): use a new key for a new item`,
    );
    this.itemId = itemId;
  }
}
