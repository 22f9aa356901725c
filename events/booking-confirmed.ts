import * as z from 'zod';
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
  /** How VAT was decided (since 1.1.0): by product and customer class, or as the form asked. */
  vatTreatment: z.enum(['internal-recharge', 'exempt', 'standard-rated', 'as-requested']).optional(),
  vatRatePercent: z.number().nonnegative().optional(),
});

/** An academic year: `2026/27` (canonical since 1.1.0) or `2023-24` (how 1.0.0 wrote it). */
export const AcademicYearTextSchema = z.string().regex(/^\d{4}[/-]\d{2}$/, 'academicYear looks like 2026/27');

/** The price list a booking was priced from (since 1.1.0). */
export const PriceListReferenceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** Set when the latest published list was carried forward to the booking's academic year. */
  carriedForwardFrom: AcademicYearTextSchema.optional(),
});

/** A recorded booking: what `GET /bookings/{bookingId}` answers and BookingConfirmed carries. */
export const BookingRecordSchema = BookingRequestFields.extend({
  /** What was booked (since 1.1.0; 1.0.0 booked only school-improvement days). */
  kind: z.literal('school-improvement').default('school-improvement'),
  bookingId: BookingIdSchema,
  status: z.literal('confirmed'),
  price: BookingPriceSchema,
  /** The academic year the days belong to. */
  academicYear: AcademicYearTextSchema,
  priceList: PriceListReferenceSchema.optional(),
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
