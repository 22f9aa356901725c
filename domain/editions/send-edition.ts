/**
 * Sending an edition (the Monday 07:00 schedule, and the recovery check after it):
 * 1. lock the edition: its items, letter and key dates as they stand at the send time;
 * 2. take the edition's run (once: a second firing or a live run leaves this attempt nothing to do);
 * 3. on a first attempt, stop here if the edition reaches no one, and tell the Schools
 *    Communications team why;
 * 4. queue one delivery per person at each school (one address holding two roles gets one
 *    copy with the items for both), school by school in URN order after where an
 *    earlier attempt got to, recording progress after each school;
 * 5. finish the run.
 * Mailing happens on the other side of the queue (deliver-edition.ts), paced to SES's rate.
 */

import type { IsoDate } from '#domain/shared/iso-date';
import { addDays } from '#domain/shared/iso-date';
import type { Mailer } from '#domain/shared/mailer';
import type { AudienceRole } from '#events/comms-item';
import type { CommsItems } from './comms-items.ts';
import type { DeliveryQueue, EditionDelivery } from './deliveries.ts';
import type { EditionContact, EditionRecipient } from './edition.ts';
import { DEFAULT_KEY_DATE_WEEKS } from './edition.ts';
import type { SchoolsCommunicationsTeam } from './edition-email.ts';
import type { EditionRuns } from './edition-run.ts';
import { describeCutOff, type EditionSchedule } from './edition-schedule.ts';
import { emptyEditionNotice, emptyEditionReason } from './empty-edition.ts';
import type { KeyDates } from './key-dates.ts';
import { assembleLocked, type LockedEditions } from './locked-edition.ts';
import type { EditionSchool } from './school-audience.ts';
import { normaliseEmail } from './suppression.ts';

/** A school to write to and its contacts. */
export interface SchoolToWrite {
  readonly school: EditionSchool;
  readonly contacts: readonly {
    readonly role: AudienceRole;
    readonly name: string;
    readonly email: string;
  }[];
}

/** Port: every open school with its contacts, in URN order (the schools directory). */
export interface OpenSchools {
  list(): AsyncIterable<SchoolToWrite>;
}

/** What sending needs. */
export interface SendPorts {
  readonly items: Pick<CommsItems, 'activeIn' | 'letterFor'>;
  readonly keyDates: KeyDates;
  readonly editions: Pick<LockedEditions, 'lock' | 'get'>;
  readonly runs: EditionRuns;
  readonly schools: OpenSchools;
  readonly queue: DeliveryQueue;
  /** Sends the not-sent notice to the Schools Communications team. */
  readonly mailer: Mailer;
}

/** Settings of sending. */
export interface SendSettings {
  readonly schedule: EditionSchedule;
  readonly team: SchoolsCommunicationsTeam;
  /** The address the notice is sent from. */
  readonly from: string;
  /** How long an attempt holds the run: at least the sending function's timeout. */
  readonly leaseMs: number;
  readonly keyDateWeeks?: number;
}

/** What an attempt did. */
export type SendOutcome =
  | { readonly outcome: 'queued'; readonly queued: number; readonly resumed: boolean }
  | { readonly outcome: 'not-sent'; readonly reason: string }
  | { readonly outcome: 'nothing-to-do'; readonly why: 'finished' | 'in-progress' }
  | { readonly outcome: 'lost-run' };

/**
 * A school's contacts as people: one contact per address (compared lower-cased), with every
 * role listed against it, in the order the directory gives them.
 */
export const contactsOf = (entry: SchoolToWrite): EditionContact[] => {
  const people = new Map<string, { roles: [AudienceRole, ...AudienceRole[]]; name: string; email: string }>();
  for (const { role, name, email } of entry.contacts) {
    const key = normaliseEmail(email);
    const person = people.get(key);
    if (!person) people.set(key, { roles: [role], name, email });
    else if (!person.roles.includes(role)) person.roles.push(role);
  }
  return [...people.values()];
};

const recipientsOf = (entry: SchoolToWrite): EditionRecipient[] =>
  contactsOf(entry).map((contact) => ({ school: entry.school, contact }));

/** Schools after `urn` in the directory's order (URNs compared as numbers). */
const after = (urn: string | undefined) => (entry: SchoolToWrite) =>
  urn === undefined || Number(entry.school.urn) > Number(urn);

async function* recipientsIn(schools: OpenSchools): AsyncIterable<EditionRecipient> {
  for await (const entry of schools.list()) yield* recipientsOf(entry);
}

/** Locks the edition (or reads the lock an earlier attempt made). */
export const lockEdition = async (
  ports: Pick<SendPorts, 'items' | 'keyDates' | 'editions'>,
  edition: IsoDate,
  now: Date,
  keyDateWeeks = DEFAULT_KEY_DATE_WEEKS,
) => {
  const existing = await ports.editions.get(edition);
  if (existing) return existing;
  const [items, letter, keyDates] = await Promise.all([
    ports.items.activeIn(edition),
    ports.items.letterFor(edition),
    ports.keyDates.between(edition, addDays(edition, keyDateWeeks * 7 - 1)),
  ]);
  return ports.editions.lock({
    edition,
    lockedAt: now.toISOString(),
    items,
    letter,
    keyDates,
    keyDateWeeks,
  });
};

/** Starts, or resumes, the sending of an edition at `now`. */
export const sendEdition = async (
  ports: SendPorts,
  settings: SendSettings,
  edition: IsoDate,
  now: Date,
): Promise<SendOutcome> => {
  const locked = await lockEdition(ports, edition, now, settings.keyDateWeeks);
  const run = await ports.runs.take(edition, now, settings.leaseMs);
  if (!run) {
    const current = await ports.runs.get(edition);
    return { outcome: 'nothing-to-do', why: current?.status === 'queuing' ? 'in-progress' : 'finished' };
  }
  const assembled = assembleLocked(locked);

  if (run.resumeAfterUrn === undefined && run.queued === 0) {
    const reason = await emptyEditionReason(
      assembled,
      recipientsIn(ports.schools),
      describeCutOff(edition, settings.schedule),
    );
    if (reason) {
      await ports.mailer.send(emptyEditionNotice(assembled, reason, settings.team), settings.from);
      await ports.runs.finish(edition, run.attempt, {
        status: 'not-sent',
        reason: reason.explanation,
        at: now.toISOString(),
      });
      return { outcome: 'not-sent', reason: reason.explanation };
    }
  }

  let queued = run.queued;
  const resumes = after(run.resumeAfterUrn);
  for await (const entry of ports.schools.list()) {
    if (!resumes(entry)) continue;
    const deliveries: EditionDelivery[] = contactsOf(entry).map((contact) => ({
      edition,
      school: entry.school,
      contact,
    }));
    if (deliveries.length > 0) await ports.queue.enqueue(deliveries);
    queued += deliveries.length;
    const held = await ports.runs.progress(edition, run.attempt, {
      resumeAfterUrn: entry.school.urn,
      queued,
    });
    if (!held) return { outcome: 'lost-run' };
  }
  await ports.runs.finish(edition, run.attempt, { status: 'queued', queued, at: now.toISOString() });
  return { outcome: 'queued', queued, resumed: run.attempt > 1 };
};
