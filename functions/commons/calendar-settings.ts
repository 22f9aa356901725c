import type { TeamMailbox } from '#domain/calendar/clash-email';
import type { ClashSettings } from '#domain/calendar/clashes';
import type { CalendarRules } from '#domain/calendar/computed-asks';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';

/**
 * The calendar's settings. Seed configuration, like the booking offer: changed here and
 * deployed, never buried in the rules.
 * - `rules`: Essex's budget submission window, STA's published assessment windows, overrides;
 * - `clashes`: policy `warn` (asks that clash are recorded and the clash reported; `refuse`
 *   would answer 409 and record nothing), two working days of buffer either side of each
 *   statutory window, clear windows searched half a year either way;
 * - `schoolsCommunications`: the team who own the calendar, copied into every clash email.
 */
export const calendarSettings: {
  readonly rules: CalendarRules;
  readonly clashes: ClashSettings;
  readonly schoolsCommunications: TeamMailbox;
} = {
  rules: ESSEX_CALENDAR_RULES,
  clashes: { policy: 'warn', bufferWorkingDays: 2, searchDays: 182 },
  schoolsCommunications: { team: 'Schools Communications', email: 'schools.communications@example.gov.uk' },
};
