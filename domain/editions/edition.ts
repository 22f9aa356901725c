/**
 * Assembling the weekly Monday email (DOMAIN.md section 1): a short letter from the Director,
 * then Action required (soonest action-by date first), For information, Training and events,
 * and a Key dates box of the coming weeks' asks; then each school gets only the items for its
 * phase and type, and each contact there only the items for their role.
 *
 * Assembly renders each item's Markdown once; personalising is filtering, so 550 schools × 3
 * contacts do not parse 80 bodies 1,650 times.
 */
import type { Block } from '#domain/shared/email-document';
import { addDays, compareDates, type IsoDate } from '#domain/shared/iso-date';
import { renderRestrictedMarkdown } from '#domain/shared/restricted-markdown';
import type { CommsItem } from '#events/comms-item';
import { type AudienceRole, COMMS_CATEGORIES, type CommsCategory } from '#events/comms-item-terms';
import type { DirectorLetter } from './director-letter.ts';
import { itemBlocks } from './item-blocks.ts';
import { compareKeyDates, type KeyDate, touches } from './key-dates.ts';
import { audienceOfSchool, type EditionSchool, reachesRole, reachesSchool } from './school-audience.ts';

/** How many weeks ahead the Key dates box looks, from the edition's Monday (default 4). */
export const DEFAULT_KEY_DATE_WEEKS = 4;

/** The sections of an edition, in order, with their headings. */
export const SECTION_TITLES: Readonly<Record<CommsCategory, string>> = {
  'action-required': 'Action required',
  'for-information': 'For information',
  'training-and-events': 'Training and events',
};

/** An item ready to go into any edition it reaches: its blocks rendered once. */
export interface PreparedItem {
  readonly item: CommsItem;
  readonly blocks: readonly Block[];
}

/** One section of an edition. */
export interface EditionSection {
  readonly category: CommsCategory;
  readonly title: string;
  readonly items: readonly PreparedItem[];
}

/** The letter, rendered. */
export interface PreparedLetter {
  readonly blocks: readonly Block[];
}

/** Everything in an edition, for every school, before personalising. */
export interface AssembledEdition {
  /** The Monday it is sent. */
  readonly edition: IsoDate;
  readonly letter?: PreparedLetter | undefined;
  /** All three sections, in order; a section may be empty. */
  readonly sections: readonly EditionSection[];
  /** The Key dates box, in order: every ask touching the edition's Monday to `keyDatesUntil`. */
  readonly keyDates: readonly KeyDate[];
  /** The last day the Key dates box covers. */
  readonly keyDatesUntil: IsoDate;
  /** Items in the edition, all sections. */
  readonly itemCount: number;
}

/** What goes into an edition. */
export interface EditionContent {
  readonly edition: IsoDate;
  /** The Director's letter for this edition, if one has been written. */
  readonly letter?: DirectorLetter | undefined;
  /** The items submitted for this edition and not withdrawn. */
  readonly items: readonly CommsItem[];
  /** The asks the calendar holds around the edition (more than the box needs is fine). */
  readonly keyDates: readonly KeyDate[];
  /** How many weeks ahead the Key dates box looks (default {@link DEFAULT_KEY_DATE_WEEKS}). */
  readonly keyDateWeeks?: number;
}

/** An item that belongs to another edition was given to this one. */
export class WrongEditionError extends Error {
  override readonly name = 'WrongEditionError';
}

const bySubmission = (a: CommsItem, b: CommsItem) =>
  a.submittedAt.localeCompare(b.submittedAt) || a.itemId.localeCompare(b.itemId);

/** Action required: the soonest action-by date first; on the same date, in order of submission. */
const byActionBy = (a: CommsItem, b: CommsItem) =>
  compareDates(a.actionBy ?? a.edition, b.actionBy ?? b.edition) || bySubmission(a, b);

/**
 * Puts an edition together: the letter and every item rendered once, the sections in order
 * (Action required by action-by date; the others in order of submission), and the Key dates
 * box for the coming weeks. Throws {@link WrongEditionError} for an item of another edition,
 * and a `RestrictedMarkdownError` for a body that strays from the subset (accepted items have
 * been checked on the way in).
 */
export const assembleEdition = (content: EditionContent): AssembledEdition => {
  const stray = content.items.find((item) => item.edition !== content.edition);
  if (stray)
    throw new WrongEditionError(
      `item ${stray.itemId} is in the edition of ${stray.edition}, not ${content.edition}`,
    );
  const sections = COMMS_CATEGORIES.map((category) => ({
    category,
    title: SECTION_TITLES[category],
    items: content.items
      .filter((item) => item.category === category)
      .sort(category === 'action-required' ? byActionBy : bySubmission)
      .map((item) => ({ item, blocks: itemBlocks(item) })),
  }));
  const weeks = content.keyDateWeeks ?? DEFAULT_KEY_DATE_WEEKS;
  const keyDatesUntil = addDays(content.edition, weeks * 7 - 1);
  return {
    edition: content.edition,
    letter: content.letter && {
      blocks: [
        { kind: 'heading', level: 2, text: 'From the Director of Education' },
        { kind: 'fragment', ...renderRestrictedMarkdown(content.letter.body, { topHeadingLevel: 3 }) },
        { kind: 'paragraph', content: content.letter.signedBy },
      ],
    },
    sections,
    keyDates: content.keyDates
      .filter((keyDate) => touches(keyDate, content.edition, keyDatesUntil))
      .sort(compareKeyDates),
    keyDatesUntil,
    itemCount: content.items.length,
  };
};

/**
 * A person at a school the edition is sent to, with every role they hold there (in a small
 * school the headteacher is often the SENCO too): they get one copy with the items for any of
 * their roles.
 */
export interface EditionContact {
  readonly roles: readonly [AudienceRole, ...AudienceRole[]];
  readonly name: string;
  readonly email: string;
}

/** Someone at a school the edition is sent to. */
export interface EditionRecipient {
  readonly school: EditionSchool;
  readonly contact: EditionContact;
}

/** One recipient's edition: only the items and key dates for their school and role. */
export interface PersonalEdition {
  readonly edition: IsoDate;
  readonly recipient: EditionRecipient;
  readonly letter?: PreparedLetter | undefined;
  /** The sections that have an item for this recipient, in order. */
  readonly sections: readonly EditionSection[];
  readonly keyDates: readonly KeyDate[];
  readonly keyDatesUntil: IsoDate;
  /** Items for this recipient, all sections. */
  readonly itemCount: number;
}

/**
 * One recipient's edition: the items whose audience takes in the school's phase and type and
 * any of the contact's roles, and the key dates for the school's phase and type.
 */
export const personaliseEdition = (
  edition: AssembledEdition,
  recipient: EditionRecipient,
): PersonalEdition => {
  const school = audienceOfSchool(recipient.school);
  const sections = edition.sections
    .map((section) => ({
      ...section,
      items: section.items.filter(
        ({ item }) =>
          reachesSchool(item.audience, school) && reachesRole(item.audience, recipient.contact.roles),
      ),
    }))
    .filter((section) => section.items.length > 0);
  return {
    edition: edition.edition,
    recipient,
    letter: edition.letter,
    sections,
    keyDates: edition.keyDates.filter((keyDate) =>
      reachesSchool({ phases: keyDate.phases ?? [], schoolTypes: keyDate.schoolTypes ?? [] }, school),
    ),
    keyDatesUntil: edition.keyDatesUntil,
    itemCount: sections.reduce((count, section) => count + section.items.length, 0),
  };
};
