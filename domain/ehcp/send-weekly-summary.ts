/**
 * The weekly timeliness summary (Monday morning, Europe/London):
 * 1. read each quadrant's open milestones reminded by the Sunday (due this week and overdue);
 * 2. read the SEN2 milestones completed this calendar year;
 * 3. send the summary to the Director of Education and to each quadrant manager, each their own
 *    copy, once per week.
 */
import type { EmailMessage } from '#domain/shared/email-message';
import { addDays, datePartsOf, type IsoDate } from '#domain/shared/iso-date';
import { QUADRANT_CODES, type Quadrant } from '#events/ehcp/quadrant';
import type { CaseMilestone } from './reminder-selection.ts';
import { type KpiMilestone, sen2Measures } from './sen2-measures.ts';
import { type WeeklySummaryRecipients, weeklyTimelinessSummaryEmail } from './weekly-timeliness-summary.ts';

/** Ports and configuration of {@link sendWeeklySummary}. */
export interface WeeklySummaryDeps {
  readonly openMilestonesRemindedBy: (quadrant: Quadrant, date: IsoDate) => Promise<readonly CaseMilestone[]>;
  readonly kpiMilestonesOf: (year: number) => Promise<readonly (KpiMilestone & { quadrant: Quadrant })[]>;
  readonly sendOnce: (key: string, message: EmailMessage) => Promise<unknown>;
  readonly recipients: WeeklySummaryRecipients;
}

/** Sends the summary of the week beginning `weekStarting`. */
export async function sendWeeklySummary(weekStarting: IsoDate, deps: WeeklySummaryDeps) {
  const weekEnd = addDays(weekStarting, 6);
  const open = (
    await Promise.all(QUADRANT_CODES.map((quadrant) => deps.openMilestonesRemindedBy(quadrant, weekEnd)))
  ).flat();
  const year = datePartsOf(weekStarting).year;
  const done = await deps.kpiMilestonesOf(year);
  const kpis = sen2Measures(
    done.map(({ quadrant, ...milestone }) => ({ quadrant, milestones: [milestone] })),
    year,
  );
  const message = weeklyTimelinessSummaryEmail(weekStarting, open, kpis, deps.recipients);
  for (const to of message.to)
    await deps.sendOnce(`week#${weekStarting}#${to.toLowerCase()}`, { ...message, to: [to] });
  return { weekStarting, milestonesRead: open.length, kpiMilestones: done.length, sentTo: message.to.length };
}
