/** A booking id is already taken by a different submission: the message must not overwrite it. */
export class BookingConflictError extends Error {
  override readonly name = 'BookingConflictError';
  readonly bookingId: string;
  constructor(bookingId: string) {
    super(`booking ${bookingId} already exists for a different submission`);
    this.bookingId = bookingId;
  }
}
