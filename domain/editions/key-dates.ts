import { compareDates, type IsoDate } from '#domain/shared/iso-date';
import type { AudiencePhase, SchoolType } from '#events/comms-item';

/**
 * A date schools should have in mind: an ask from the calendar of asks (a statutory return, an
 * assessment window, a consultation closing), shown in the edition's Key dates box.
 */
export interface KeyDate {
  readonly title: string;
  /** The day it happens, or the first day of its window. */
  readonly start: IsoDate;
  /** The last day of its window (inclusive); absent or equal to `start` for a single day. */
  readonly end?: IsoDate | undefined;
  /** A statutory ask (census day, return deadline): shown as such, and first on its day. */
  readonly statutory: boolean;
  /** The phases it is for (empty or absent: every phase), in the comms items' words. */
  readonly phases?: readonly AudiencePhase[] | undefined;
  /** The school types it is for (empty or absent: every type). */
  readonly schoolTypes?: readonly SchoolType[] | undefined;
  /** Where to read about it. */
  readonly link?: { readonly text: string; readonly url: string } | undefined;
}

/**
 * Port: the calendar of asks, read for an edition's Key dates box. Answers every ask whose day
 * or window touches `from` to `to` (both inclusive), statutory asks computed from their rules
 * and asks teams have entered alike, in any order.
 */
export interface KeyDates {
  between(from: IsoDate, to: IsoDate): Promise<readonly KeyDate[]>;
}

/** The last day a key date covers. */
export const lastDayOf = (keyDate: KeyDate): IsoDate => keyDate.end ?? keyDate.start;

/** Whether a key date touches the days `from` to `to` (inclusive). */
export const touches = (keyDate: KeyDate, from: IsoDate, to: IsoDate): boolean =>
  compareDates(keyDate.start, to) <= 0 && compareDates(lastDayOf(keyDate), from) >= 0;

/** Key dates in the order the box lists them: by first day, statutory first, then by title. */
export const compareKeyDates = (a: KeyDate, b: KeyDate): number =>
  compareDates(a.start, b.start) ||
  Number(b.statutory) - Number(a.statutory) ||
  a.title.localeCompare(b.title, 'en-GB');
