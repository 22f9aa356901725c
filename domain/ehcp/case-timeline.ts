/**
 * The timescale calculator: from a case's events, every milestone with its statutory due date.
 *
 * 1. Sort the events by date (on one day, in the order a case meets them), drop exact repeats.
 * 2. Fold them into the case file, refusing any event that cannot have happened (each refusal names
 *    the event and the field).
 * 3. Derive the milestones from the case file: due dates by the rules of SI 2014/1530 and
 *    CFA 2014, exceptions as disapplications (never extensions), closures.
 *
 * Nothing here depends on the day you look: {@link milestoneOn} gives a milestone's state on a day.
 */

import { canonicalJson } from '#domain/shared/canonical-json';
import { datePartsOf, daysBetween, type IsoDate, isoDateOf, minDate } from '#domain/shared/iso-date';
import { type AdviceSource, SECTION_31_SOURCES } from '#events/ehcp/advice-sources';
import type { CaseEventOfType, EhcpCaseEvent } from '#events/ehcp/case-event';
import type { CaseOfficer } from '#events/ehcp/case-event-fields';
import type { ExceptionReason } from '#events/ehcp/exception-recorded';
import type { Quadrant } from '#events/ehcp/quadrant';
import { type CaseEventIssue, ImpossibleCaseEventError } from './impossible-case-event-error.ts';
import {
  type Disapplication,
  type MilestoneKey,
  type MilestoneTimeline,
  milestoneTimeline,
} from './milestone.ts';
import {
  dayBefore,
  daysBeginningWith,
  monthsStartingWith,
  weeksBefore,
  withinWeeksOf,
} from './statutory-periods.ts';

/** Where a case is. */
export type CaseStatus =
  | 'awaiting-decision'
  | 'not-assessed'
  | 'assessing'
  | 'draft-plan'
  | 'plan-not-issued'
  | 'plan'
  | 'ceasing'
  | 'closed';

/** A case and its milestones' dates, as its events tell them. */
export interface CaseTimeline {
  readonly caseRef: string;
  /** The quadrant, case officer and initials of the case's latest event. */
  readonly quadrant: Quadrant;
  readonly caseOfficer: CaseOfficer;
  readonly childInitials: string;
  readonly status: CaseStatus;
  /** Ordered by due date. */
  readonly milestones: readonly MilestoneTimeline[];
}

/** On one day, events are applied in the order a case meets them. */
const SAME_DAY_ORDER = {
  'request-received': 0,
  'decision-to-assess': 1,
  'advice-requested': 2,
  'advice-received': 3,
  'draft-plan-served': 4,
  'final-plan-issued': 5,
  'decision-not-to-issue': 6,
  'plan-made': 7,
  'exception-recorded': 8,
  'review-meeting-arranged': 9,
  'review-meeting-held': 10,
  'review-report-received': 11,
  'review-decision-issued': 12,
  'amended-plan-issued': 13,
  'phase-transfer-due': 14,
  'case-closed': 15,
} as const satisfies Record<EhcpCaseEvent['type'], number>;

/**
 * The order a case's events are applied in: by date and, on one day, in the order a case meets
 * them (a request before the decision, a meeting before its report), then by event id.
 */
export const compareCaseEvents = (
  a: Pick<EhcpCaseEvent, 'date' | 'type' | 'eventId'>,
  b: Pick<EhcpCaseEvent, 'date' | 'type' | 'eventId'>,
) =>
  a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : SAME_DAY_ORDER[a.type] - SAME_DAY_ORDER[b.type] ||
        (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0);

interface AdviceRequest {
  readonly adviceId: string;
  readonly from: AdviceSource;
  readonly requestedOn: IsoDate;
  receivedOn?: IsoDate;
}

/** One annual review cycle: from the plan date or the last review meeting to the next meeting. */
interface ReviewCycle {
  readonly startsOn: IsoDate;
  noticeOn?: IsoDate;
  plannedMeetingOn?: IsoDate;
  meetingOn?: IsoDate;
  reportOn?: IsoDate;
  decidedOn?: IsoDate;
  decision?: 'maintain' | 'amend' | 'cease';
  proposedOn?: IsoDate;
  amendedOn?: IsoDate;
}

