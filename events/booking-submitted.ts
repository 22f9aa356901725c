import * as z from 'zod';
import { BookedSchoolSchema, ConfirmationRecipientsSchema } from './booked-school.ts';
import { BookingIdSchema } from './booking-id.ts';
import { BookingRequestFields } from './booking-request.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

/** Contract of the BookingSubmitted event: a valid booking form, accepted and queued for processing. */
export const BookingSubmittedEnvelopeSchema = envelopeOf(
  BookingRequestFields.extend({
    school: BookedSchoolSchema,
    /** Absent only on 1.0.0 messages, whose confirmation goes to the booker. */
    confirmation: ConfirmationRecipientsSchema.optional(),
    bookingId: BookingIdSchema,
    receivedAt: z.iso.datetime({ offset: true }),
  }),
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
