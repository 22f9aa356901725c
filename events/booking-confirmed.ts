import type * as z from 'zod';
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
 * 1.1.0 added the booking's kind, price list and VAT treatment, and writes the academic year
 * `2026/27`; 1.2.0 carries every kind of booking (training, sessions, events), the school's
 * price band and the booking's later state (place offer, deliveries, cancellation).
 */
export const BookingConfirmedEvent: EventContract<typeof BookingConfirmedEnvelopeSchema> = {
  name: 'BookingConfirmed',
  source: 'ecc.education.bookings',
  version: '1.2.0',
  schema: BookingConfirmedEnvelopeSchema,
};