interface RecordedException {
  readonly recordedOn: IsoDate;
  readonly reason: ExceptionReason;
  readonly appliesTo: readonly string[];
}

/** Everything the events have established about a case so far. */
interface CaseFile {
  requestOn?: IsoDate;
  decision?: { readonly on: IsoDate; readonly decision: 'assess' | 'not-assess' };
  readonly advice: Map<string, AdviceRequest>;
  draftOn?: IsoDate;
  finalPlanOn?: IsoDate;
  notIssuedOn?: IsoDate;
  planOn?: IsoDate;
  readonly cycles: ReviewCycle[];
  readonly amendedPlans: IsoDate[];
  readonly transfers: { recordedOn: IsoDate; transferYear: number; transfer: 'school-phase' | 'post-16' }[];
  readonly exceptions: RecordedException[];
  closedOn?: IsoDate;
}

/** The limits an exception can disapply, and the period each one runs over. */
const AUTHORITY_LIMIT_WEEKS = {
  'decision-to-assess': 6,
  'decision-not-to-issue': 16,
  'final-plan': 20,
} as const;

/**
 * The milestones of one case from its events, in any order of arrival. Throws
 * {@link ImpossibleCaseEventError} naming every event that cannot have happened, and its field:
 * events of another case, a date after `today`, a decision before the request, advice received
 * before it was requested, a review decision without a meeting, an exception that does not apply...
 */
export function caseTimeline(events: readonly EhcpCaseEvent[], today: IsoDate): CaseTimeline {
  const first = events[0];
  if (!first) throw new RangeError('a case needs at least one event');
  const issues: CaseEventIssue[] = [];
  const report = (event: EhcpCaseEvent, path: string, message: string, awaiting?: true) =>
    issues.push({
      eventId: event.eventId,
      type: event.type,
      path,
      message,
      ...(awaiting ? { awaiting } : {}),
    });

  // 1. One case, each event once, in date order.
  const seen = new Map<string, string>();
  const unique: EhcpCaseEvent[] = [];
  for (const event of events) {
    if (event.caseRef !== first.caseRef) {
      report(event, 'caseRef', `caseRef ${event.caseRef} is not case ${first.caseRef}`);
      continue;
    }
    const text = canonicalJson(event);
    const earlier = seen.get(event.eventId);
    if (earlier === undefined) {
      seen.set(event.eventId, text);
      unique.push(event);
    } else if (earlier !== text) {
      report(event, 'eventId', `eventId ${event.eventId} was already recorded with different content`);
    }
  }
  const sorted = unique.sort(compareCaseEvents);

  // 2. The case file, event by event.
  const file: CaseFile = { advice: new Map(), cycles: [], amendedPlans: [], transfers: [], exceptions: [] };
  sorted.forEach((event, index) => {
    const later = sorted.slice(index + 1);
    const problem = refusal(event, file, later, today);
    if (problem) report(event, problem.path, problem.message, problem.awaiting);
    else apply(event, file);
  });
  if (issues.length > 0) throw new ImpossibleCaseEventError(issues);

  // 3. The milestones.
  const latest = sorted[sorted.length - 1] ?? first;
  return {
    caseRef: first.caseRef,
    quadrant: latest.quadrant,
    caseOfficer: latest.caseOfficer,
    childInitials: latest.childInitials,
    status: statusOf(file),
    milestones: milestonesOf(file),
  };
}

type Refusal = { readonly path: string; readonly message: string; readonly awaiting?: true } | undefined;

const refuse = (path: string, message: string): Refusal => ({ path, message });

/** A refusal for want of an earlier event the case does not have: it may still arrive. */
const awaiting = (path: string, message: string): Refusal => ({ path, message, awaiting: true });

/**
 * `needed` is what must already have happened. When it happens later in the case, the event's
 * `date` is wrong; when it never happens, the event's `type` cannot be applied to this case.
 */
const missing = (
  event: EhcpCaseEvent,
  later: readonly EhcpCaseEvent[],
  needed: (candidate: EhcpCaseEvent) => boolean,
  what: string,
): Refusal => {
  const after = later.find(needed);
  return after
    ? refuse('date', `date ${event.date} is before ${what} (${after.date})`)
    : awaiting('type', `type ${event.type} needs ${what} first; case ${event.caseRef} has none`);
};

