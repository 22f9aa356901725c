import * as z from 'zod';

/** A booking reference: `BK-` and 10 Crockford base32 characters (no I, L, O or U). */
export const BookingIdSchema = z
  .string()
  .regex(/^BK-[0-9A-HJKMNP-TV-Z]{10}$/, 'bookingId looks like BK-XXXXXXXXXX');
