import * as z from 'zod';
import { AcademicYearTextSchema } from './academic-year-text.ts';
import { BookingRecordSchema } from './booking-record.ts';

export { CancellationRequestSchema, DeliveryRequestSchema } from './booking-management-requests.ts';

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
