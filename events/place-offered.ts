import * as z from 'zod';
import { PlaceOfferedEvent as PlaceOfferedEventName } from './booking-event-names.ts';
import { BookingRecordSchema } from './booking-record.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

/** Contract of PlaceOffered: a place came free and is held for this waitlisted booking until its `placeOffer.acceptBy`. */
export const PlaceOfferedEnvelopeSchema = envelopeOf(z.object({ booking: BookingRecordSchema }));

/** A place offer as published on the bus. */
export type PlaceOffered = z.infer<typeof PlaceOfferedEnvelopeSchema>;

/** PlaceOffered: published when a cancellation or a lapsed offer frees a place, routed to the email queue. */
export const PlaceOfferedEvent: EventContract<typeof PlaceOfferedEnvelopeSchema> = {
  ...PlaceOfferedEventName,
  schema: PlaceOfferedEnvelopeSchema,
};
