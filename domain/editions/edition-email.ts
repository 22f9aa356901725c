/**
 * The weekly Monday email as each school contact receives it, written once as blocks
 * (domain/shared/email-document.ts) so its accessible, Outlook-safe HTML part and its plain-text
 * part say the same thing.
 */
import { type Block, type EmailDocument, renderEmail } from '#domain/shared/email-document';
import type { EmailMessage } from '#domain/shared/email-message';
import type { IsoDate } from '#domain/shared/iso-date';
import { ukLongDate } from '#domain/shared/london-time';
import type { CommsCategory } from '#events/comms-item';
import type { AssembledEdition, EditionSection, PersonalEdition } from './edition.ts';
import { listInWords, ROLE_NAMES } from './item-blocks.ts';
import { type KeyDate, lastDayOf } from './key-dates.ts';

/** The team that runs the weekly email: told when an edition is not sent, named in every footer. */
export interface SchoolsCommunicationsTeam {
  readonly team: string;
  readonly email: string;
}

/** Settings of the weekly email. */
export interface EditionEmailSettings {
  readonly schoolsCommunications: SchoolsCommunicationsTeam;
  /** The email's name, its heading and the start of its subject (default "Weekly update for schools"). */
  readonly title?: string;
}

const DEFAULT_TITLE = 'Weekly update for schools';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const SECTION_COUNTS: Readonly<Record<CommsCategory, (n: number) => string>> = {
  'action-required': (n) => count(n, 'action', 'actions'),
  'for-information': (n) => `${n} for information`,
  'training-and-events': (n) => count(n, 'training and events item', 'training and events items'),
};

/** "2 actions, 3 for information and 1 training and events item". */
const contents = (sections: readonly EditionSection[]): string =>
  listInWords(sections.map((section) => SECTION_COUNTS[section.category](section.items.length)));

const keyDateLine = (keyDate: KeyDate): string => {
  const last = lastDayOf(keyDate);
  const when =
    last === keyDate.start
      ? ukLongDate(keyDate.start)
      : `${ukLongDate(keyDate.start)} to ${ukLongDate(last)}`;
  return `${when}: ${keyDate.title}${keyDate.statutory ? ' (statutory)' : ''}`;
};

const keyDatesBox = (keyDates: readonly KeyDate[], until: IsoDate): Block => ({
  kind: 'box',
  title: 'Key dates',
  blocks:
    keyDates.length === 0
      ? [{ kind: 'paragraph', content: `Nothing in the calendar of asks before ${ukLongDate(until)}.` }]
      : [
          {
            kind: 'list',
            items: keyDates.map((keyDate) =>
              keyDate.link
                ? [`${keyDateLine(keyDate)}: `, { text: keyDate.link.text, href: keyDate.link.url }]
                : keyDateLine(keyDate),
            ),
          },
        ],
});

const sectionBlocks = (sections: readonly EditionSection[]): Block[] =>
  sections.flatMap((section) => [
    { kind: 'heading', level: 2, text: section.title } as const,
    ...section.items.flatMap((prepared, i) => [
      ...(i > 0 ? [{ kind: 'rule' } as const] : []),
      ...prepared.blocks,
    ]),
  ]);

const footer = (lines: readonly Block[], settings: EditionEmailSettings): Block[] => [
  { kind: 'rule' },
  ...lines,
  {
    kind: 'paragraph',
    content: [
      'Council teams send every message meant for all schools through this weekly email. If a team emails your school such a message directly, please tell the ',
      `${settings.schoolsCommunications.team} at `,
      {
        text: settings.schoolsCommunications.email,
        href: `mailto:${settings.schoolsCommunications.email}`,
      },
      '.',
    ],
  },
];

/** The subject line: the email's name, the Monday, and how many actions are in it for the reader. */
const subjectOf = (title: string, edition: PersonalEdition | AssembledEdition, actions: number): string =>
  `${title}, ${ukLongDate(edition.edition)}${actions > 0 ? `: ${count(actions, 'action', 'actions')} for you` : ''}`;

