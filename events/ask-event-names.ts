/**
 * What the calendar of asks publishes on the education bus, by name, source and contract
 * version: what a producer needs. The envelope schemas (ask-changed.ts, ...) are built only by
 * the consumers that parse them; each event module takes its contract from here.
 */

/** AskChanged: an ask's dates or details changed. */
export const AskChangedEvent = {
  name: 'AskChanged',
  source: 'ecc.education.calendar',
  version: '1.0.0',
} as const;

/** AskCancelled: an ask withdrawn by its owner. */
export const AskCancelledEvent = {
  name: 'AskCancelled',
  source: 'ecc.education.calendar',
  version: '1.0.0',
} as const;

/** AskClashFound: an ask lands in a week already too full for schools. */
export const AskClashFoundEvent = {
  name: 'AskClashFound',
  source: 'ecc.education.calendar',
  version: '1.0.0',
} as const;
