import * as z from 'zod';
import { AskRecordSchema } from './ask-record.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

/** Contract of the AskCancelled event: an entered ask was cancelled; `data` is its last version, kept in history. */
export const AskCancelledEnvelopeSchema = envelopeOf(
  AskRecordSchema.extend({ status: z.literal('cancelled') }),
);

/** A cancelled ask as published on the bus. */
export type AskCancelled = z.infer<typeof AskCancelledEnvelopeSchema>;

/** AskCancelled: published by the calendar when an ask is cancelled. */
export const AskCancelledEvent: EventContract<typeof AskCancelledEnvelopeSchema> = {
  name: 'AskCancelled',
  source: 'ecc.education.calendar',
  version: '1.0.0',
  schema: AskCancelledEnvelopeSchema,
};