/** One contact's edition as an email document: greeting, letter, their items, key dates, footer. */
export const editionDocument = (edition: PersonalEdition, settings: EditionEmailSettings): EmailDocument => {
  const title = settings.title ?? DEFAULT_TITLE;
  const { school, contact } = edition.recipient;
  const actions = edition.sections.find((s) => s.category === 'action-required')?.items.length ?? 0;
  const role = listInWords(contact.roles.map((r) => ROLE_NAMES[r]));
  return {
    title: subjectOf(title, edition, actions),
    blocks: [
      { kind: 'heading', level: 1, text: title },
      {
        kind: 'paragraph',
        content: `${ukLongDate(edition.edition)}. For ${contact.name}, ${role}, ${school.name}.`,
      },
      {
        kind: 'paragraph',
        content:
          edition.itemCount === 0
            ? `There are no items for the ${role} of ${school.name} this week.`
            : `In this edition for you: ${contents(edition.sections)}.`,
      },
      ...(edition.letter?.blocks ?? []),
      ...sectionBlocks(edition.sections),
      keyDatesBox(edition.keyDates, edition.keyDatesUntil),
      ...footer(
        [
          {
            kind: 'paragraph',
            content: `You get this email as the ${role} of ${school.name} (URN ${school.urn}) in the council's schools directory.`,
          },
        ],
        settings,
      ),
    ],
  };
};

/** One contact's edition, rendered and addressed. */
export const editionEmail = (edition: PersonalEdition, settings: EditionEmailSettings): EmailMessage => {
  const document = editionDocument(edition, settings);
  return {
    to: [edition.recipient.contact.email],
    subject: document.title,
    ...renderEmail(document),
    replyTo: settings.schoolsCommunications.email,
  };
};

/**
 * Gmail shows only the first 102 KB of an email's HTML and hides the rest behind "View entire
 * message": in a long edition that is the last items, the key dates and the contacts.
 */
export const GMAIL_CLIPS_AFTER_BYTES = 102 * 1024;

/**
 * The whole edition as the Schools Communications team checks it before it goes: every item,
 * each with the audience it will reach, and every key date. When the edition is long enough for
 * Gmail to cut it off (the preview holds every item, so no school's copy is longer), it opens by
 * saying so, in time to shorten items before Monday.
 */
export const previewDocument = (edition: AssembledEdition, settings: EditionEmailSettings): EmailDocument => {
  const document = fullPreviewDocument(edition, settings);
  const bytes = new TextEncoder().encode(renderEmail(document).html).length;
  if (bytes <= GMAIL_CLIPS_AFTER_BYTES) return document;
  const [heading, ...rest] = document.blocks;
  return {
    ...document,
    blocks: [
      heading!,
      {
        kind: 'paragraph',
        content: `Too long for Gmail: with every item this edition is ${Math.round(bytes / 1024)} KB of HTML, and Gmail cuts an email off after ${GMAIL_CLIPS_AFTER_BYTES / 1024} KB, hiding the rest (the last items, the key dates) behind "View entire message". Schools that get most of the items will see it cut short. Shorten the longest items, or move their detail into the guidance they link to.`,
      },
      ...rest,
    ],
  };
};

const fullPreviewDocument = (edition: AssembledEdition, settings: EditionEmailSettings): EmailDocument => {
  const title = settings.title ?? DEFAULT_TITLE;
  const sections = edition.sections.filter((section) => section.items.length > 0);
  return {
    title: `Preview: ${subjectOf(title, edition, 0)}`,
    blocks: [
      { kind: 'heading', level: 1, text: `Preview: ${title}` },
      {
        kind: 'paragraph',
        content:
          edition.itemCount === 0
            ? `${ukLongDate(edition.edition)}. No items so far: as it stands, this edition will not be sent.`
            : `${ukLongDate(edition.edition)}. Every item in the edition so far: ${contents(sections)}. Each school contact gets only the items for their school and role.`,
      },
      ...(edition.letter?.blocks ?? [
        {
          kind: 'paragraph',
          content: 'The Director has not written a letter for this edition yet.',
        } as const,
      ]),
      ...sectionBlocks(sections),
      keyDatesBox(edition.keyDates, edition.keyDatesUntil),
      ...footer([], settings),
    ],
  };
};