const isType =
  <T extends EhcpCaseEvent['type']>(type: T) =>
  (event: EhcpCaseEvent): event is CaseEventOfType<T> =>
    event.type === type;

const isPlan = (event: EhcpCaseEvent) => event.type === 'final-plan-issued' || event.type === 'plan-made';

const openCycle = (file: CaseFile): ReviewCycle | undefined => {
  const last = file.cycles[file.cycles.length - 1];
  return last && last.meetingOn === undefined ? last : undefined;
};

const heldCycles = (file: CaseFile) => file.cycles.filter((cycle) => cycle.meetingOn !== undefined);

/** Why `event` cannot be applied to the case as it stands, or nothing when it can. */
function refusal(
  event: EhcpCaseEvent,
  file: CaseFile,
  later: readonly EhcpCaseEvent[],
  today: IsoDate,
): Refusal {
  if (event.date > today) return refuse('date', `date ${event.date} is after today (${today})`);
  if (file.closedOn !== undefined)
    return refuse('date', `date ${event.date} is after the case was closed (${file.closedOn})`);
  const needsRequest = () =>
    file.requestOn === undefined
      ? missing(event, later, isType('request-received'), 'the request for an assessment')
      : undefined;
  const needsPlan = () =>
    file.planOn === undefined ? missing(event, later, isPlan, 'an EHC plan') : undefined;
  const notAssessed = () =>
    file.decision?.decision === 'not-assess'
      ? refuse('type', `the local authority decided not to assess on ${file.decision.on}`)
      : undefined;
  const assessmentEnded = () =>
    file.finalPlanOn !== undefined
      ? refuse('type', `the final plan was already issued on ${file.finalPlanOn}`)
      : file.notIssuedOn !== undefined
        ? refuse('type', `the local authority decided not to issue a plan on ${file.notIssuedOn}`)
        : undefined;
  const needsDecisionToAssess = () =>
    needsRequest() ??
    notAssessed() ??
    (file.decision === undefined
      ? missing(
          event,
          later,
          (e) => e.type === 'decision-to-assess' && e.decision === 'assess',
          'the decision to assess',
        )
      : undefined);

  switch (event.type) {
    case 'request-received':
      if (file.requestOn !== undefined)
        return refuse(
          'type',
          `a request was already received on ${file.requestOn} for case ${event.caseRef}`,
        );
      if (file.planOn !== undefined)
        return refuse('type', `case ${event.caseRef} already has an EHC plan (made on ${file.planOn})`);
      return undefined;

    case 'decision-to-assess':
      return (
        needsRequest() ??
        (file.decision !== undefined
          ? refuse('type', `the decision whether to assess was already notified on ${file.decision.on}`)
          : undefined)
      );

    case 'advice-requested':
      return (
        needsRequest() ??
        notAssessed() ??
        assessmentEnded() ??
        (file.advice.has(event.adviceId)
          ? refuse(
              'adviceId',
              `advice ${event.adviceId} was already requested on ${file.advice.get(event.adviceId)!.requestedOn}`,
            )
          : undefined)
      );

    case 'advice-received': {
      const advice = file.advice.get(event.adviceId);
      if (!advice) {
        const requested = later.find((e) => e.type === 'advice-requested' && e.adviceId === event.adviceId);
        return requested
          ? refuse(
              'date',
              `date ${event.date} is before advice ${event.adviceId} was requested (${requested.date})`,
            )
          : awaiting('adviceId', `no advice ${event.adviceId} was requested on case ${event.caseRef}`);
      }
      return advice.receivedOn !== undefined
        ? refuse('adviceId', `advice ${event.adviceId} was already received on ${advice.receivedOn}`)
        : undefined;
    }

    case 'draft-plan-served':
      return needsDecisionToAssess() ?? assessmentEnded();

    case 'final-plan-issued':
      return (
        needsDecisionToAssess() ??
        assessmentEnded() ??
        (file.draftOn === undefined
          ? missing(event, later, isType('draft-plan-served'), 'a served draft plan')
          : undefined)
      );

    case 'decision-not-to-issue':
      return needsDecisionToAssess() ?? assessmentEnded();

    case 'plan-made': {
      const request = file.requestOn ?? later.find(isType('request-received'))?.date;
      if (request !== undefined)
        return refuse(
          'type',
          `case ${event.caseRef} has a request for an assessment (${request}): record its final plan instead`,
        );
      if (file.planOn !== undefined)
        return refuse('type', `case ${event.caseRef} already has an EHC plan (made on ${file.planOn})`);
      if (event.lastReviewedOn !== undefined && event.lastReviewedOn < event.date)
        return refuse(
          'lastReviewedOn',
          `lastReviewedOn ${event.lastReviewedOn} is before the plan was made (${event.date})`,
        );
      if (event.lastReviewedOn !== undefined && event.lastReviewedOn > today)
        return refuse('lastReviewedOn', `lastReviewedOn ${event.lastReviewedOn} is after today (${today})`);
      return undefined;
    }

    case 'exception-recorded':
      return exceptionRefusal(event, file, later);

    case 'review-meeting-arranged':
      return (
        needsPlan() ??
        (event.meetingOn < event.date
          ? refuse('meetingOn', `meetingOn ${event.meetingOn} is before the notice was given (${event.date})`)
          : undefined)
      );

    case 'review-meeting-held':
      return needsPlan();

    case 'review-report-received': {
      const refused = needsPlan();
      if (refused) return refused;
      if (heldCycles(file).findLast((cycle) => cycle.reportOn === undefined)) return undefined;
      return missing(event, later, isType('review-meeting-held'), 'a review meeting without a report');
    }

    case 'review-decision-issued': {
      const refused = needsPlan();
      if (refused) return refused;
      const cycle = heldCycles(file).findLast((c) => c.decidedOn === undefined);
      if (!cycle)
        return missing(event, later, isType('review-meeting-held'), 'a review meeting awaiting its decision');
      if (event.proposedAmendmentsSentOn !== undefined && event.proposedAmendmentsSentOn < cycle.meetingOn!)
        return refuse(
          'proposedAmendmentsSentOn',
          `proposedAmendmentsSentOn ${event.proposedAmendmentsSentOn} is before the review meeting (${cycle.meetingOn})`,
        );
      if (event.proposedAmendmentsSentOn !== undefined && event.proposedAmendmentsSentOn > today)
        return refuse(
          'proposedAmendmentsSentOn',
          `proposedAmendmentsSentOn ${event.proposedAmendmentsSentOn} is after today (${today})`,
        );
      return undefined;
    }

    case 'amended-plan-issued': {
      const refused = needsPlan();
      if (refused) return refused;
      const awaiting = file.cycles.filter((c) => c.decision === 'amend' && c.amendedOn === undefined);
      if (awaiting.some((c) => c.proposedOn! <= event.date)) return undefined;
      const proposed = awaiting[0]?.proposedOn;
      return proposed
        ? refuse('date', `date ${event.date} is before the proposed amendments were sent (${proposed})`)
        : missing(
            event,
            later,
            (e) => e.type === 'review-decision-issued' && e.decision === 'amend',
            'a review decision to amend the plan',
          );
    }

    case 'phase-transfer-due': {
      const refused = needsPlan();
      if (refused) return refused;
      if (event.transferYear < datePartsOf(event.date).year)
        return refuse(
          'transferYear',
          `transferYear ${event.transferYear} is before the year it was recorded (${event.date})`,
        );
      return file.transfers.some((t) => t.transferYear === event.transferYear)
        ? refuse('transferYear', `a phase transfer in ${event.transferYear} is already recorded`)
        : undefined;
    }

    case 'case-closed':
      return file.requestOn === undefined && file.planOn === undefined
        ? missing(event, later, (e) => e.type === 'request-received' || isPlan(e), 'a request or a plan')
        : undefined;
  }
}

