import type { Booking } from './booking.ts';

/** Port: where bookings are kept. */
export interface BookingRepository {
  /**
   * Stores a new booking once. If a booking with the same id is already stored, nothing is
   * written and the stored one is returned with `created: false`.
   */
  addOnce(booking: Booking): Promise<{ booking: Booking; created: boolean }>;
  /** The booking with this id, or undefined. */
  get(bookingId: string): Promise<Booking | undefined>;
}

/** Port: moves a stored booking on to its next state, only from the state it was read in. */
export interface BookingUpdates {
  /**
   * Stores `next` in place of `previous`, if the stored booking is still `previous` (the same
   * revision); the stored booking's revision goes up by one. Throws {@link BookingChangedError}
   * when something else changed it first (read it again and decide again).
   */
  replace(next: Booking, previous: Booking): Promise<Booking>;
}

/** Port: a school's bookings by academic year. */
export interface SchoolBookings {
  /** Every booking of the school (URN) in the academic year (canonical, `2026/27`). */
  ofSchool(urn: string, academicYear: string): Promise<Booking[]>;
  /** Every booking of the academic year, school by school. */
  inYear(academicYear: string): Promise<Booking[]>;
}

/** Someone else changed the booking between reading and writing it. */
export class BookingChangedError extends Error {
  override readonly name = 'BookingChangedError';
  readonly bookingId: string;
  constructor(bookingId: string) {
    super(`booking ${bookingId} was changed by someone else: read it again`);
    this.bookingId = bookingId;
  }
}

/** No booking has this reference. */
export class BookingNotFoundError extends Error {
  override readonly name = 'BookingNotFoundError';
  readonly bookingId: string;
  constructor(bookingId: string) {
    super(`no booking ${bookingId} is recorded`);
    this.bookingId = bookingId;
  }
}
