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