/** The days over which a limit runs: from its start to its due date. */
interface Running {
  readonly startsOn: IsoDate;
  readonly dueDate: IsoDate;
}

/** Why an exception cannot disapply the limits it names, or nothing when it can. */
function exceptionRefusal(
  event: CaseEventOfType<'exception-recorded'>,
  file: CaseFile,
  later: readonly EhcpCaseEvent[],
): Refusal {
  const running: Running[] = [];
  for (const [i, key] of event.appliesTo.entries()) {
    const path = `appliesTo.${i}`;
    if (key.startsWith('advice:')) {
      const adviceId = key.slice('advice:'.length);
      const advice = file.advice.get(adviceId);
      if (!advice)
        return later.some((e) => e.type === 'advice-requested' && e.adviceId === adviceId)
          ? refuse('date', `date ${event.date} is before advice ${adviceId} was requested`)
          : awaiting(path, `no advice ${adviceId} was requested on case ${event.caseRef}`);
      // SI 2014/1530 reg 8(2): only the 6 weeks of a body asked under CFA 2014 s.31 is statutory.
      if (!SECTION_31_SOURCES.includes(advice.from))
        return refuse(
          path,
          `advice ${adviceId} from ${advice.from} has no statutory time limit to disapply (6 weeks is guidance, SEND Code of Practice ch. 9); reg 8(2) exceptions apply to health, another local authority or a youth offending team`,
        );
      running.push({ startsOn: advice.requestedOn, dueDate: withinWeeksOf(advice.requestedOn, 6) });
    } else {
      if (file.requestOn === undefined)
        return missing(event, later, isType('request-received'), 'the request for an assessment');
      if (key !== 'decision-to-assess' && file.decision?.decision === 'not-assess')
        return refuse(
          path,
          `the local authority decided not to assess on ${file.decision.on}: there is no ${key} limit`,
        );
      const weeks = AUTHORITY_LIMIT_WEEKS[key as keyof typeof AUTHORITY_LIMIT_WEEKS];
      running.push({ startsOn: file.requestOn, dueDate: withinWeeksOf(file.requestOn, weeks) });
    }
  }

  switch (event.reason) {
    case 'school-closure':
    case 'early-years-closure': {
      // SI 2014/1530 reg 10(4)(a)-(b) (and reg 5(4)(a)-(b)): advice requested from a head teacher
      // (or early-years provider) in the period beginning one week before the setting closed for at
      // least 4 continuous weeks and ending one week before it reopens.
      const closure = event.closure!;
      const advice = file.advice.get(closure.adviceId);
      const wanted: AdviceSource = event.reason === 'school-closure' ? 'school' : 'early-years-provider';
      if (!advice)
        return awaiting(
          'closure.adviceId',
          `no advice ${closure.adviceId} was requested on or before ${event.date}`,
        );
      if (advice.from !== wanted)
        return refuse(
          'closure.adviceId',
          `advice ${closure.adviceId} was requested from ${advice.from}; a ${event.reason} exception needs advice requested from ${wanted === 'school' ? "a school's head teacher" : 'an early-years provider'}`,
        );
      if (daysBetween(closure.closesOn, closure.reopensOn) < 28)
        return refuse(
          'closure.reopensOn',
          `the closure from ${closure.closesOn} to ${closure.reopensOn} is shorter than 4 continuous weeks`,
        );
      const windowStart = weeksBefore(closure.closesOn, 1);
      const windowEnd = weeksBefore(closure.reopensOn, 1);
      if (advice.requestedOn < windowStart || advice.requestedOn > windowEnd)
        return refuse(
          'closure.adviceId',
          `advice ${closure.adviceId} was requested on ${advice.requestedOn}, outside ${windowStart} to ${windowEnd} (one week before the closure to one week before reopening)`,
        );
      return undefined;
    }
    case 'absent-from-area':
    case 'exceptional-circumstances': {
      const period = event.period!;
      // reg 10(4)(d), reg 8(2)(b): absent from the area for at least 4 continuous weeks.
      if (event.reason === 'absent-from-area' && daysBetween(period.from, period.to!) + 1 < 28)
        return refuse(
          'period.to',
          `an absence from ${period.from} to ${period.to} is shorter than 4 continuous weeks`,
        );
      const outside = running.find(
        (limit) => period.from > limit.dueDate || (period.to !== undefined && period.to < limit.startsOn),
      );
      return outside
        ? refuse(
            'period.from',
            `the period from ${period.from}${period.to ? ` to ${period.to}` : ''} does not fall within the time limit it would disapply (${outside.startsOn} to ${outside.dueDate})`,
          )
        : undefined;
    }
    case 'missed-appointment': {
      // reg 8(2)(c): an appointment the body made "during that 6 week period", missed.
      const on = event.appointmentOn!;
      if (on > event.date)
        return refuse(
          'appointmentOn',
          `appointmentOn ${on} is after the exception was recorded (${event.date})`,
        );
      const outside = running.find((limit) => on < limit.startsOn || on > limit.dueDate);
      return outside
        ? refuse(
            'appointmentOn',
            `appointmentOn ${on} is outside the 6 weeks of the advice request (${outside.startsOn} to ${outside.dueDate})`,
          )
        : undefined;
    }
  }
}

