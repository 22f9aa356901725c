import * as z from 'zod';
import { BookedSchoolSchema, ConfirmationRecipientsSchema } from './booked-school.ts';
import { BookingSubmittedEvent as BookingSubmittedEventName } from './booking-event-names.ts';
import { BookingIdSchema } from './booking-id.ts';
import {
  BOOKING_KIND_ERROR,
  EventFields,
  ModerationTrainingFields,
  SchoolImprovementFields,
  SessionFields,
  SubscriptionFields,
} from './booking-request.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

/** What the API adds to the form: the reference, when it arrived, the school as the directory has it, and who to write to. */
const accepted = {
  bookingId: BookingIdSchema,
  receivedAt: z.iso.datetime({ offset: true }),
  /** The school's name and price band from the schools directory (since 1.1.0), fixed on the booking. */
  school: BookedSchoolSchema,
  /** Who the booker-facing emails go to (since 1.1.0; absent on 1.0.0 messages: the booker). */
  confirmation: ConfirmationRecipientsSchema.optional(),
};

/**
 * Contract of the BookingSubmitted event: a valid booking form, accepted and queued for
 * processing. 1.1.0 added the school as the directory has it and who to write to; 1.2.0 adds
 * every kind of booking (`kind`; absent before, when only school-improvement days were queued)
 * and the academic year asked for.
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
  ...BookingSubmittedEventName,
  schema: BookingSubmittedEnvelopeSchema,
};
