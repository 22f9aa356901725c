import type { Block, EmailDocument } from '#domain/shared/email-document';
import { renderEmail } from '#domain/shared/email-document';
import type { EmailMessage } from '#domain/shared/email-message';
import { addDays, type IsoDate } from '#domain/shared/iso-date';
import { ukLongDate } from '#domain/shared/london-time';
import { QUADRANT_CODES, QUADRANTS, type Quadrant } from '#events/ehcp/quadrant';
import { milestoneOn } from './milestone.ts';
import { milestoneLabel } from './milestone-labels.ts';
import type { CaseMilestone, QuadrantManager } from './reminder-selection.ts';
import type { Sen2Measures, Sen2Report, Share } from './sen2-measures.ts';

/** Who the weekly summary goes to: the Director of Education and the quadrant managers. */
export interface WeeklySummaryRecipients {
  readonly director: { readonly name: string; readonly email: string };
  readonly quadrantManagers: Readonly<Record<Quadrant, QuadrantManager>>;
}

/** The week's counts of one quadrant (or all of Essex). */
export interface WeekCounts {
  /** Open milestones due from the summary's Monday to the Sunday after. */
  readonly dueThisWeek: number;
  readonly overdue: number;
}

/** Open milestones due this week and overdue, by quadrant and for Essex, and overdue by milestone. */
export const weekCounts = (
  milestones: readonly CaseMilestone[],
  weekStarting: IsoDate,
): {
  readonly essex: WeekCounts;
  readonly byQuadrant: Record<Quadrant, WeekCounts>;
  readonly overdueByMilestone: [string, number][];
} => {
  const weekEnd = addDays(weekStarting, 6);
  const states = milestones.map((m) => ({ milestone: m, state: milestoneOn(m, weekStarting).state }));
  const open = states.filter(
    ({ state }) => state === 'upcoming' || state === 'due-soon' || state === 'overdue',
  );
  const count = (of: typeof open): WeekCounts => ({
    dueThisWeek: of.filter(({ milestone, state }) => state !== 'overdue' && milestone.dueDate <= weekEnd)
      .length,
    overdue: of.filter(({ state }) => state === 'overdue').length,
  });
  const overdueByLabel = new Map<string, number>();
  for (const { milestone, state } of open) {
    if (state !== 'overdue') continue;
    const label = milestone.key.startsWith('advice:') ? 'Advice' : milestoneLabel(milestone);
    overdueByLabel.set(label, (overdueByLabel.get(label) ?? 0) + 1);
  }
  return {
    essex: count(open),
    byQuadrant: Object.fromEntries(
      QUADRANT_CODES.map((q) => [q, count(open.filter(({ milestone }) => milestone.quadrant === q))]),
    ) as Record<Quadrant, WeekCounts>,
    overdueByMilestone: [...overdueByLabel.entries()].sort(([, a], [, b]) => b - a),
  };
};

const shareText = (share: Share) =>
  share.percent === null ? 'none this year' : `${share.percent}% (${share.within} of ${share.total})`;

const quadrantKpiRows = (byQuadrant: Readonly<Record<Quadrant, Sen2Measures>>) =>
  QUADRANT_CODES.map(
    (q) =>
      [
        QUADRANTS[q],
        `plans ${shareText(byQuadrant[q].newPlansWithin20Weeks.excludingExceptions)}; decisions ${shareText(byQuadrant[q].decisionsWithin6Weeks.includingExceptions)}; reviews ${shareText(byQuadrant[q].reviewDecisionsWithin4Weeks)}`,
      ] as const,
  );

/**
 * The weekly timeliness summary (an internal email, Monday morning) to the Director of Education
 * and the quadrant managers: what is due this week and overdue, by quadrant, and this year's SEN2
 * measures so far against England's. Counts only: no case is named.
 */
export function weeklyTimelinessSummaryEmail(
  weekStarting: IsoDate,
  openMilestones: readonly CaseMilestone[],
  kpis: Sen2Report,
  recipients: WeeklySummaryRecipients,
): EmailMessage {
  const week = weekCounts(openMilestones, weekStarting);
  const overall = kpis.overall;
  const england = kpis.england
    ? `; England ${kpis.england.percent}% (${kpis.england.year}, the latest published)`
    : '';
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'EHCP timeliness this week' },
    {
      kind: 'paragraph',
      content: `Week beginning ${ukLongDate(weekStarting)}: ${week.essex.dueThisWeek} statutory milestones fall due by ${ukLongDate(addDays(weekStarting, 6))} and ${week.essex.overdue} are overdue across Essex.`,
    },
    { kind: 'heading', level: 2, text: 'Due this week and overdue' },
    {
      kind: 'facts',
      rows: [
        ...QUADRANT_CODES.map(
          (q) =>
            [
              QUADRANTS[q],
              `${week.byQuadrant[q].dueThisWeek} due this week, ${week.byQuadrant[q].overdue} overdue`,
            ] as const,
        ),
        ['Essex', `${week.essex.dueThisWeek} due this week, ${week.essex.overdue} overdue`] as const,
      ],
    },
    ...(week.overdueByMilestone.length > 0
      ? ([
          { kind: 'heading', level: 3, text: 'Overdue by milestone' },
          { kind: 'facts', rows: week.overdueByMilestone.map(([label, n]) => [label, String(n)] as const) },
        ] as const)
      : []),
    { kind: 'heading', level: 2, text: `Timeliness in ${kpis.year} so far (SEN2 measures)` },
    {
      kind: 'facts',
      rows: [
        [
          'New plans within 20 weeks, excluding exceptions',
          `${shareText(overall.newPlansWithin20Weeks.excludingExceptions)}${england}`,
        ],
        [
          'New plans within 20 weeks, including exceptions',
          shareText(overall.newPlansWithin20Weeks.includingExceptions),
        ],
        [
          'Decisions whether to assess within 6 weeks',
          shareText(overall.decisionsWithin6Weeks.includingExceptions),
        ],
        ['Review decisions within 4 weeks of the meeting', shareText(overall.reviewDecisionsWithin4Weeks)],
      ],
    },
    { kind: 'heading', level: 3, text: 'By quadrant' },
    { kind: 'facts', rows: quadrantKpiRows(kpis.byQuadrant) },
    {
      kind: 'paragraph',
      content:
        'Plans: new EHC plans within 20 weeks of the request, excluding exceptions (SI 2014/1530 reg 13(2)). Decisions: whether to assess, within 6 weeks (reg 5(1)). Reviews: decisions within 4 weeks of the review meeting (regs 20(10), 21(9)).',
    },
  ];
  const document: EmailDocument = {
    title: `EHCP timeliness, week beginning ${ukLongDate(weekStarting)}`,
    blocks,
  };
  return {
    to: [recipients.director.email, ...QUADRANT_CODES.map((q) => recipients.quadrantManagers[q].email)],
    subject: document.title,
    ...renderEmail(document),
  };
}
