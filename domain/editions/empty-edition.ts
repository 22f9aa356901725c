/**
 * An edition with nothing in it for anyone is not sent (DOMAIN.md section 1: one edition a
 * week, of items teams submitted), and the Schools Communications team is told why, so a
 * missing Monday email is never a mystery to the schools that ask.
 */
import type { EmailDocument } from '#domain/shared/email-document';
import { renderEmail } from '#domain/shared/email-document';
import type { EmailMessage } from '#domain/shared/email-message';
import { ukLongDate } from '#domain/shared/london-time';
import { type AssembledEdition, type EditionRecipient, personaliseEdition } from './edition.ts';
import type { SchoolsCommunicationsTeam } from './edition-email.ts';
import { rolesInWords, schoolsInWords } from './item-blocks.ts';

/** Why an edition is not sent. */
export type EmptyEditionReason =
  | { readonly kind: 'no-items'; readonly explanation: string }
  | { readonly kind: 'no-recipients'; readonly explanation: string }
  | { readonly kind: 'no-audience'; readonly explanation: string };

/**
 * Why this edition should not be sent to these recipients, or undefined when at least one of
 * them has an item in it (read only as far as the first such recipient). Every recipient with an item gets the edition; so does a recipient
 * with none when others have some (their edition says there is nothing for them this week), so
 * each school contact gets each edition once. `cutOff` is how the edition's cut-off reads
 * ("12:00 on Thursday 19 November 2026").
 */
export const emptyEditionReason = async (
  edition: AssembledEdition,
  recipients: Iterable<EditionRecipient> | AsyncIterable<EditionRecipient>,
  cutOff: string,
): Promise<EmptyEditionReason | undefined> => {
  const monday = ukLongDate(edition.edition);
  if (edition.itemCount === 0)
    return {
      kind: 'no-items',
      explanation: `No items were submitted for the edition of ${monday} before its cut-off, ${cutOff}.`,
    };
  let anyone = false;
  for await (const recipient of recipients) {
    anyone = true;
    if (personaliseEdition(edition, recipient).itemCount > 0) return undefined;
  }
  if (!anyone)
    return {
      kind: 'no-recipients',
      explanation: `The schools directory has no open school with a contact to send the edition of ${monday} to.`,
    };
  const audiences = edition.sections
    .flatMap((section) => section.items)
    .map(
      ({ item }) =>
        `"${item.headline}" (for ${rolesInWords(item.audience).toLowerCase()}; ${schoolsInWords(item.audience).toLowerCase()})`,
    );
  const these = edition.itemCount === 1 ? 'The item' : `The ${edition.itemCount} items`;
  return {
    kind: 'no-audience',
    explanation: `${these} in the edition of ${monday} ${edition.itemCount === 1 ? 'reaches' : 'reach'} no contact in the schools directory: ${audiences.join('; ')}.`,
  };
};

/** The email telling the Schools Communications team an edition was not sent, and why. */
export const emptyEditionNotice = (
  edition: AssembledEdition,
  reason: EmptyEditionReason,
  team: SchoolsCommunicationsTeam,
): EmailMessage => {
  const monday = ukLongDate(edition.edition);
  const document: EmailDocument = {
    title: `Not sent: the weekly update for schools of ${monday}`,
    blocks: [
      { kind: 'heading', level: 1, text: 'The weekly update was not sent' },
      { kind: 'paragraph', content: `The edition of ${monday} was not sent to schools.` },
      { kind: 'paragraph', content: reason.explanation },
      {
        kind: 'paragraph',
        content:
          reason.kind === 'no-recipients'
            ? 'Check that the schools directory has been imported and that schools have contacts.'
            : 'Items submitted now go into the next edition.',
      },
    ],
  };
  return { to: [team.email], subject: document.title, ...renderEmail(document) };
};
