import * as z from 'zod';

/** A comms item reference: `CI-` and 10 Crockford base32 characters (no I, L, O or U). */
export const CommsItemIdSchema = z
  .string()
  .regex(/^CI-[0-9A-HJKMNP-TV-Z]{10}$/, 'itemId looks like CI-XXXXXXXXXX');
