import type { RejectionCode } from './booking-status.ts';

/**
 * A booking that the price list or the school's record does not allow: the product is not
 * offered to the school's band, the school already holds the subscription, bookings for the
 * event have closed. Names the field at fault; the booking is rejected with `code` as reason.
 */
export class CannotBookError extends Error {
  override readonly name = 'CannotBookError';
  readonly code: RejectionCode;
  /** The request field at fault, as the API names fields (`programme`, `delegates`, `event`). */
  readonly field: string;
  constructor(code: RejectionCode, field: string, message: string) {
    super(message);
    this.code = code;
    this.field = field;
  }
}
