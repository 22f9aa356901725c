import type { EhcpCaseEvent } from '#events/ehcp/case-event';
import type { CaseTimeline } from './case-timeline.ts';

/**
 * What the store knows of a case when it is read: its recorded events and a revision the
 * store checks on save (another writer may have changed the case in between).
 */
export interface StoredCase {
  readonly events: readonly EhcpCaseEvent[];
  /** Opaque to the domain: the store's own note of what it read (a version, its derived items). */
  readonly revision: CaseRevision;
}

/** The store's note of the case it read; `version` 0 when the case was not recorded yet. */
export interface CaseRevision {
  readonly version: number;
}

/** A change to record: the new event (unless it was already recorded) and the case's timeline with it. */
export interface CaseChange {
  readonly caseRef: string;
  readonly newEvent?: EhcpCaseEvent;
  readonly timeline: CaseTimeline;
  /** The revision the change was computed from. */
  readonly revision: CaseRevision;
}

/** Port: reads a case (its events); a case never recorded reads as no events at version 0. */
export type LoadCase = (caseRef: string) => Promise<StoredCase>;

/**
 * Port: records a change atomically (the event, the case's timeline, and whatever the store
 * derives from it) only if the case is still at the revision it was read at; otherwise throws
 * {@link CaseChangedError}.
 */
export type SaveCase = (change: CaseChange) => Promise<void>;

/** The case was changed by another writer since it was read: read it again and retry. */
export class CaseChangedError extends Error {
  override readonly name = 'CaseChangedError';
}
