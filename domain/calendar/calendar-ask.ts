/**
 * An ask of schools on the calendar (DOMAIN.md section 2): either computed from the DfE's and
 * the council's rules (census days, offer days, assessment windows ...; named by a stable
 * `key` and its academic year) or entered by a council team (named by its `askId`). Both
 * share one shape, so the read side, the clash check, the load view and the feed treat them
 * alike.
 */
import type { AcademicYear } from '#domain/shared/academic-year';
import type { IsoDate } from '#domain/shared/iso-date';
import type { ClockTime } from '#domain/shared/london-time';
import type { AskRecord } from '#events/ask-record';
import type { AskCriticality, AskKind, AskOwner, Audience } from '#events/ask-request';
import type { ComputedAskKey } from './computed-asks.ts';

/** Every day from `start` to `end`, both included. */
export interface AllDayWindow {
  readonly type: 'all-day';
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** A timed event on one day, at London wall-clock times (GMT or BST, whichever the day has). */
export interface TimedWindow {
  readonly type: 'timed';
  readonly date: IsoDate;
  readonly startTime: ClockTime;
  readonly endTime: ClockTime;
}

/** When an ask lands on schools. */
export type AskWindow = AllDayWindow | TimedWindow;

/** What every ask says, computed or entered. */
interface AskCommon {
  readonly title: string;
  readonly description?: string | undefined;
  readonly kind: AskKind;
  readonly criticality: AskCriticality;
  readonly window: AskWindow;
  readonly audience: Audience;
  readonly link?: string | undefined;
  /**
   * RFC 5545 SEQUENCE: 0 as first published, one more at each change subscribers must see.
   * A computed ask is 0 unless an override changed it; an entered ask is its version - 1.
   */
  readonly sequence: number;
}

/** An ask computed from rules or from the STA's published data, for one academic year. */
export interface ComputedAsk extends AskCommon {
  readonly source: 'computed';
  readonly key: ComputedAskKey;
  readonly academicYear: AcademicYear;
  /** The rule in words and where it comes from, e.g. "first Thursday in October (DfE school census guide)". */
  readonly rule: string;
  /** Set when a one-off override replaced the computed date. */
  readonly override?: { readonly reason: string } | undefined;
}

/** Whether an entered ask still stands. Cancelled asks are kept, for the history and the feed. */
export type AskStatus = 'active' | 'cancelled';

/** An ask a council team entered (through the API or the bus). */
export interface EnteredAsk extends AskCommon {
  readonly source: 'entered';
  readonly askId: string;
  readonly owner: AskOwner;
  readonly status: AskStatus;
  /** 1 when first recorded, one more at each edit or cancellation. */
  readonly version: number;
  /** ISO instant this version was recorded. */
  readonly recordedAt: string;
}

/** Any ask on the calendar. */
export type CalendarAsk = ComputedAsk | EnteredAsk;

/** The first day an ask's window touches. */
export const firstDayOf = (window: AskWindow): IsoDate =>
  window.type === 'all-day' ? window.start : window.date;

/** The last day an ask's window touches. */
export const lastDayOf = (window: AskWindow): IsoDate =>
  window.type === 'all-day' ? window.end : window.date;

/** How an ask is named in the API and in clash reports: `{ key }` when computed, `{ askId }` when entered. */
export type AskReference = { readonly key: ComputedAskKey } | { readonly askId: string };

/** An ask's name: its `key` (computed) or its `askId` (entered). */
export const referenceOf = (ask: CalendarAsk): AskReference =>
  ask.source === 'computed' ? { key: ask.key } : { askId: ask.askId };

/** Whether an ask is in force (a cancelled entered ask is not). */
export const isActive = (ask: CalendarAsk): boolean => ask.source === 'computed' || ask.status === 'active';

// Code-unit order, not `localeCompare`: that would start ICU (≈ 20 ms) in every function that sorts asks.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The start time of a timed window, so a day's timed events sort before its later ones. */
const startTimeOf = (window: AskWindow): string => (window.type === 'timed' ? window.startTime : '');

/** Orders asks by first day, start time, last day, then title (a stable order for lists, emails and the feed). */
export const byWindowThenTitle = (a: CalendarAsk, b: CalendarAsk): number =>
  compareText(firstDayOf(a.window), firstDayOf(b.window)) ||
  compareText(startTimeOf(a.window), startTimeOf(b.window)) ||
  compareText(lastDayOf(a.window), lastDayOf(b.window)) ||
  compareText(a.title, b.title);

/** An entered ask as its events and the API carry it: what was recorded, without the calendar's own `source` and `sequence`. */
export const recordOf = (ask: EnteredAsk): AskRecord => {
  const { source: _source, sequence: _sequence, ...record } = ask;
  return record as AskRecord;
};

/** An entered ask from its record (the calendar's `source` and `sequence` added back). */
export const enteredAskOf = (record: AskRecord): EnteredAsk => ({
  ...record,
  window: record.window as AskWindow,
  source: 'entered',
  sequence: record.version - 1,
});
