import * as z from 'zod';

/** An entered ask's reference: `ASK-` and 10 Crockford base32 characters (no I, L, O or U). */
export const AskIdSchema = z
  .string()
  .regex(/^ASK-[0-9A-HJKMNP-TV-Z]{10}$/, 'askId looks like ASK-XXXXXXXXXX');
