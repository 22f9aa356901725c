import * as z from 'zod';
import { BookingWaitlistedEvent as BookingWaitlistedEventName } from './booking-event-names.ts';
import { BookingRecordSchema } from './booking-record.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

/** Contract of BookingWaitlisted: the event was full; the booking waits at `position` on its waitlist. */
export const BookingWaitlistedEnvelopeSchema = envelopeOf(
  z.object({ booking: BookingRecordSchema, position: z.number().int().positive() }),
);

/** A waitlisted booking as published on the bus. */
export type BookingWaitlisted = z.infer<typeof BookingWaitlistedEnvelopeSchema>;

/** BookingWaitlisted: published by the booking processor, routed to the email queue. */
export const BookingWaitlistedEvent: EventContract<typeof BookingWaitlistedEnvelopeSchema> = {
  ...BookingWaitlistedEventName,
  schema: BookingWaitlistedEnvelopeSchema,
};