/** Records an event the case file has accepted. */
function apply(event: EhcpCaseEvent, file: CaseFile): void {
  switch (event.type) {
    case 'request-received':
      file.requestOn = event.date;
      return;
    case 'decision-to-assess':
      file.decision = { on: event.date, decision: event.decision };
      return;
    case 'advice-requested':
      file.advice.set(event.adviceId, {
        adviceId: event.adviceId,
        from: event.from,
        requestedOn: event.date,
      });
      return;
    case 'advice-received':
      file.advice.get(event.adviceId)!.receivedOn = event.date;
      return;
    case 'draft-plan-served':
      file.draftOn = event.date;
      return;
    case 'final-plan-issued':
      file.finalPlanOn = event.date;
      file.planOn = event.date;
      file.cycles.push({ startsOn: event.date });
      return;
    case 'decision-not-to-issue':
      file.notIssuedOn = event.date;
      return;
    case 'plan-made':
      file.planOn = event.date;
      file.cycles.push({ startsOn: event.lastReviewedOn ?? event.date });
      return;
    case 'exception-recorded':
      file.exceptions.push({ recordedOn: event.date, reason: event.reason, appliesTo: event.appliesTo });
      return;
    case 'review-meeting-arranged': {
      const cycle = openCycle(file)!;
      cycle.noticeOn = event.date;
      cycle.plannedMeetingOn = event.meetingOn;
      return;
    }
    case 'review-meeting-held':
      openCycle(file)!.meetingOn = event.date;
      file.cycles.push({ startsOn: event.date });
      return;
    case 'review-report-received':
      heldCycles(file).findLast((cycle) => cycle.reportOn === undefined)!.reportOn = event.date;
      return;
    case 'review-decision-issued': {
      const cycle = heldCycles(file).findLast((c) => c.decidedOn === undefined)!;
      cycle.decidedOn = event.date;
      cycle.decision = event.decision;
      cycle.proposedOn = event.proposedAmendmentsSentOn;
      return;
    }
    case 'amended-plan-issued': {
      const cycle = file.cycles.find(
        (c) => c.decision === 'amend' && c.amendedOn === undefined && c.proposedOn! <= event.date,
      )!;
      cycle.amendedOn = event.date;
      file.amendedPlans.push(event.date);
      return;
    }
    case 'phase-transfer-due':
      file.transfers.push({
        recordedOn: event.date,
        transferYear: event.transferYear,
        transfer: event.transfer,
      });
      return;
    case 'case-closed':
      file.closedOn = event.date;
      return;
  }
}

