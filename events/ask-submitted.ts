import type * as z from 'zod';
import { AskRequestSchema } from './ask-request.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

/**
 * Contract of the AskSubmitted event: a team's ask of schools, put on the bus by any council
 * system (the calendar also takes it from `POST /calendar/asks`). The envelope's `eventId`
 * makes a redelivery the same submission.
 */
export const AskSubmittedEnvelopeSchema = envelopeOf(AskRequestSchema);

/** A submitted ask as the calendar's intake receives it. */
export type AskSubmitted = z.infer<typeof AskSubmittedEnvelopeSchema>;

/** AskSubmitted: published by council systems, routed to the calendar's intake queue. */
export const AskSubmittedEvent: EventContract<typeof AskSubmittedEnvelopeSchema> = {
  name: 'AskSubmitted',
  source: 'ecc.education.asks',
  version: '1.0.0',
  schema: AskSubmittedEnvelopeSchema,
};
