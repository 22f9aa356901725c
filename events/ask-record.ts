import * as z from 'zod';
import { AskIdSchema } from './ask-id.ts';
import { AskRequestFields } from './ask-request.ts';

/**
 * One version of an entered ask, as recorded: what the team entered, its reference, its
 * version (1 when first recorded, one more at each edit or cancellation), whether it still
 * stands, and when this version was recorded.
 */
export const AskRecordSchema = AskRequestFields.extend({
  askId: AskIdSchema,
  version: z.number().int().min(1),
  status: z.enum(['active', 'cancelled']),
  recordedAt: z.iso.datetime({ offset: true }),
});

/** One recorded version of an entered ask. */
export type AskRecord = z.infer<typeof AskRecordSchema>;
