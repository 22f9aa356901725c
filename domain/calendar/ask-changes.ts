/**
 * Recording, editing and cancelling entered asks: the calendar's use cases. Each checks the
 * ask against the statutory windows around it, keeps every version (the history), and tells
 * the rest of the system what changed and what clashed. Safe to repeat (queues deliver at
 * least once): a repeat finds what the first attempt stored and announces it again, and every
 * consumer of the announcements is idempotent (the clash email on `clashId`).
 */

import { sameContent } from '#domain/shared/canonical-json';
import { addDays } from '#domain/shared/iso-date';
import { londonDateOf } from '#domain/shared/london-time';
import type { AskRequest } from '#events/ask-request';
import type { AskAnnouncer, ClashNotice } from './ask-announcer.ts';
import { AskCancelledError, AskNotFoundError, AskSubmissionConflictError } from './ask-errors.ts';
import type { AskRepository } from './ask-repository.ts';
import { type AskWindow, type CalendarAsk, type EnteredAsk, firstDayOf, lastDayOf } from './calendar-ask.ts';
import { type ClashReport, type ClashSettings, checkAsk } from './clashes.ts';
import { type CalendarRules, computedAsksAround } from './computed-asks.ts';

/** What the calendar's use cases need from outside: ports, configuration, the time and the thread. */
export interface AskChangeDeps {
  readonly asks: AskRepository;
  readonly announcer: AskAnnouncer;
  readonly rules: CalendarRules;
  readonly clashSettings: ClashSettings;
  /** When the change was asked for (from the triggering request or event). */
  readonly now: Date;
  readonly correlationId: string;
}

/** What became of an ask: the clash report, and the ask as recorded unless the policy refused it. */
export interface AskOutcome extends ClashReport {
  /** The recorded version; absent when refused. */
  readonly ask?: EnteredAsk | undefined;
}

/** The statutory asks around a window: computed ones and entered ones, far enough either side for every suggestion. */
const calendarAround = async (window: AskWindow, deps: AskChangeDeps): Promise<CalendarAsk[]> => {
  // 20 working days of buffer is at most 28 calendar days (plus bank holidays): 40 covers it.
  const margin = deps.clashSettings.searchDays + 40;
  const from = addDays(firstDayOf(window), -margin);
  const to = addDays(lastDayOf(window), margin);
  const entered = await deps.asks.touching({ from, to });
  return [...computedAsksAround(from, to, deps.rules), ...entered];
};

const context = (deps: AskChangeDeps) => ({ correlationId: deps.correlationId, occurredAt: deps.now });

const notice = (
  clashId: string,
  request: AskRequest,
  report: ClashReport,
  deps: AskChangeDeps,
  recorded?: EnteredAsk,
): ClashNotice => ({
  clashId,
  askId: recorded?.askId,
  version: recorded?.version,
  title: request.title,
  window: request.window as AskWindow,
  owner: request.owner,
  policy: deps.clashSettings.policy,
  refused: report.refused,
  bufferWorkingDays: deps.clashSettings.bufferWorkingDays,
  clashes: report.clashes,
  suggestions: report.suggestions,
});

/** An entered ask's version from what the team entered. */
const versionOf = (
  request: AskRequest,
  fields: { askId: string; version: number; status: EnteredAsk['status']; recordedAt: string },
): EnteredAsk => ({
  ...request,
  window: request.window as AskWindow,
  source: 'entered',
  ...fields,
  sequence: fields.version - 1,
});

/** The parts of a recorded ask a team entered (what an edit replaces). */
export const requestOf = (ask: EnteredAsk): AskRequest => {
  const { source: _s, askId: _a, version: _v, status: _st, recordedAt: _r, sequence: _q, ...request } = ask;
  return request as AskRequest;
};

/**
 * Records a new ask:
 * 1. check it against the statutory windows around it (suggestions from today, London time);
 * 2. under the refuse policy, a clash stops here: the clash is announced (`refused-<submissionId>`)
 *    and nothing is stored;
 * 3. otherwise record version 1 once (a repeat finds the stored ask; a different ask under the
 *    same id is an AskSubmissionConflictError and nothing is announced);
 * 4. announce it (AskChanged) and, if it clashes, the clash (`<askId>-v1`).
 * `submissionId` names the submission for retries (the bus event's id; for the API, the request's).
 */
