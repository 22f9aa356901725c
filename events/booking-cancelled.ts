import * as z from 'zod';
import { BookingCancelledEvent as BookingCancelledEventName } from './booking-event-names.ts';
import { BookingRecordSchema } from './booking-record.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

/** Contract of BookingCancelled: the booking is cancelled, with its charge; `returnedDays` left the school's balance. */
export const BookingCancelledEnvelopeSchema = envelopeOf(
  z.object({ booking: BookingRecordSchema, returnedDays: z.number().nonnegative() }),
);

/** A cancellation as published on the bus. */
export type BookingCancelled = z.infer<typeof BookingCancelledEnvelopeSchema>;

/** BookingCancelled: published when a booking is cancelled (by the school, the team or a lapsed offer), routed to the email queue. */
export const BookingCancelledEvent: EventContract<typeof BookingCancelledEnvelopeSchema> = {
  ...BookingCancelledEventName,
  schema: BookingCancelledEnvelopeSchema,
};
