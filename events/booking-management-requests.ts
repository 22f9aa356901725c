import * as z from 'zod';
import { plainText } from './plain-text.ts';

/*
 * What the team sends to record a delivered day or cancel a booking: all the two functions
 * parse. The answers' schemas (booking-management.ts) carry whole booking records and are for
 * the API's description.
 */

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
