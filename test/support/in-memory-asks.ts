import type { AnnouncementContext, AskAnnouncer, ClashNotice } from '#domain/calendar/ask-announcer';
import { AskVersionConflictError } from '#domain/calendar/ask-errors';
import type { AskRepository } from '#domain/calendar/ask-repository';
import { windowTouches } from '#domain/calendar/asks-landing-in';
import type { EnteredAsk } from '#domain/calendar/calendar-ask';

/** An in-memory AskRepository keeping every version, with the same conflict rule as the real one. */
export class InMemoryAsks implements AskRepository {
  readonly versions = new Map<string, EnteredAsk[]>();

  async addOnce(ask: EnteredAsk) {
    const existing = this.versions.get(ask.askId);
    if (existing) return { ask: existing.at(-1)!, created: false };
    this.versions.set(ask.askId, [ask]);
    return { ask, created: true };
  }

  async addVersion(next: EnteredAsk) {
    const history = this.versions.get(next.askId) ?? [];
    if (history.at(-1)?.version !== next.version - 1)
      throw new AskVersionConflictError(next.askId, next.version - 1);
    history.push(next);
  }

  async get(askId: string) {
    return this.versions.get(askId)?.at(-1);
  }

  async history(askId: string) {
    return [...(this.versions.get(askId) ?? [])];
  }

  async touching(range: { from: `${number}-${number}-${number}`; to: `${number}-${number}-${number}` }) {
    return [...this.versions.values()]
      .map((h) => h.at(-1)!)
      .filter((ask) => windowTouches(ask.window, range));
  }
}

/** An AskAnnouncer that remembers what it was told, in order. */
export class RecordingAnnouncer implements AskAnnouncer {
  readonly told: (
    | { event: 'changed' | 'cancelled'; ask: EnteredAsk; context: AnnouncementContext }
    | { event: 'clashFound'; notice: ClashNotice; context: AnnouncementContext }
  )[] = [];

  async changed(ask: EnteredAsk, context: AnnouncementContext) {
    this.told.push({ event: 'changed', ask, context });
  }

  async cancelled(ask: EnteredAsk, context: AnnouncementContext) {
    this.told.push({ event: 'cancelled', ask, context });
  }

  async clashFound(notice: ClashNotice, context: AnnouncementContext) {
    this.told.push({ event: 'clashFound', notice, context });
  }

  /** What was announced, in order, as `changed ASK-… v1`, `clash ASK-…-v1`. */
  get summary(): string[] {
    return this.told.map((t) =>
      t.event === 'clashFound' ? `clash ${t.notice.clashId}` : `${t.event} ${t.ask.askId} v${t.ask.version}`,
    );
  }
}
