import type * as z from 'zod';
import { BookingConfirmedEvent as BookingConfirmedEventName } from './booking-event-names.ts';
import { BookingRecordSchema } from './booking-record.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

export { BookingPriceSchema, BookingRecordSchema } from './booking-record.ts';

/** A confirmed booking: BookingConfirmed's data. */
const ConfirmedBookingSchema = BookingRecordSchema.refine((booking) => booking.status === 'confirmed', {
  path: ['status'],
  message: 'a BookingConfirmed booking is confirmed',
});

/** Contract of the BookingConfirmed event: the booking is priced and recorded; its confirmation is due. */
export const BookingConfirmedEnvelopeSchema = envelopeOf(ConfirmedBookingSchema);

/** A confirmed booking as published on the bus. */
export type BookingConfirmed = z.infer<typeof BookingConfirmedEnvelopeSchema>;

/**
 * BookingConfirmed: published by the booking processor, routed to the email queue.
 * 1.1.0 added the school as the directory has it (name and price band) and who the
 * confirmation goes to; 1.2.0 carries every kind of booking (`kind`: days, the statutory
 * assessment subscription and sessions, moderation training, events), its price list, VAT
 * treatment and later state (place offer, deliveries, cancellation), and writes the academic
 * year `2026/27`.
 */
export const BookingConfirmedEvent: EventContract<typeof BookingConfirmedEnvelopeSchema> = {
  ...BookingConfirmedEventName,
  schema: BookingConfirmedEnvelopeSchema,
};
