import type { IsoDate } from '#domain/shared/iso-date';
import { type ClockTime, londonDateOf, londonInstant } from '#domain/shared/london-time';
import {
  DEFAULT_EDITION_SCHEDULE,
  type EditionSchedule,
  isEditionDate,
  sendInstantOf,
} from './edition-schedule.ts';

/**
 * The one run record of an edition's sending: it puts one delivery message per school contact
 * on the delivery queue, school by school in URN order, noting after each school how far it
 * has got, so a run that dies half-way is resumed from there rather than started again.
 */
export interface EditionRun {
  readonly edition: IsoDate;
  /** `queuing` while deliveries are being queued; `queued` when every one is; `not-sent` when the edition was empty. */
  readonly status: 'queuing' | 'queued' | 'not-sent';
  readonly startedAt: string;
  /** The last school whose contacts are all queued (URN); absent before the first. */
  readonly resumeAfterUrn?: string | undefined;
  /** Delivery messages queued so far. */
  readonly queued: number;
  /** Incremented by every start or resumption; progress is written only by the current attempt. */
  readonly attempt: number;
  /**
   * Until when the current attempt holds the run (ISO instant): its start plus the sending
   * function's timeout, after which that attempt cannot still be running and another may take
   * the run over.
   */
  readonly leaseUntil: string;
  readonly finishedAt?: string | undefined;
  /** Why the edition was not sent. */
  readonly reason?: string | undefined;
}

/** Port: run records, one per edition, every write conditional. */
export interface EditionRuns {
  /**
   * Takes the edition's run for an attempt: creates it when there is none, takes it over when
   * it is unfinished and its lease ran out. Answers undefined when the run is finished or
   * another attempt holds it (a second schedule firing, a recovery check during a live run).
   */
  take(edition: IsoDate, now: Date, leaseMs: number): Promise<EditionRun | undefined>;
  /** Records progress, if `attempt` still holds the run; answers whether it did. */
  progress(
    edition: IsoDate,
    attempt: number,
    update: { readonly resumeAfterUrn: string; readonly queued: number },
  ): Promise<boolean>;
  /** Finishes the run, if `attempt` still holds it; answers whether it did. */
  finish(
    edition: IsoDate,
    attempt: number,
    outcome:
      | { readonly status: 'queued'; readonly queued: number; readonly at: string }
      | { readonly status: 'not-sent'; readonly reason: string; readonly at: string },
  ): Promise<boolean>;
  get(edition: IsoDate): Promise<EditionRun | undefined>;
}

/** How long after the send the recovery check keeps looking (London time, the same Monday). */
export const DEFAULT_RECOVERY_UNTIL: ClockTime = '12:00';

/**
 * The edition a recovery check at `now` looks after: today's, when today is a Monday in London
 * and `now` is from its send time until the recovery cut-off (noon by default); otherwise none.
 * The check starts that edition's run if it never started, or resumes it if it did not finish.
 */
export const editionToRecover = (
  now: Date,
  schedule: EditionSchedule = DEFAULT_EDITION_SCHEDULE,
  until: ClockTime = DEFAULT_RECOVERY_UNTIL,
): IsoDate | undefined => {
  const today = londonDateOf(now);
  if (!isEditionDate(today)) return undefined;
  const t = now.getTime();
  return t >= sendInstantOf(today, schedule).getTime() && t < londonInstant(today, until).getTime()
    ? today
    : undefined;
};
