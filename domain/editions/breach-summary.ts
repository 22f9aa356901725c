/**
 * The Director's weekly internal summary of protocol breaches: how many generic messages each
 * council team sent straight to schools instead of through the Monday email (school
 * communications protocol, EPHA Executive 24 May 2023), so the Director can take it up with
 * the teams.
 */
import { renderEmail } from '#domain/shared/email-document';
import type { EmailMessage } from '#domain/shared/email-message';
import { compareDates, type IsoDate } from '#domain/shared/iso-date';
import { ukLongDate } from '#domain/shared/london-time';
import type { RecordedBreach } from '#events/comms-breach';

/** Port: the breach reports schools have made. */
export interface BreachLog {
  record(breach: RecordedBreach): Promise<void>;
  /** Reports of messages received from `from` to `to` (inclusive). */
  receivedBetween(from: IsoDate, to: IsoDate): Promise<readonly RecordedBreach[]>;
}

/** One team's breaches in the week. */
export interface TeamBreaches {
  readonly team: string;
  readonly count: number;
  /** How many different schools reported them. */
  readonly schools: number;
}

/**
 * Counts a week's reports by sending team, the most first (then by name). A team's name is
 * compared without regard to case or spacing, and shown as first reported.
 */
export const breachesByTeam = (breaches: readonly RecordedBreach[]): TeamBreaches[] => {
  const teams = new Map<string, { team: string; count: number; schools: Set<string> }>();
  for (const breach of breaches) {
    const key = breach.sendingTeam.toLowerCase().replace(/\s+/g, ' ');
    const entry = teams.get(key) ?? { team: breach.sendingTeam, count: 0, schools: new Set<string>() };
    entry.count += 1;
    entry.schools.add(breach.urn);
    teams.set(key, entry);
  }
  return [...teams.values()]
    .map(({ team, count, schools }) => ({ team, count, schools: schools.size }))
    .sort((a, b) => b.count - a.count || a.team.localeCompare(b.team, 'en-GB'));
};

/** The summary email for the week `from` to `to` (inclusive), to the Director's office. */
export const breachSummaryEmail = (
  breaches: readonly RecordedBreach[],
  week: { readonly from: IsoDate; readonly to: IsoDate },
  to: string,
): EmailMessage => {
  const inWeek = breaches.filter(
    (b) => compareDates(b.receivedOn, week.from) >= 0 && compareDates(b.receivedOn, week.to) <= 0,
  );
  const teams = breachesByTeam(inWeek);
  const period = `${ukLongDate(week.from)} to ${ukLongDate(week.to)}`;
  const title = `Protocol breaches reported, ${period}: ${inWeek.length}`;
  const { html, text } = renderEmail({
    title,
    blocks: [
      { kind: 'heading', level: 1, text: 'Protocol breaches reported by schools' },
      {
        kind: 'paragraph',
        content: `Generic messages that reached schools directly rather than through the weekly update, received ${period}.`,
      },
      inWeek.length === 0
        ? { kind: 'paragraph', content: 'No school reported a breach this week.' }
        : {
            kind: 'facts',
            rows: teams.map(
              (t) =>
                [
                  t.team,
                  `${t.count} ${t.count === 1 ? 'message' : 'messages'}, reported by ${t.schools} ${t.schools === 1 ? 'school' : 'schools'}`,
                ] as const,
            ),
          },
    ],
  });
  return { to: [to], subject: title, html, text };
};
