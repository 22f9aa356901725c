import * as z from 'zod';
import { BookedSchoolSchema, ConfirmationRecipientsSchema } from './booked-school.ts';
import { BookingIdSchema } from './booking-id.ts';
import { BookingRequestFields, PenceSchema } from './booking-request.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

/** The price a booking was confirmed at, in integer pence. */
export const BookingPriceSchema = z.object({
  netPence: PenceSchema,
  discountPence: PenceSchema,
  vatPence: PenceSchema,
  totalPence: PenceSchema,
  lines: z.array(z.object({ description: z.string().min(1), amountPence: z.number().int() })).min(1),
});

/** A recorded booking: what `GET /bookings/{bookingId}` answers and BookingConfirmed carries. */
export const BookingRecordSchema = BookingRequestFields.extend({
  school: BookedSchoolSchema,
  /** Absent only on bookings recorded from 1.0.0 submissions: their confirmation went to the booker. */
  confirmation: ConfirmationRecipientsSchema.optional(),
  bookingId: BookingIdSchema,
  status: z.literal('confirmed'),
  price: BookingPriceSchema,
  academicYear: z.string().regex(/^\d{4}-\d{2}$/, 'academicYear looks like 2023-24'),
  receivedAt: z.iso.datetime({ offset: true }),
  confirmedAt: z.iso.datetime({ offset: true }),
});

/** Contract of the BookingConfirmed event: the booking is priced and recorded; its confirmation is due. */
export const BookingConfirmedEnvelopeSchema = envelopeOf(BookingRecordSchema);

/** A confirmed booking as published on the bus. */
export type BookingConfirmed = z.infer<typeof BookingConfirmedEnvelopeSchema>;

/** BookingConfirmed: published by the booking processor, routed to the email queue. */
export const BookingConfirmedEvent: EventContract<typeof BookingConfirmedEnvelopeSchema> = {
  name: 'BookingConfirmed',
  source: 'ecc.education.bookings',
  version: '1.1.0',
  schema: BookingConfirmedEnvelopeSchema,
};
