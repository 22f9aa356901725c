import type { Booking } from './booking.ts';

/** Port: tells the rest of the system that a booking is confirmed (publishes BookingConfirmed). */
export interface BookingAnnouncer {
  confirmed(booking: Booking, context: { correlationId: string; occurredAt: Date }): Promise<void>;
}