export async function recordAsk(
  request: AskRequest,
  ids: { readonly askId: string; readonly submissionId: string },
  deps: AskChangeDeps,
): Promise<AskOutcome> {
  const calendar = await calendarAround(request.window as AskWindow, deps);
  const report = checkAsk(request, calendar, deps.clashSettings, londonDateOf(deps.now));
  if (report.refused) {
    await deps.announcer.clashFound(
      notice(`refused-${ids.submissionId}`, request, report, deps),
      context(deps),
    );
    return report;
  }
  const candidate = versionOf(request, {
    askId: ids.askId,
    version: 1,
    status: 'active',
    recordedAt: deps.now.toISOString(),
  });
  const { ask, created } = await deps.asks.addOnce(candidate);
  if (!created) {
    const [first] = await deps.asks.history(ask.askId);
    if (!first || !sameContent(requestOf(first), requestOf(candidate)))
      throw new AskSubmissionConflictError(ask.askId);
  }
  await deps.announcer.changed(ask, context(deps));
  if (report.clashes.length > 0)
    await deps.announcer.clashFound(
      notice(`${ask.askId}-v${ask.version}`, request, report, deps, ask),
      context(deps),
    );
  return { ...report, ask };
}

/**
 * Edits an ask (a `PUT`: the whole ask as the team now wants it):
 * 1. read the current version (AskNotFoundError if none; AskCancelledError if cancelled);
 * 2. check the new window, leaving the ask's own old window out;
 * 3. under the refuse policy, a clash stops here (announced as `refused-<submissionId>`);
 * 4. otherwise record version n + 1, its SEQUENCE bumped (AskVersionConflictError if another
 *    edit got there first), and announce it and any clash (`<askId>-v<n + 1>`).
 */
export async function editAsk(
  askId: string,
  request: AskRequest,
  ids: { readonly submissionId: string },
  deps: AskChangeDeps,
): Promise<AskOutcome> {
  const current = await deps.asks.get(askId);
  if (!current) throw new AskNotFoundError(askId);
  if (current.status === 'cancelled') throw new AskCancelledError(askId);
  const calendar = await calendarAround(request.window as AskWindow, deps);
  const report = checkAsk({ ...request, askId }, calendar, deps.clashSettings, londonDateOf(deps.now));
  if (report.refused) {
    await deps.announcer.clashFound(
      notice(`refused-${ids.submissionId}`, request, report, deps),
      context(deps),
    );
    return report;
  }
  const next = versionOf(request, {
    askId,
    version: current.version + 1,
    status: 'active',
    recordedAt: deps.now.toISOString(),
  });
  await deps.asks.addVersion(next);
  await deps.announcer.changed(next, context(deps));
  if (report.clashes.length > 0)
    await deps.announcer.clashFound(
      notice(`${askId}-v${next.version}`, request, report, deps, next),
      context(deps),
    );
  return { ...report, ask: next };
}

/**
 * Cancels an ask: records version n + 1 with status `cancelled` (the history keeps every
 * version; the feed keeps it as CANCELLED) and announces it (AskCancelled). Cancelling a
 * cancelled ask changes nothing and announces it again (a repeat after a failed announcement).
 */
export async function cancelAsk(askId: string, deps: AskChangeDeps): Promise<EnteredAsk> {
  const current = await deps.asks.get(askId);
  if (!current) throw new AskNotFoundError(askId);
  if (current.status === 'cancelled') {
    await deps.announcer.cancelled(current, context(deps));
    return current;
  }
  const cancelled: EnteredAsk = {
    ...current,
    status: 'cancelled',
    version: current.version + 1,
    sequence: current.version,
    recordedAt: deps.now.toISOString(),
  };
  await deps.asks.addVersion(cancelled);
  await deps.announcer.cancelled(cancelled, context(deps));
  return cancelled;
}
