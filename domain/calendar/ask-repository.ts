import type { DateRange } from './asks-landing-in.ts';
import type { EnteredAsk } from './calendar-ask.ts';

/** Port: where entered asks are kept, every version of each (the history), the current one marked. */
export interface AskRepository {
  /**
   * Records version 1 of a new ask. If an ask with the same id is already recorded, nothing is
   * written and its current version is returned with `created: false`.
   */
  addOnce(ask: EnteredAsk): Promise<{ ask: EnteredAsk; created: boolean }>;
  /**
   * Records `next` (version n + 1) as the current version, keeping version n in the history.
   * Throws an `AskVersionConflictError` when the current version is no longer `next.version - 1`
   * (another edit got there first): nothing is written.
   */
  addVersion(next: EnteredAsk): Promise<void>;
  /** The current version of an ask, or undefined. */
  get(askId: string): Promise<EnteredAsk | undefined>;
  /** Every version of an ask, oldest first (empty when there is no such ask). */
  history(askId: string): Promise<EnteredAsk[]>;
  /** The current version of every ask (active or cancelled) whose window touches `range`. */
  touching(range: DateRange): Promise<EnteredAsk[]>;
}
