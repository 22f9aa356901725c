/**
 * The weekly timeliness summary (the first working day of the week, in the morning,
 * Europe/London: Monday, or Tuesday after a bank-holiday Monday):
 * 1. read each quadrant's open milestones reminded by the Sunday (due this week and overdue);
 * 2. read the SEN2 milestones completed this calendar year;
 * 3. send the summary to the Director of Education and to each quadrant manager, each their own
 *    copy, once per week.
 */
import type { EmailMessage } from '#domain/shared/email-message';
import { addDays, datePartsOf, dayOfWeek, type IsoDate } from '#domain/shared/iso-date';
import { nextWorkingDayOnOrAfter } from '#domain/shared/working-days';
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

/**
 * The Monday of the week whose summary is due on `today`, or undefined: the summary goes out on
 * the first working day of the week, so a bank-holiday Monday's waits for Tuesday, and no other
 * day of the week sends one.
 */
export function summaryWeekDueOn(today: IsoDate): IsoDate | undefined {
  const monday = addDays(today, 1 - dayOfWeek(today));
  return nextWorkingDayOnOrAfter(monday) === today ? monday : undefined;
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
