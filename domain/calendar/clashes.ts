/**
 * Clash detection: the reason the calendar exists. Schools Communications agreed "to avoid
 * other less critical asks of schools at the same time as statutory returns" (DOMAIN.md
 * section 2). An ask that is not statutory clashes with a statutory window when it overlaps
 * it, or comes within a buffer of working days of it; the team is offered the nearest
 * windows of the same length, before and after, that clash with nothing.
 */
import { addDays, compareDates, daysBetween, type IsoDate, maxDate, minDate } from '#domain/shared/iso-date';
import { addWorkingDays, isWorkingDay } from '#domain/shared/working-days';
import type { AskCriticality } from '#events/ask-request';
import {
  type AskReference,
  type AskWindow,
  type CalendarAsk,
  firstDayOf,
  isActive,
  lastDayOf,
  referenceOf,
} from './calendar-ask.ts';

/** `warn`: the ask is recorded and the clash reported (the default); `refuse`: the ask is not recorded. */
export type ClashPolicy = 'warn' | 'refuse';

/** How clashes are judged: configuration. */
export interface ClashSettings {
  readonly policy: ClashPolicy;
  /** Working days either side of a statutory window that also count as a clash (0: only an overlap). */
  readonly bufferWorkingDays: number;
  /** How far (calendar days) either way to look for a clear window. */
  readonly searchDays: number;
}

/** Warn, with two working days either side of each statutory window, searching half a year either way. */
export const DEFAULT_CLASH_SETTINGS: ClashSettings = {
  policy: 'warn',
  bufferWorkingDays: 2,
  searchDays: 182,
};

/** A statutory window an ask clashes with. */
export type Clash = AskReference & {
  readonly title: string;
  /** The statutory window's first and last days. */
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Days the ask shares with the statutory window; 0 when it is only within the buffer. */
  readonly overlapDays: number;
};

/** A clear window of the same length as the ask: first and last days, inclusive (same times for a timed ask). */
export interface SuggestedWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** What checking an ask found, and whether the policy refuses it. */
export interface ClashReport {
  readonly clashes: readonly Clash[];
  /** The nearest clear window before, then the nearest after (either may be missing). */
  readonly suggestions: readonly SuggestedWindow[];
  /** True when the policy is `refuse` and there is a clash: the ask must not be recorded. */
  readonly refused: boolean;
}

/** The ask being checked: its window, how critical it is and (when editing) its own id. */
export interface AskToCheck {
  readonly window: AskWindow;
  readonly criticality: AskCriticality;
  readonly askId?: string | undefined;
}

interface Guarded {
  readonly ask: CalendarAsk;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The window widened by the buffer of working days either side. */
  readonly guardFrom: IsoDate;
  readonly guardTo: IsoDate;
}

const checkSettings = (settings: ClashSettings): void => {
  if (settings.policy !== 'warn' && settings.policy !== 'refuse')
    throw new RangeError(`policy must be warn or refuse, got ${JSON.stringify(settings.policy)}`);
  if (
    !Number.isInteger(settings.bufferWorkingDays) ||
    settings.bufferWorkingDays < 0 ||
    settings.bufferWorkingDays > 20
  )
    throw new RangeError(
      `bufferWorkingDays must be a whole number from 0 to 20, got ${settings.bufferWorkingDays}`,
    );
  if (!Number.isInteger(settings.searchDays) || settings.searchDays < 1 || settings.searchDays > 366)
    throw new RangeError(`searchDays must be a whole number from 1 to 366, got ${settings.searchDays}`);
};

/** The statutory windows other asks are kept out of: active asks of `statutory` criticality, bar the ask itself. */
const guardedWindows = (calendar: readonly CalendarAsk[], buffer: number, self?: string): Guarded[] =>
  calendar
    .filter(
      (a) => a.criticality === 'statutory' && isActive(a) && !(a.source === 'entered' && a.askId === self),
    )
    .map((ask) => {
      const start = firstDayOf(ask.window);
      const end = lastDayOf(ask.window);
      return {
        ask,
        start,
        end,
        guardFrom: buffer === 0 ? start : addWorkingDays(start, -buffer),
        guardTo: buffer === 0 ? end : addWorkingDays(end, buffer),
      };
    });

