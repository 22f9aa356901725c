/**
 * The one email sent when an ask clashes with statutory windows: to the owning team's contact
 * and to the Schools Communications team (who own the calendar), explaining the clash and
 * offering the clear windows found.
 */
import { type EmailDocument, renderEmail } from '#domain/shared/email-document';
import type { EmailMessage } from '#domain/shared/email-message';
import type { IsoDate } from '#domain/shared/iso-date';
import { ukLongDate } from '#domain/shared/london-time';
import type { AskOwner } from '#events/ask-request';
import type { AskWindow } from './calendar-ask.ts';
import type { Clash, ClashPolicy, ClashReport, SuggestedWindow } from './clashes.ts';

/** A clash as the email describes it. */
type ClashDays = Pick<Clash, 'title' | 'start' | 'end' | 'overlapDays'>;

/** A team's name and shared mailbox. */
export interface TeamMailbox {
  readonly team: string;
  readonly email: string;
}

/** What the clash email is about. */
export interface ClashEmailInput {
  /** The ask as entered; `askId` is absent when the policy refused it (nothing was recorded). */
  readonly ask: {
    readonly askId?: string | undefined;
    readonly title: string;
    readonly window: AskWindow;
    readonly owner: AskOwner;
  };
  /** What the check found (the clashes are described by title and days, whatever names them). */
  readonly report: {
    readonly clashes: readonly ClashDays[];
    readonly suggestions: ClashReport['suggestions'];
  };
  readonly policy: ClashPolicy;
  readonly bufferWorkingDays: number;
  /** The Schools Communications team, who own the calendar and get a copy. */
  readonly schoolsCommunications: TeamMailbox;
}

/** "Thursday 15 January 2026", or "Monday 12 January 2026 to Friday 16 January 2026". */
const describeDays = (start: IsoDate, end: IsoDate): string =>
  start === end ? ukLongDate(start) : `${ukLongDate(start)} to ${ukLongDate(end)}`;

/** When an ask lands, in words: its days, or its day and London times. */
export const describeWindow = (window: AskWindow): string =>
  window.type === 'all-day'
    ? describeDays(window.start, window.end)
    : `${ukLongDate(window.date)}, ${window.startTime} to ${window.endTime} (UK time)`;

const describeClash = (clash: ClashDays, buffer: number): string => {
  const when = describeDays(clash.start, clash.end);
  const how =
    clash.overlapDays > 0
      ? `your ask shares ${clash.overlapDays} ${clash.overlapDays === 1 ? 'day' : 'days'} with it`
      : `your ask is within ${buffer} working ${buffer === 1 ? 'day' : 'days'} of it`;
  return `${clash.title}: ${when} (${how})`;
};

const describeSuggestion = (suggestion: SuggestedWindow, window: AskWindow): string =>
  window.type === 'all-day'
    ? describeDays(suggestion.start, suggestion.end)
    : `${ukLongDate(suggestion.start)}, ${window.startTime} to ${window.endTime} (UK time)`;

/**
 * The clash email for an ask that clashed (the report has at least one clash): one message to
 * the owner's contact and the Schools Communications mailbox, replies going to Schools
 * Communications. Says what was asked and when, each statutory window it clashes with and
 * how, the clear windows suggested, and whether the ask was recorded (policy `warn`) or not
 * (policy `refuse`). Throws a `RangeError` for a report without clashes.
 */
export const clashEmail = (input: ClashEmailInput): EmailMessage => {
  const { ask, report, policy, schoolsCommunications: sc } = input;
  if (report.clashes.length === 0) throw new RangeError('report.clashes must hold at least one clash');
  const title = `Clash with statutory returns: ${ask.title}`;
  const outcome =
    policy === 'refuse'
      ? 'Your ask has not been added to the calendar: asks that clash with statutory returns are refused. Please choose another window and submit it again.'
      : `Your ask has been added to the calendar${ask.askId ? ` (reference ${ask.askId})` : ''}, but please move it if you can.`;
  const document: EmailDocument = {
    title,
    blocks: [
      { kind: 'heading', level: 1, text: 'Your ask clashes with statutory returns' },
      { kind: 'paragraph', content: `Dear ${ask.owner.contact.name},` },
      {
        kind: 'paragraph',
        content:
          'Schools have asked the council not to make other asks of them in the same weeks as statutory returns: several asks at once add pressure on schools and leave them less able to take part in surveys and consultations.',
      },
      {
        kind: 'facts',
        rows: [
          ['Ask', ask.title],
          ['When', describeWindow(ask.window)],
          ['Team', ask.owner.team],
          ...(ask.askId ? ([['Reference', ask.askId]] as const) : []),
        ],
      },
      { kind: 'heading', level: 2, text: 'What it clashes with' },
      { kind: 'list', items: report.clashes.map((c) => describeClash(c, input.bufferWorkingDays)) },
      { kind: 'heading', level: 2, text: 'Clear windows of the same length' },
      report.suggestions.length > 0
        ? {
            kind: 'list',
            items: report.suggestions.map((s) => describeSuggestion(s, ask.window)),
          }
        : {
            kind: 'paragraph',
            content: 'No clear window was found nearby: please talk to Schools Communications about timing.',
          },
      { kind: 'paragraph', content: outcome },
      {
        kind: 'paragraph',
        content: [
          `Questions: ${sc.team}, `,
          { text: sc.email, href: `mailto:${sc.email}` },
          ' (who keep the calendar of asks and have a copy of this email).',
        ],
      },
    ],
  };
  const { html, text } = renderEmail(document);
  const ownerIsSc = ask.owner.contact.email.toLowerCase() === sc.email.toLowerCase();
  return {
    to: ownerIsSc ? [sc.email] : [ask.owner.contact.email, sc.email],
    subject: title,
    text,
    html,
    replyTo: sc.email,
  };
};
