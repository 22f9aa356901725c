import type * as z from 'zod';
import { AskCancelledEvent } from './ask-cancelled.ts';
import { AskChangedEvent } from './ask-changed.ts';
import { AskClashFoundEvent } from './ask-clash-found.ts';
import { AskSubmittedEvent } from './ask-submitted.ts';
import { BookingCancelledEvent } from './booking-cancelled.ts';
import { BookingConfirmedEvent } from './booking-confirmed.ts';
import { BookingSubmittedEvent } from './booking-submitted.ts';
import { BookingWaitlistedEvent } from './booking-waitlisted.ts';
import { CommsItemSubmittedEvent } from './comms-item-submitted.ts';
import { EditionDeliveryDueEvent } from './edition-delivery.ts';
import { EHCP_CASE_EVENTS } from './ehcp/case-event.ts';
import type { EventContract } from './envelope.ts';
import { PlaceOfferedEvent } from './place-offered.ts';

/**
 * Every event contract the system publishes or queues, keyed by its fixture folder
 * (`events/fixtures/<key>/<version>.json`). The contract tests and the API description read it;
 * handlers import only the event modules they use.
 */
export const EVENT_CATALOGUE: Readonly<Record<string, EventContract<z.ZodType>>> = {
  'booking-submitted': BookingSubmittedEvent,
  'booking-confirmed': BookingConfirmedEvent,
  'booking-waitlisted': BookingWaitlistedEvent,
  'place-offered': PlaceOfferedEvent,
  'booking-cancelled': BookingCancelledEvent,
  'comms-item-submitted': CommsItemSubmittedEvent,
  'edition-delivery-due': EditionDeliveryDueEvent,
  'ask-submitted': AskSubmittedEvent,
  'ask-changed': AskChangedEvent,
  'ask-cancelled': AskCancelledEvent,
  'ask-clash-found': AskClashFoundEvent,
  ...Object.fromEntries(
    Object.entries(EHCP_CASE_EVENTS).map(([type, contract]) => [`ehcp-${type}`, contract]),
  ),
};
