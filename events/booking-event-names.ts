/**
 * What the booking workflow publishes on the education bus (and queues, for BookingSubmitted), by name, source and contract
 * version: what a producer needs. The envelope schemas (booking-confirmed.ts, ...) are built
 * only by the consumers that parse them; each event module takes its contract from here.
 */

/** BookingSubmitted: a booking form accepted by the API, queued for the booking processor. */
export const BookingSubmittedEvent = {
  name: 'BookingSubmitted',
  source: 'ecc.education.bookings',
  version: '1.2.0',
} as const;

/** BookingConfirmed: a booking recorded as confirmed. */
export const BookingConfirmedEvent = {
  name: 'BookingConfirmed',
  source: 'ecc.education.bookings',
  version: '1.2.0',
} as const;

/** BookingWaitlisted: a booking waiting for a place. */
export const BookingWaitlistedEvent = {
  name: 'BookingWaitlisted',
  source: 'ecc.education.bookings',
  version: '1.0.0',
} as const;

/** PlaceOffered: a waitlisted booking offered a place that came free. */
export const PlaceOfferedEvent = {
  name: 'PlaceOffered',
  source: 'ecc.education.bookings',
  version: '1.0.0',
} as const;

/** BookingCancelled: a booking cancelled (by the school, the team, or a lapsed place offer). */
export const BookingCancelledEvent = {
  name: 'BookingCancelled',
  source: 'ecc.education.bookings',
  version: '1.0.0',
} as const;
