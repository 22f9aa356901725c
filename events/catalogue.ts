import type * as z from 'zod';
import { BookingConfirmedEvent } from './booking-confirmed.ts';
import { BookingSubmittedEvent } from './booking-submitted.ts';
import { EHCP_CASE_EVENTS } from './ehcp/case-event.ts';
import type { EventContract } from './envelope.ts';

/**
 * Every event contract the system publishes or queues, keyed by its fixture folder
 * (`events/fixtures/<key>/<version>.json`). The contract tests and the API description read it;
 * handlers import only the event modules they use.
 */
export const EVENT_CATALOGUE: Readonly<Record<string, EventContract<z.ZodType>>> = {
  'booking-submitted': BookingSubmittedEvent,
  'booking-confirmed': BookingConfirmedEvent,
  ...Object.fromEntries(
    Object.entries(EHCP_CASE_EVENTS).map(([type, contract]) => [`ehcp-${type}`, contract]),
  ),
};
