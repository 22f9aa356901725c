import * as z from 'zod';
import { PRICE_BANDS } from '#domain/schools/price-band';

/**
 * The school a booking is for, as the schools directory recorded it when the booking was
 * received: its name and the price band it pays in are fixed on the booking (a school may
 * convert to an academy mid-year), never taken from what the booker typed.
 */
export const BookedSchoolSchema = z.object({
  urn: z.string().regex(/^\d{6}$/),
  name: z.string().min(1).max(200),
  /** Absent only on bookings queued before the directory was consulted (contract 1.0.0). */
  priceBand: z.enum(PRICE_BANDS).optional(),
});

/** Who a booking's confirmation goes to, decided from the directory when it was received. */
export const ConfirmationRecipientsSchema = z.object({
  to: z.array(z.email().max(254)).min(1).max(20),
  basis: z.enum(['booker', 'school-contacts', 'team-mailbox']),
});
