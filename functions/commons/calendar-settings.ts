import { type ClashSettings, DEFAULT_CLASH_SETTINGS } from '#domain/calendar/clashes';
import type { CalendarRules } from '#domain/calendar/computed-asks';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';

/**
 * The rules the calendar computes statutory asks by: Essex's budget submission window, STA's
 * published assessment windows and the one-off overrides. Seed configuration, like the booking
 * offer: a new STA year or an override is a change here, deployed.
 */
export const calendarRules: CalendarRules = ESSEX_CALENDAR_RULES;

/**
 * The clash settings from their deployment settings (wiring/settings.ts: `calendarClashPolicy`,
 * `calendarClashBufferWorkingDays`), read at cold start; a bad value fails the cold start,
 * naming the variable. Clear windows are searched half a year either way.
 */
export const clashSettingsFrom = (policy: string, bufferWorkingDays: string): ClashSettings => {
  if (policy !== 'warn' && policy !== 'refuse')
    throw new Error(`CALENDAR_CLASH_POLICY must be warn or refuse, got ${JSON.stringify(policy)}`);
  const buffer = Number(bufferWorkingDays);
  if (!/^\d{1,2}$/.test(bufferWorkingDays) || buffer > 20)
    throw new Error(
      `CALENDAR_CLASH_BUFFER_WORKING_DAYS must be a whole number from 0 to 20, got ${JSON.stringify(bufferWorkingDays)}`,
    );
  return { policy, bufferWorkingDays: buffer, searchDays: DEFAULT_CLASH_SETTINGS.searchDays };
};

/** The team copied into every clash email; its mailbox is the `schoolsCommunicationsMailbox` setting. */
export const schoolsCommunicationsTeam = (mailbox: string) => ({
  team: 'Schools Communications',
  email: mailbox,
});