const isCeasing = (file: CaseFile) => heldCycles(file).findLast((c) => c.decision)?.decision === 'cease';

function statusOf(file: CaseFile): CaseStatus {
  if (file.closedOn !== undefined) return 'closed';
  if (file.planOn !== undefined) return isCeasing(file) ? 'ceasing' : 'plan';
  if (file.notIssuedOn !== undefined) return 'plan-not-issued';
  if (file.draftOn !== undefined) return 'draft-plan';
  if (file.decision) return file.decision.decision === 'assess' ? 'assessing' : 'not-assessed';
  return 'awaiting-decision';
}

/**
 * A milestone left undone when its stage ended on `endedOn`: missed when it was already late,
 * dropped when it was not yet due (the duty ended with the stage).
 */
const endedWith = (
  milestone: MilestoneTimeline,
  endedOn: IsoDate | undefined,
): MilestoneTimeline | undefined => {
  if (endedOn === undefined || milestone.completedOn !== undefined) return milestone;
  if (milestone.dueDate >= endedOn) return undefined;
  return milestone.endsByItself ? milestone : { ...milestone, abandonedOn: endedOn };
};

/** The milestones the case file calls for, exceptions applied, ordered by due date. */
function milestonesOf(file: CaseFile): MilestoneTimeline[] {
  const milestones: MilestoneTimeline[] = [];
  const add = (milestone: MilestoneTimeline | undefined) => {
    if (milestone) milestones.push(milestone);
  };

  if (file.requestOn !== undefined) {
    const request = file.requestOn;
    add(
      milestoneTimeline({
        key: 'decision-to-assess',
        startsOn: request,
        // SI 2014/1530 reg 5(1): the decision whether to assess, within 6 weeks of the request.
        dueDate: withinWeeksOf(request, 6),
        completedOn: file.decision?.on,
        rule: 'SI 2014/1530 reg 5(1)',
      }),
    );
    const assessmentEndedOn =
      file.finalPlanOn ??
      file.notIssuedOn ??
      (file.decision?.decision === 'not-assess' ? file.decision.on : undefined);

    for (const advice of file.advice.values()) {
      const statutory = SECTION_31_SOURCES.includes(advice.from);
      add(
        endedWith(
          milestoneTimeline({
            key: `advice:${advice.adviceId}`,
            startsOn: advice.requestedOn,
            // SI 2014/1530 reg 8(1): a body asked under CFA 2014 s.31 answers within 6 weeks of
            // receiving the request; others are expected to within 6 weeks (SEND Code of Practice ch. 9).
            dueDate: withinWeeksOf(advice.requestedOn, 6),
            completedOn: advice.receivedOn,
            rule: statutory ? 'SI 2014/1530 reg 8(1)' : 'SEND Code of Practice ch. 9 (guidance)',
            adviceFrom: advice.from,
          }),
          assessmentEndedOn,
        ),
      );
    }

    if (file.decision?.decision !== 'not-assess') {
      // Once a draft is served the authority has decided to issue: reg 10(1) no longer applies.
      if (file.draftOn === undefined || file.notIssuedOn !== undefined)
        add(
          endedWith(
            milestoneTimeline({
              key: 'decision-not-to-issue',
              startsOn: request,
              // SI 2014/1530 reg 10(1): notice of a decision not to issue, within 16 weeks of the request.
              dueDate: withinWeeksOf(request, 16),
              completedOn: file.notIssuedOn,
              rule: 'SI 2014/1530 reg 10(1)',
            }),
            file.finalPlanOn,
          ),
        );
      if (file.draftOn !== undefined) {
        // SI 2014/1530 reg 13(1)(a): at least 15 days, beginning with the day the draft was served.
        const dueDate = daysBeginningWith(file.draftOn, 15);
        const endedOn = file.finalPlanOn ?? file.notIssuedOn;
        add(
          milestoneTimeline({
            key: 'draft-representations',
            startsOn: file.draftOn,
            dueDate,
            completedOn: endedOn === undefined ? undefined : minDate(endedOn, dueDate),
            rule: 'SI 2014/1530 reg 13(1)(a)',
            endsByItself: true,
          }),
        );
      }
      if (file.notIssuedOn === undefined)
        add(
          milestoneTimeline({
            key: 'final-plan',
            startsOn: request,
            // SI 2014/1530 reg 13(2): the final plan, within 20 weeks of the request.
            dueDate: withinWeeksOf(request, 20),
            completedOn: file.finalPlanOn,
            rule: 'SI 2014/1530 reg 13(2)',
          }),
        );
    }
  }

  const ceasing = isCeasing(file);
  file.cycles.forEach((cycle, i) => {
    // A step of a review left undone when the next review meeting is held ended with its review.
    const nextMeetingOn = file.cycles[i + 1]?.meetingOn;
    if (cycle.meetingOn === undefined && ceasing) return;
    // CFA 2014 s.44(1): review within the 12 months starting with the date the plan was made or last reviewed.
    const annualDue = monthsStartingWith(cycle.startsOn, 12);
    add(
      milestoneTimeline({
        key: 'annual-review',
        startsOn: cycle.startsOn,
        dueDate: annualDue,
        completedOn: cycle.meetingOn,
        rule: 'CFA 2014 s.44(1)',
      }),
    );
    // SI 2014/1530 regs 20(3)-(4), 21(3)-(4): at least two weeks' notice of the meeting, advice
    // circulated two weeks before it. Until a meeting is arranged, the latest meeting in time is
    // the annual review's due date.
    const meeting = cycle.meetingOn ?? cycle.plannedMeetingOn ?? annualDue;
    add(
      endedWith(
        milestoneTimeline({
          key: 'review-notice',
          startsOn: cycle.startsOn,
          dueDate: weeksBefore(meeting, 2),
          completedOn: cycle.noticeOn,
          rule: 'SI 2014/1530 regs 20(3)-(4), 21(3)-(4)',
        }),
        nextMeetingOn,
      ),
    );
    if (cycle.meetingOn === undefined) return;
    add(
      endedWith(
        milestoneTimeline({
          key: 'review-report',
          startsOn: cycle.meetingOn,
          // SI 2014/1530 regs 20(7), 21(7): the report within two weeks of the meeting.
          dueDate: withinWeeksOf(cycle.meetingOn, 2),
          completedOn: cycle.reportOn,
          rule: 'SI 2014/1530 regs 20(7), 21(7)',
        }),
        nextMeetingOn,
      ),
    );
    add(
      endedWith(
        milestoneTimeline({
          key: 'review-decision',
          startsOn: cycle.meetingOn,
          // SI 2014/1530 regs 20(10), 21(9): maintain, amend or cease, within 4 weeks of the meeting.
          dueDate: withinWeeksOf(cycle.meetingOn, 4),
          completedOn: cycle.decidedOn,
          rule: 'SI 2014/1530 regs 20(10), 21(9)',
        }),
        nextMeetingOn,
      ),
    );
    if (cycle.decision === 'amend')
      add(
        milestoneTimeline({
          key: 'amended-plan',
          startsOn: cycle.proposedOn!,
          // SI 2014/1530 reg 22(3): the amended plan within 8 weeks of sending the proposed amendments.
          dueDate: withinWeeksOf(cycle.proposedOn!, 8),
          completedOn: cycle.amendedOn,
          rule: 'SI 2014/1530 reg 22(3)',
        }),
      );
  });

  for (const transfer of file.transfers) {
    const postSixteen = transfer.transfer === 'post-16';
    // An amended plan counts when issued within the 12 months before a September transfer.
    const countsFrom = isoDateOf(transfer.transferYear - 1, 9, 1);
    add(
      milestoneTimeline({
        key: 'phase-transfer',
        startsOn: transfer.recordedOn,
        // SI 2014/1530 reg 18(1): reviewed and amended before 31 March (secondary school to post-16,
        // (a)) or before 15 February (any other transfer, (b)) in the calendar year of the transfer.
        dueDate: postSixteen
          ? dayBefore(transfer.transferYear, 3, 31)
          : dayBefore(transfer.transferYear, 2, 15),
        completedOn: file.amendedPlans.find((issued) => issued >= countsFrom),
        rule: postSixteen ? 'SI 2014/1530 reg 18(1)(a)' : 'SI 2014/1530 reg 18(1)(b)',
      }),
    );
  }

  const withExceptions = milestones.map((milestone) => {
    const exception = file.exceptions.find((e) => e.appliesTo.includes(milestone.key));
    if (!exception) return milestone;
    const disapplied: Disapplication = { reason: exception.reason, recordedOn: exception.recordedOn };
    return { ...milestone, disapplied };
  });

  return withExceptions
    .flatMap((milestone) => endedWith(milestone, file.closedOn) ?? [])
    .sort((a, b) =>
      a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : keyOrder(a.key) - keyOrder(b.key),
    );
}

const KEY_ORDER: readonly string[] = [
  'decision-to-assess',
  'advice',
  'decision-not-to-issue',
  'draft-representations',
  'final-plan',
  'annual-review',
  'review-notice',
  'review-report',
  'review-decision',
  'amended-plan',
  'phase-transfer',
];

const keyOrder = (key: MilestoneKey) => KEY_ORDER.indexOf(key.startsWith('advice:') ? 'advice' : key);
