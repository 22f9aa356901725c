import * as z from 'zod';
import { AskClashFoundEvent as AskClashFoundEventName } from './ask-event-names.ts';
import { AskIdSchema } from './ask-id.ts';
import { AskOwnerSchema } from './ask-owner.ts';
import { AskWindowSchema } from './ask-window.ts';
import { type EventContract, envelopeOf } from './envelope.ts';
import { isoDateField } from './iso-date-field.ts';

/** A computed ask's stable key, such as `census-spring` (kebab-case). */
export const ComputedAskKeySchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'key is a computed ask key such as census-spring');

const ClashFields = {
  title: z.string().min(1).max(200),
  start: isoDateField('start'),
  end: isoDateField('end'),
  overlapDays: z.number().int().min(0),
};

/** A statutory window an ask clashes with: named by `key` (computed) or `askId` (entered). */
export const ClashSchema = z.union([
  z.object({ key: ComputedAskKeySchema, ...ClashFields }),
  z.object({ askId: AskIdSchema, ...ClashFields }),
]);

/** A clear window of the same length as the ask (first and last days, inclusive). */
export const SuggestedWindowSchema = z.object({ start: isoDateField('start'), end: isoDateField('end') });

/**
 * Contract of the AskClashFound event: an ask that is not statutory overlaps (or comes within
 * the buffer of) statutory windows. `clashId` names this clash once (the ask and its version,
 * or the refused submission), so the email it triggers is sent once. `askId` is absent when
 * the refuse policy kept the ask off the calendar.
 */
export const AskClashFoundEnvelopeSchema = envelopeOf(
  z.object({
    clashId: z.string().min(1).max(128),
    askId: AskIdSchema.optional(),
    version: z.number().int().min(1).optional(),
    title: z.string().min(1).max(200),
    window: AskWindowSchema,
    owner: AskOwnerSchema,
    policy: z.enum(['warn', 'refuse']),
    refused: z.boolean(),
    bufferWorkingDays: z.number().int().min(0),
    clashes: z.array(ClashSchema).min(1),
    suggestions: z.array(SuggestedWindowSchema),
  }),
);

/** A clash as published on the bus. */
export type AskClashFound = z.infer<typeof AskClashFoundEnvelopeSchema>;

/** AskClashFound: published by the calendar, routed to the clash email queue. */
export const AskClashFoundEvent: EventContract<typeof AskClashFoundEnvelopeSchema> = {
  ...AskClashFoundEventName,
  schema: AskClashFoundEnvelopeSchema,
};
