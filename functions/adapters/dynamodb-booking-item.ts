import type { Booking } from '#domain/bookings/booking';

/** A booking's key in the education table: `BOOKING#<id>` / `BOOKING`. */
export const bookingKey = (bookingId: string) => ({ pk: `BOOKING#${bookingId}`, sk: 'BOOKING' });

/** The item that stores a booking. */
export const bookingItem = (booking: Booking) => ({
  ...bookingKey(booking.bookingId),
  entity: 'Booking',
  ...booking,
});

/** The booking a stored item holds (its key attributes dropped). */
export const bookingFromItem = (item: Record<string, unknown>): Booking => {
  const { pk: _pk, sk: _sk, entity: _entity, ...booking } = item;
  // Bookings recorded before bookings had kinds were all school-improvement days.
  return { kind: 'school-improvement', ...booking } as unknown as Booking;
};
