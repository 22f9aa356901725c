import type { EnteredAsk } from '#domain/calendar/calendar-ask';
import { firstDayOf, lastDayOf } from '#domain/calendar/calendar-ask';

/**
 * Entered asks in the calendar table, every version its own item:
 * - `pk` `ASK#<askId>`, `sk` `V#<version, 6 digits>`: an ask's versions sort oldest first, so
 *   its history is one Query and its current version the last item;
 * - the current version is marked with `currentPk` = `ASK` and `currentStart` = its first day,
 *   the keys of the sparse index `current` (only current versions are in it): the read side
 *   finds the asks touching a range with one Query on it (windows are at most a year long, so
 *   those starting up to a year before the range and ending in or after it); `lastDay` is kept
 *   for that filter.
 */
export const CURRENT_INDEX = 'current';
export const CURRENT_PARTITION = 'ASK';

/** The partition of an ask's versions. */
export const askPk = (askId: string) => `ASK#${askId}`;

/** The sort key of one version. */
export const versionSk = (version: number) => `V#${String(version).padStart(6, '0')}`;

/** The item of one version; `current` marks it as the ask's current version. */
export const askItem = (ask: EnteredAsk, current: boolean) => ({
  pk: askPk(ask.askId),
  sk: versionSk(ask.version),
  entity: 'AskVersion',
  ...ask,
  lastDay: lastDayOf(ask.window),
  ...(current && { currentPk: CURRENT_PARTITION, currentStart: firstDayOf(ask.window) }),
});

/** The ask version an item holds. */
export const askFromItem = (item: Record<string, unknown>): EnteredAsk => {
  const {
    pk: _pk,
    sk: _sk,
    entity: _entity,
    lastDay: _lastDay,
    currentPk: _currentPk,
    currentStart: _currentStart,
    ...ask
  } = item;
  return ask as unknown as EnteredAsk;
};
