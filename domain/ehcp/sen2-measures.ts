import { datePartsOf } from '#domain/shared/iso-date';
import { QUADRANT_CODES, type Quadrant } from '#events/ehcp/quadrant';
import type { MilestoneKey, MilestoneTimeline } from './milestone.ts';
import { englandNewPlansWithin20Weeks } from './sen2-published-figures.ts';

/** A share with the counts behind it. `percent` is rounded to one decimal place; `null` when there is nothing to count. */
export interface Share {
  readonly within: number;
  readonly total: number;
  readonly percent: number | null;
}

/** A share counted over every case, and over the cases no exception applied to (as SEN2 reports it). */
export interface ShareWithExceptions {
  readonly includingExceptions: Share;
  readonly excludingExceptions: Share;
}

/** The SEN2 timeliness measures of one calendar year. */
export interface Sen2Measures {
  /** New EHC plans issued in the year within 20 weeks of the request (SI 2014/1530 reg 13(2)). */
  readonly newPlansWithin20Weeks: ShareWithExceptions;
  /** Decisions whether to assess notified in the year within 6 weeks of the request (reg 5(1)). */
  readonly decisionsWithin6Weeks: ShareWithExceptions;
  /** Decisions after an annual review notified in the year within 4 weeks of the meeting (regs 20(10), 21(9)). */
  readonly reviewDecisionsWithin4Weeks: Share;
}

/** The measures of a year, overall and by quadrant, beside England's published share. */
export interface Sen2Report {
  readonly year: number;
  readonly overall: Sen2Measures;
  readonly byQuadrant: Readonly<Record<Quadrant, Sen2Measures>>;
  /** England's new plans within 20 weeks, excluding exceptions, for the year or the latest published before it. */
  readonly england?: { readonly year: number; readonly percent: number };
}

/** What the measures need of a milestone. */
export type KpiMilestone = Pick<MilestoneTimeline, 'key' | 'dueDate' | 'completedOn' | 'disapplied'>;

/** What the measures need of a case: its quadrant and (at least) its completed SEN2 milestones. */
export interface CaseForKpis {
  readonly quadrant: Quadrant;
  readonly milestones: readonly KpiMilestone[];
}

/** The milestones the SEN2 measures count. */
export const KPI_MILESTONES: readonly MilestoneKey[] = [
  'final-plan',
  'decision-to-assess',
  'review-decision',
];

const share = (within: number, total: number): Share => ({
  within,
  total,
  percent: total === 0 ? null : Math.round((within / total) * 1000) / 10,
});

const measure = (
  cases: readonly CaseForKpis[],
  year: number,
  key: MilestoneKey,
): { all: Share; withoutExceptions: Share } => {
  const done = cases
    .flatMap((c) => c.milestones)
    .filter((m) => m.key === key && m.completedOn !== undefined && datePartsOf(m.completedOn).year === year);
  const inTime = (m: KpiMilestone) => m.completedOn! <= m.dueDate;
  const noException = done.filter((m) => m.disapplied === undefined);
  return {
    all: share(done.filter(inTime).length, done.length),
    withoutExceptions: share(noException.filter(inTime).length, noException.length),
  };
};

const measuresOf = (cases: readonly CaseForKpis[], year: number): Sen2Measures => {
  const plans = measure(cases, year, 'final-plan');
  const decisions = measure(cases, year, 'decision-to-assess');
  return {
    newPlansWithin20Weeks: {
      includingExceptions: plans.all,
      excludingExceptions: plans.withoutExceptions,
    },
    decisionsWithin6Weeks: {
      includingExceptions: decisions.all,
      excludingExceptions: decisions.withoutExceptions,
    },
    reviewDecisionsWithin4Weeks: measure(cases, year, 'review-decision').all,
  };
};

/**
 * The SEN2 measures of calendar `year` (DfE counts by the calendar year the plan or decision was
 * issued): each share with its counts, overall and by each case's current quadrant. "Excluding
 * exceptions" leaves out, from both counts, the cases an exception applied to.
 */
export const sen2Measures = (cases: readonly CaseForKpis[], year: number): Sen2Report => ({
  year,
  overall: measuresOf(cases, year),
  byQuadrant: Object.fromEntries(
    QUADRANT_CODES.map((quadrant) => [
      quadrant,
      measuresOf(
        cases.filter((c) => c.quadrant === quadrant),
        year,
      ),
    ]),
  ) as Record<Quadrant, Sen2Measures>,
  ...(englandNewPlansWithin20Weeks(year) ? { england: englandNewPlansWithin20Weeks(year) } : {}),
});
