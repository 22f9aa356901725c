import * as z from 'zod';
import { CommsItemFields, IsoDateSchema } from './comms-item.ts';
import { CommsItemIdSchema } from './comms-item-id.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

/*
 * An accepted comms item and the CommsItemSubmitted event: built only where an accepted item
 * is parsed (the event catalogue), not by the functions that take or send items.
 */

/** An accepted item: the form, its reference, when it arrived and the Monday edition it goes out in. */
export const CommsItemSchema = CommsItemFields.extend({
  itemId: CommsItemIdSchema,
  submittedAt: z.iso.datetime({ offset: true }),
  /** The Monday (YYYY-MM-DD) of the edition it goes out in. */
  edition: IsoDateSchema('edition'),
});

/** Contract of the CommsItemSubmitted event: an item accepted for an edition. */
export const CommsItemSubmittedEnvelopeSchema = envelopeOf(CommsItemSchema);

/** An accepted item as published. */
export type CommsItemSubmitted = z.infer<typeof CommsItemSubmittedEnvelopeSchema>;

/** CommsItemSubmitted: produced when a team's item is accepted for an edition. */
export const CommsItemSubmittedEvent: EventContract<typeof CommsItemSubmittedEnvelopeSchema> = {
  name: 'CommsItemSubmitted',
  source: 'ecc.education.comms',
  version: '1.0.0',
  schema: CommsItemSubmittedEnvelopeSchema,
};
