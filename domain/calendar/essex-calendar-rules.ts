/**
 * The calendar's settings for Essex: seed configuration, replaced or extended each year
 * (a new STA year's windows, a one-off override), never constants buried in the rules.
 */
import { STA_ASSESSMENT_WINDOWS } from './assessment-windows.ts';
import type { CalendarRules } from './computed-asks.ts';

/**
 * Essex: budget submissions from maintained schools 1 May to 30 June (LA-set, DOMAIN.md
 * section 2); STA's published assessment windows; no overrides yet.
 */
export const ESSEX_CALENDAR_RULES: CalendarRules = {
  budgetSubmission: { opens: { month: 5, day: 1 }, closes: { month: 6, day: 30 } },
  assessmentWindows: STA_ASSESSMENT_WINDOWS,
  overrides: [],
};
