import * as z from 'zod';
import { BookingIdSchema } from './booking-id.ts';
import { PriceBandSchema } from './booking-record.ts';
import {
  BOOKING_KIND_ERROR,
  EventFields,
  ModerationTrainingFields,
  SchoolImprovementFields,
  SessionFields,
  SubscriptionFields,
} from './booking-request.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

/** What the API adds to the form: the reference, when it arrived, and the school as the directory has it. */
const accepted = {
  bookingId: BookingIdSchema,
  receivedAt: z.iso.datetime({ offset: true }),
  /** The school's name and price band from the schools directory (since 1.1.0), fixed on the booking. */
  school: z.object({
    urn: z.string().regex(/^\d{6}$/),
    name: z.string().min(1).max(200),
    priceBand: PriceBandSchema.optional(),
  }),
};

/**
 * Contract of the BookingSubmitted event: a valid booking form, accepted and queued for
 * processing. 1.1.0 adds every kind of booking (`kind`; absent in 1.0.0, which queued only
 * school-improvement days), the academic year asked for and the school's price band.
 */
export const BookingSubmittedEnvelopeSchema = envelopeOf(
  z.discriminatedUnion(
    'kind',
    [
      SchoolImprovementFields.extend(accepted),
      SubscriptionFields.extend(accepted),
      SessionFields.extend(accepted),
      ModerationTrainingFields.extend(accepted),
      EventFields.extend(accepted),
    ],
    BOOKING_KIND_ERROR,
  ),
);

/** A queued booking submission as the processing handler receives it. */
export type BookingSubmitted = z.infer<typeof BookingSubmittedEnvelopeSchema>;

/** BookingSubmitted: produced by the booking API, consumed from the `bookings` queue. */
export const BookingSubmittedEvent: EventContract<typeof BookingSubmittedEnvelopeSchema> = {
  name: 'BookingSubmitted',
  source: 'ecc.education.bookings',
  version: '1.1.0',
  schema: BookingSubmittedEnvelopeSchema,
};