/** Whether `start` and the `length` days after it are all working days. */
const allWorkingDays = (start: IsoDate, length: number): boolean => {
  for (let i = 0; i <= length; i++) if (!isWorkingDay(addDays(start, i))) return false;
  return true;
};

const clashesOf = (start: IsoDate, end: IsoDate, guarded: readonly Guarded[]): Clash[] =>
  guarded
    .filter((g) => compareDates(start, g.guardTo) <= 0 && compareDates(end, g.guardFrom) >= 0)
    .map((g) => {
      const from = maxDate(start, g.start);
      const to = minDate(end, g.end);
      const overlapDays = compareDates(from, to) <= 0 ? daysBetween(from, to) + 1 : 0;
      return { ...referenceOf(g.ask), title: g.ask.title, start: g.start, end: g.end, overlapDays };
    });

/**
 * Checks an ask against the calendar's statutory windows (computed asks, and entered asks of
 * `statutory` criticality). A statutory ask is never a clash; any other ask clashes with
 * each statutory window it overlaps or comes within `bufferWorkingDays` working days of
 * (a timed ask counts as its day). When it clashes, suggests the nearest clear windows of the
 * same length before and after it, within `searchDays`: "clear" means it clashes with
 * nothing and starts no earlier than `notBefore` (today, so nothing is suggested in the
 * past). A short ask on working days only (up to five days, no weekend or bank holiday
 * inside) may move to any other run of working days; any other ask moves by whole weeks and
 * keeps its weekdays. So a Monday-to-Friday survey is offered Monday-to-Friday weeks, a
 * one-day briefing another working day, and a Saturday conference another Saturday.
 *
 * `calendar` must hold the statutory asks around the ask (`computedAsksAround` gives the
 * computed ones for the academic years either side).
 */
export const checkAsk = (
  ask: AskToCheck,
  calendar: readonly CalendarAsk[],
  settings: ClashSettings = DEFAULT_CLASH_SETTINGS,
  notBefore?: IsoDate,
): ClashReport => {
  checkSettings(settings);
  if (ask.criticality === 'statutory') return { clashes: [], suggestions: [], refused: false };
  const guarded = guardedWindows(calendar, settings.bufferWorkingDays, ask.askId);
  const start = firstDayOf(ask.window);
  const end = lastDayOf(ask.window);
  const clashes = clashesOf(start, end, guarded);
  if (clashes.length === 0) return { clashes, suggestions: [], refused: false };

  const length = daysBetween(start, end);
  // A window of working days only, shorter than a week, may move day by day to other working
  // days; any other (a weekend or holiday inside, or a week or more) moves by whole weeks, so
  // it keeps its weekdays. Either way a Monday-to-Friday ask is offered Monday-to-Friday weeks.
  const dayByDay = length < 6 && allWorkingDays(start, length);
  const step = dayByDay ? 1 : 7;
  const isClear = (candidate: IsoDate): boolean => {
    const candidateEnd = addDays(candidate, length);
    return (
      (notBefore === undefined || compareDates(candidate, notBefore) >= 0) &&
      (!dayByDay || allWorkingDays(candidate, length)) &&
      clashesOf(candidate, candidateEnd, guarded).length === 0
    );
  };
  const nearest = (direction: 1 | -1): SuggestedWindow | undefined => {
    for (let shift = step; shift <= settings.searchDays; shift += step) {
      const candidate = addDays(start, direction * shift);
      if (isClear(candidate)) return { start: candidate, end: addDays(candidate, length) };
    }
    return undefined;
  };
  const suggestions = [nearest(-1), nearest(1)].filter((s): s is SuggestedWindow => s !== undefined);
  return { clashes, suggestions, refused: settings.policy === 'refuse' };
};

/** An ask moved to a suggested window: the same length, and for a timed ask the same times. */
export const movedTo = (window: AskWindow, suggestion: SuggestedWindow): AskWindow =>
  window.type === 'all-day'
    ? { type: 'all-day', start: suggestion.start, end: suggestion.end }
    : { ...window, date: suggestion.start };
