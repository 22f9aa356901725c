import type { IsoDate } from '#domain/shared/iso-date';
import type { CommsItem } from '#events/comms-item';
import type { DirectorLetter } from './director-letter.ts';
import { type AssembledEdition, assembleEdition } from './edition.ts';
import { DEFAULT_EDITION_SCHEDULE, type EditionSchedule, sendInstantOf } from './edition-schedule.ts';
import type { KeyDate } from './key-dates.ts';

/**
 * An edition as it was locked at its send time: what went into it, kept so that every
 * recipient's copy, a resumed run and `GET /editions/{date}` all show the same edition even if
 * the calendar or an item changes afterwards. Rendering is a pure function of this.
 */
export interface LockedEdition {
  readonly edition: IsoDate;
  /** When it was locked (ISO instant). */
  readonly lockedAt: string;
  readonly items: readonly CommsItem[];
  readonly letter?: DirectorLetter | undefined;
  readonly keyDates: readonly KeyDate[];
  readonly keyDateWeeks: number;
}

/** What `GET /editions` lists of each locked edition. */
export interface EditionSummary {
  readonly edition: IsoDate;
  readonly lockedAt: string;
  readonly itemCount: number;
}

/** Port: locked editions. */
export interface LockedEditions {
  /**
   * Stores `edition` unless that Monday's edition is locked already (a conditional write), and
   * answers the one stored: the first lock wins, so two runs cannot lock different contents.
   */
  lock(edition: LockedEdition): Promise<LockedEdition>;
  get(edition: IsoDate): Promise<LockedEdition | undefined>;
  /** Every locked edition, the newest first. */
  list(): Promise<readonly EditionSummary[]>;
}

/** An item or letter can no longer change: its edition is locked. */
export class EditionLockedError extends Error {
  override readonly name = 'EditionLockedError';
  readonly edition: IsoDate;
  constructor(edition: IsoDate, what: string) {
    super(`${what} cannot change: the edition of ${edition} is locked (it is being or has been sent)`);
    this.edition = edition;
  }
}

/**
 * Whether an edition is locked at `now`: from its send time on, or once a run has locked it
 * (whichever comes first). Edits arriving after the send time are refused even before the run
 * starts, so no edit slips between the lock and the sending.
 */
export const isLockedAt = (
  edition: IsoDate,
  now: Date,
  locked: LockedEdition | undefined,
  schedule: EditionSchedule = DEFAULT_EDITION_SCHEDULE,
): boolean => locked !== undefined || now.getTime() >= sendInstantOf(edition, schedule).getTime();

const assembled = new Map<string, AssembledEdition>();

/**
 * The locked edition assembled (each item's Markdown rendered once), remembered for the life
 * of the process: a mailer sending 1,650 copies of one edition assembles it once.
 */
export const assembleLocked = (locked: LockedEdition): AssembledEdition => {
  const key = `${locked.edition}@${locked.lockedAt}:${locked.items.map((item) => item.itemId).join(',')}`;
  let edition = assembled.get(key);
  if (!edition) {
    edition = assembleEdition({
      edition: locked.edition,
      letter: locked.letter,
      items: locked.items,
      keyDates: locked.keyDates,
      keyDateWeeks: locked.keyDateWeeks,
    });
    // Editions go out weekly: keep the latest few.
    if (assembled.size >= 4) assembled.delete(assembled.keys().next().value!);
    assembled.set(key, edition);
  }
  return edition;
};
