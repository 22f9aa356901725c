import * as z from 'zod';
import { AskCancelledEvent as AskCancelledEventName } from './ask-event-names.ts';
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
  ...AskCancelledEventName,
  schema: AskCancelledEnvelopeSchema,
};
