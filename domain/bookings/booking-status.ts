/**
 * Where a booking is in its life.
 * - `received`: accepted by the API and queued; only ever seen by the API (`202`).
 * - `confirmed`: priced and recorded; days added to the school's balance, or an event place held.
 * - `waitlisted`: the event was full; the booking waits in order for a place.
 * - `cancelled`: cancelled by the school or the team (or a place offer not accepted in time).
 * - `rejected`: could not be taken, with a reason (e.g. the product is not offered to the
 *   school's price band, or bookings for the event have closed).
 */
export type BookingStatus = 'received' | 'confirmed' | 'waitlisted' | 'cancelled' | 'rejected';

/** Every status, in the order a booking moves through them. */
export const BOOKING_STATUSES = [
  'received',
  'confirmed',
  'waitlisted',
  'cancelled',
  'rejected',
] as const satisfies readonly BookingStatus[];

/** Why a booking could not be taken: a code for machines and a sentence for the school. */
export interface Rejection {
  readonly code: RejectionCode;
  readonly message: string;
}

/** The reasons a received booking is rejected. */
export type RejectionCode =
  | 'not-in-price-list'
  | 'not-offered'
  | 'already-subscribed'
  | 'bookings-closed'
  | 'unknown-school'
  | 'school-closed'
  | 'no-price-list';

/** Which status may follow which: anything else is a mistake in the workflow. */
const NEXT: Readonly<Record<BookingStatus, readonly BookingStatus[]>> = {
  received: ['confirmed', 'waitlisted', 'rejected'],
  // A waitlisted booking is confirmed when a place is offered to it (the offer carries a
  // deadline to accept; unaccepted, it is cancelled and the place offered to the next).
  waitlisted: ['confirmed', 'cancelled'],
  confirmed: ['cancelled'],
  cancelled: [],
  rejected: [],
};

/** A status change the workflow does not allow, e.g. cancelling a rejected booking. */
export class BookingStatusError extends Error {
  override readonly name = 'BookingStatusError';
  readonly from: BookingStatus;
  readonly to: BookingStatus;
  constructor(from: BookingStatus, to: BookingStatus) {
    super(`a ${from} booking cannot become ${to}`);
    this.from = from;
    this.to = to;
  }
}

/** Whether a booking in status `from` may move to `to`. */
export const canMove = (from: BookingStatus, to: BookingStatus): boolean => NEXT[from].includes(to);

/** Throws {@link BookingStatusError} unless a booking in status `from` may move to `to`. */
export const assertCanMove = (from: BookingStatus, to: BookingStatus): void => {
  if (!canMove(from, to)) throw new BookingStatusError(from, to);
};
