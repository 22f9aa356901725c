/**
 * How EHCP cases are kept in the `ehcp` table. One partition per case (`pk = CASE#<caseRef>`):
 * - `EVENT#<eventId>`: each recorded case event, as received;
 * - `CASE`: the case and its timeline (every milestone's dates), with a version for safe updates;
 * - `OPEN#<key>#<dueDate>`: each open milestone, in the `byDate` index under `OPEN#<quadrant>`
 *   sorted by reminder date, so the daily sweep reads only what is due (a sparse index: a
 *   milestone leaves it when done, disapplied or ended);
 * - `KPI#<key>#<dueDate>`: each completed SEN2 milestone, in the `byDate` index under
 *   `KPI#<year done>`, so a year's measures are one query.
 * Parked events (malformed or impossible, with the reason) are kept under `PARKED#<date>`.
 */
import type { CaseTimeline } from '#domain/ehcp/case-timeline';
import type { MilestoneTimeline } from '#domain/ehcp/milestone';
import type { CaseMilestone } from '#domain/ehcp/reminder-selection';
import { KPI_MILESTONES, type KpiMilestone } from '#domain/ehcp/sen2-measures';
import type { Quadrant } from '#events/ehcp/quadrant';

/** The `byDate` index: open milestones by quadrant and reminder date, completed SEN2 milestones by year. */
export const EHCP_DATE_INDEX = 'byDate';

/** Every attribute sorts after this one in the index's sort key: `<date>#…` ≤ `<date>#\uffff`. */
const LAST = '\uffff';

export const casePk = (caseRef: string) => `CASE#${caseRef}`;
export const CASE_SK = 'CASE';
export const eventSk = (eventId: string) => `EVENT#${eventId}`;

/** The index partition of a quadrant's open milestones. */
export const openPartition = (quadrant: Quadrant) => `OPEN#${quadrant}`;
/** The index partition of the SEN2 milestones completed in a calendar year. */
export const kpiPartition = (year: number) => `KPI#${year}`;
/** The index sort key bound that takes in everything dated up to and including `date`. */
export const upToDate = (date: string) => `${date}#${LAST}`;

/** A stored item's keys. */
export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

/** An item derived from the case's timeline (an index entry), keyed by its sort key within the case. */
export type DerivedItem = ItemKey & Record<string, unknown>;

/** The case item: the case, its timeline and its version. */
export const caseItem = (timeline: CaseTimeline, version: number) => ({
  pk: casePk(timeline.caseRef),
  sk: CASE_SK,
  ...timeline,
  version,
});

/** A milestone still to be done and still under its time limit: reminders are about these. */
export const isOpen = (m: MilestoneTimeline) =>
  m.completedOn === undefined && m.abandonedOn === undefined && m.disapplied === undefined;

/** The index entries a case's timeline calls for: its open milestones and its completed SEN2 milestones. */
export function derivedItems(timeline: CaseTimeline): DerivedItem[] {
  const pk = casePk(timeline.caseRef);
  const { caseRef, quadrant, caseOfficer, childInitials } = timeline;
  const open = timeline.milestones.filter(isOpen).map((m) => ({
    pk,
    sk: `OPEN#${m.key}#${m.dueDate}`,
    gsiPk: openPartition(quadrant),
    gsiSk: `${m.reminderDate}#${caseRef}#${m.key}#${m.dueDate}`,
    ...m,
    caseRef,
    quadrant,
    caseOfficer,
    childInitials,
  }));
  const done = timeline.milestones
    .filter((m) => KPI_MILESTONES.includes(m.key) && m.completedOn !== undefined)
    .map((m) => ({
      pk,
      sk: `KPI#${m.key}#${m.dueDate}`,
      gsiPk: kpiPartition(Number(m.completedOn!.slice(0, 4))),
      gsiSk: `${m.completedOn}#${caseRef}#${m.key}`,
      caseRef,
      quadrant,
      key: m.key,
      dueDate: m.dueDate,
      completedOn: m.completedOn,
      ...(m.disapplied ? { disapplied: m.disapplied } : {}),
    }));
  return [...open, ...done];
}

/** Whether a case partition's item is derived from the timeline (an index entry). */
export const isDerived = (sk: string) => sk.startsWith('OPEN#') || sk.startsWith('KPI#');

/** An open milestone as the index holds it. */
export const caseMilestoneFrom = (item: Record<string, unknown>): CaseMilestone => {
  const { pk: _pk, sk: _sk, gsiPk: _gsiPk, gsiSk: _gsiSk, ...milestone } = item;
  return milestone as unknown as CaseMilestone;
};

/** A completed SEN2 milestone as the index holds it, with its case's quadrant. */
export const kpiMilestoneFrom = (item: Record<string, unknown>): KpiMilestone & { quadrant: Quadrant } => ({
  key: item.key as KpiMilestone['key'],
  dueDate: item.dueDate as KpiMilestone['dueDate'],
  completedOn: item.completedOn as KpiMilestone['completedOn'],
  ...(item.disapplied ? { disapplied: item.disapplied as KpiMilestone['disapplied'] } : {}),
  quadrant: item.quadrant as Quadrant,
});
