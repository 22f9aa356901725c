import type * as z from 'zod';
import { AskCancelledEvent } from './ask-cancelled.ts';
import { AskChangedEvent } from './ask-changed.ts';
import { AskClashFoundEvent } from './ask-clash-found.ts';
import { AskSubmittedEvent } from './ask-submitted.ts';
import { BookingConfirmedEvent } from './booking-confirmed.ts';
import { BookingSubmittedEvent } from './booking-submitted.ts';
import { CommsItemSubmittedEvent } from './comms-item.ts';
import { EditionDeliveryDueEvent } from './edition-delivery.ts';
import type { EventContract } from './envelope.ts';

/**
 * Every event contract the system publishes or queues, keyed by its fixture folder
 * (`events/fixtures/<key>/<version>.json`). The contract tests and the API description read it;
 * handlers import only the event modules they use.
 */
export const EVENT_CATALOGUE: Readonly<Record<string, EventContract<z.ZodType>>> = {
  'booking-submitted': BookingSubmittedEvent,
  'booking-confirmed': BookingConfirmedEvent,
  'comms-item-submitted': CommsItemSubmittedEvent,
  'edition-delivery-due': EditionDeliveryDueEvent,
  'ask-submitted': AskSubmittedEvent,
  'ask-changed': AskChangedEvent,
  'ask-cancelled': AskCancelledEvent,
  'ask-clash-found': AskClashFoundEvent,
};
