import type { Block, Inline } from '#domain/shared/email-document';
import { ukLongDate } from '#domain/shared/london-time';
import { renderRestrictedMarkdown } from '#domain/shared/restricted-markdown';
import type { AudiencePhase, AudienceRole, CommsAudience, CommsItem, SchoolType } from '#events/comms-item';

/** Roles as an item's audience line says them. */
export const ROLE_LABELS: Readonly<Record<AudienceRole, string>> = {
  headteacher: 'headteachers',
  'school-business-manager': 'school business managers',
  senco: 'SENCOs',
  office: 'school office staff',
};

/** A role as a recipient's greeting says it: "the headteacher". */
export const ROLE_NAMES: Readonly<Record<AudienceRole, string>> = {
  headteacher: 'headteacher',
  'school-business-manager': 'school business manager',
  senco: 'SENCO',
  office: 'school office',
};

const PHASE_LABELS: Readonly<Record<AudiencePhase, string>> = {
  nursery: 'nursery',
  primary: 'primary',
  secondary: 'secondary',
  'all-through': 'all-through',
  '16-plus': '16 plus',
};

const SCHOOL_TYPE_LABELS: Readonly<Record<SchoolType, string>> = {
  'la-maintained': 'LA maintained schools',
  academy: 'academies and free schools',
  special: 'special schools',
  'alternative-provision': 'alternative provision and PRUs',
  independent: 'independent schools',
};

/** "a", "a and b", "a, b and c". */
export const listInWords = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Who an item is for, in words: "Headteachers and SENCOs" or "All school contacts". */
export const rolesInWords = (audience: CommsAudience): string =>
  audience.roles.length === 0
    ? 'All school contacts'
    : capitalise(listInWords(audience.roles.map((role) => ROLE_LABELS[role])));

/** Which schools an item is for, in words: "Primary and secondary; academies and free schools" or "All schools". */
export const schoolsInWords = (audience: CommsAudience): string => {
  const phases = listInWords(audience.phases.map((phase) => PHASE_LABELS[phase]));
  const types = listInWords(audience.schoolTypes.map((type) => SCHOOL_TYPE_LABELS[type]));
  if (!phases && !types) return 'All schools';
  return capitalise([phases && `${phases} phase`, types].filter(Boolean).join('; '));
};

/**
 * An item as an edition shows it: its headline as a heading, summary, the facts every item
 * carries (action-by date, audience, phase and school type, contact), its body and its links.
 */
export const itemBlocks = (item: CommsItem): Block[] => {
  const contact: Inline[] = [
    `${item.owner.contact.name}, ${item.owner.team}, `,
    { text: item.owner.contact.email, href: `mailto:${item.owner.contact.email}` },
  ];
  const facts: [string, string | Inline[]][] = [
    ...(item.category === 'action-required' && item.actionBy
      ? [['Action required by', ukLongDate(item.actionBy)] as [string, string]]
      : []),
    ['For', rolesInWords(item.audience)],
    ['Schools', schoolsInWords(item.audience)],
    ['Contact', contact],
  ];
  return [
    { kind: 'heading', level: 3, text: item.headline },
    { kind: 'paragraph', content: item.summary },
    { kind: 'facts', rows: facts },
    ...(item.body ? [{ kind: 'fragment', ...renderRestrictedMarkdown(item.body) } as const] : []),
    ...(item.links.length > 0
      ? [
          {
            kind: 'list',
            items: item.links.map((link) => ({ text: link.text, href: link.url })),
          } as const,
        ]
      : []),
  ];
};
