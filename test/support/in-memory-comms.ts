import { type CommsItems, ItemIdTakenError, type StoredItem } from '#domain/editions/comms-items';
import type { Deliveries, DeliveryClaim, DeliveryQueue, EditionDelivery } from '#domain/editions/deliveries';
import type { DirectorLetter } from '#domain/editions/director-letter';
import type { EditionRun, EditionRuns } from '#domain/editions/edition-run';
import type { KeyDate, KeyDates } from '#domain/editions/key-dates';
import { touches } from '#domain/editions/key-dates';
import type { LockedEdition, LockedEditions } from '#domain/editions/locked-edition';
import type { OpenSchools, SchoolToWrite } from '#domain/editions/send-edition';
import { normaliseEmail, type Suppression, type SuppressionList } from '#domain/editions/suppression';
import type { EmailMessage } from '#domain/shared/email-message';
import type { IsoDate } from '#domain/shared/iso-date';
import type { Mailer } from '#domain/shared/mailer';

/*
 * In-memory stand-ins for the comms ports, with the semantics the DynamoDB adapters promise
 * (conditional writes included), for the use-case tests. The adapters themselves are tested
 * against DynamoDB Local.
 */

export class MemoryItems implements CommsItems {
  readonly items = new Map<string, StoredItem>();
  readonly letters = new Map<string, DirectorLetter>();
  async add(item: StoredItem) {
    if (this.items.has(item.itemId)) throw new ItemIdTakenError(item.itemId);
    this.items.set(item.itemId, item);
  }
  async get(itemId: string) {
    return this.items.get(itemId);
  }
  async replace(item: StoredItem) {
    this.items.set(item.itemId, item);
  }
  async activeIn(edition: IsoDate) {
    return [...this.items.values()].filter((i) => i.edition === edition && i.status === 'active');
  }
  async putLetter(letter: DirectorLetter) {
    this.letters.set(letter.edition, letter);
  }
  async letterFor(edition: IsoDate) {
    return this.letters.get(edition);
  }
}

export class MemoryEditions implements LockedEditions {
  readonly locked = new Map<string, LockedEdition>();
  async lock(edition: LockedEdition) {
    const existing = this.locked.get(edition.edition);
    if (existing) return existing;
    this.locked.set(edition.edition, edition);
    return edition;
  }
  async get(edition: IsoDate) {
    return this.locked.get(edition);
  }
  async list() {
    return [...this.locked.values()]
      .map((e) => ({ edition: e.edition, lockedAt: e.lockedAt, itemCount: e.items.length }))
      .sort((a, b) => b.edition.localeCompare(a.edition));
  }
}

export class MemoryRuns implements EditionRuns {
  readonly runs = new Map<string, EditionRun>();
  async take(edition: IsoDate, now: Date, leaseMs: number) {
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    const run = this.runs.get(edition);
    if (!run) {
      const fresh: EditionRun = {
        edition,
        status: 'queuing',
        startedAt: now.toISOString(),
        queued: 0,
        attempt: 1,
        leaseUntil,
      };
      this.runs.set(edition, fresh);
      return fresh;
    }
    if (run.status !== 'queuing' || run.leaseUntil > now.toISOString()) return undefined;
    const taken = { ...run, attempt: run.attempt + 1, leaseUntil };
    this.runs.set(edition, taken);
    return taken;
  }
  async progress(edition: IsoDate, attempt: number, update: { resumeAfterUrn: string; queued: number }) {
    const run = this.runs.get(edition);
    if (run?.attempt !== attempt) return false;
    this.runs.set(edition, { ...run, ...update });
    return true;
  }
  async finish(
    edition: IsoDate,
    attempt: number,
    outcome:
      | { status: 'queued'; queued: number; at: string }
      | { status: 'not-sent'; reason: string; at: string },
  ) {
    const run = this.runs.get(edition);
    if (run?.attempt !== attempt) return false;
    const { at, ...rest } = outcome;
    this.runs.set(edition, { ...run, ...rest, finishedAt: at });
    return true;
  }
  async get(edition: IsoDate) {
    return this.runs.get(edition);
  }
}

export class MemoryDeliveries implements Deliveries {
  readonly records = new Map<
    string,
    { status: 'sending' | 'sent'; leaseUntil: string; messageId?: string }
  >();
  private key = (edition: string, urn: string, email: string) => `${edition}#${urn}#${email}`;
  async claim(
    edition: IsoDate,
    urn: string,
    email: string,
    now: Date,
    leaseMs: number,
  ): Promise<DeliveryClaim> {
    const key = this.key(edition, urn, email);
    const record = this.records.get(key);
    if (record?.status === 'sent') return 'sent-already';
    if (record && record.leaseUntil > now.toISOString()) return 'in-progress';
    this.records.set(key, { status: 'sending', leaseUntil: new Date(now.getTime() + leaseMs).toISOString() });
    return 'claimed';
  }
  async markSent(edition: IsoDate, urn: string, email: string, messageId: string) {
    const key = this.key(edition, urn, email);
    this.records.set(key, { ...this.records.get(key)!, status: 'sent', messageId });
  }
  async release(edition: IsoDate, urn: string, email: string) {
    const key = this.key(edition, urn, email);
    if (this.records.get(key)?.status === 'sending') this.records.delete(key);
  }
}

export class MemorySuppressions implements SuppressionList {
  readonly addresses = new Map<string, Suppression>();
  async suppress(suppressions: readonly Suppression[]) {
    for (const s of suppressions) this.addresses.set(s.email, s);
  }
  async isSuppressed(email: string) {
    return this.addresses.has(normaliseEmail(email));
  }
}

/** A queue that keeps what it was given; `failAfter` makes it throw once that many batches went in. */
export class MemoryQueue implements DeliveryQueue {
  readonly queued: EditionDelivery[] = [];
  failAfter = Number.POSITIVE_INFINITY;
  private batches = 0;
  async enqueue(deliveries: readonly EditionDelivery[]) {
    if (this.batches >= this.failAfter) throw new Error('the sending function was killed');
    this.batches += 1;
    this.queued.push(...deliveries);
  }
}

/** A mailer that keeps what it sent; `throttle(n)` makes every nth send fail as SES throttling does. */
export class MemoryMailer implements Mailer {
  readonly sent: EmailMessage[] = [];
  private calls = 0;
  private every = 0;
  throttle(every: number) {
    this.every = every;
  }
  async send(message: EmailMessage) {
    this.calls += 1;
    if (this.every > 0 && this.calls % this.every === 0)
      throw Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'Throttling' });
    this.sent.push(message);
    return { messageId: `m-${this.calls}` };
  }
}

export const openSchools = (entries: readonly SchoolToWrite[]): OpenSchools => ({
  async *list() {
    yield* [...entries].sort((a, b) => Number(a.school.urn) - Number(b.school.urn));
  },
});

export const keyDatesOf = (all: readonly KeyDate[]): KeyDates => ({
  async between(from, to) {
    return all.filter((k) => touches(k, from, to));
  },
});
