import type * as z from 'zod';
import { AskChangedEvent as AskChangedEventName } from './ask-event-names.ts';
import { AskRecordSchema } from './ask-record.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

/**
 * Contract of the AskChanged event: an entered ask was recorded (version 1) or edited (a new
 * version); `data` is the version now current.
 */
export const AskChangedEnvelopeSchema = envelopeOf(AskRecordSchema);

/** A recorded or edited ask as published on the bus. */
export type AskChanged = z.infer<typeof AskChangedEnvelopeSchema>;

/** AskChanged: published by the calendar when an ask is recorded or edited. */
export const AskChangedEvent: EventContract<typeof AskChangedEnvelopeSchema> = {
  ...AskChangedEventName,
  schema: AskChangedEnvelopeSchema,
};
