import * as z from 'zod';
import { AcademicYearTextSchema, BookingRecordSchema } from './booking-record.ts';
import { plainText } from './plain-text.ts';

/** `POST /bookings/{bookingId}/deliveries`: school-improvement days delivered on a date. */
export const DeliveryRequestSchema = z.object({
  date: z.iso.date({ error: 'date must be the day of the visit, written YYYY-MM-DD' }),
  days: z
    .number({ error: 'days must be a number' })
    .positive('days must be more than 0')
    .max(40, 'days must be 40 or fewer')
    .refine((d) => Number.isInteger(d * 2), 'days must be in half days (e.g. 0.5, 1, 1.5)'),
  note: plainText('note', 500, { multiline: true }).optional(),
});

/** `POST /bookings/{bookingId}/cancel`: why. */
export const CancellationRequestSchema = z.object({
  reason: plainText('reason', 500, { multiline: true }).min(1, 'reason is required'),
});

/** A school's days for a year. */
export const DaysBalanceSchema = z.object({
  academicYear: AcademicYearTextSchema,
  bought: z.number().nonnegative(),
  delivered: z.number().nonnegative(),
  remaining: z.number().nonnegative(),
  lapsesAfter: z.iso.date(),
  reminderOn: z.iso.date(),
});

/** The answer to a delivery: the booking after it and the school's balance. */
export const DeliveryResponseSchema = z.object({ booking: BookingRecordSchema, balance: DaysBalanceSchema });

/** `GET /schools/{urn}/bookings?year=2026/27`: a school's bookings in a year and its days balance. */
export const SchoolBookingsResponseSchema = z.object({
  urn: z.string(),
  academicYear: AcademicYearTextSchema,
  bookings: z.array(BookingRecordSchema),
  balance: DaysBalanceSchema,
});

/** The `?year=` of `GET /schools/{urn}/bookings`. */
export const SchoolBookingsQuerySchema = z.object({
  year: AcademicYearTextSchema.optional(),
});
