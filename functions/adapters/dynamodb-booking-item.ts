import type { Booking } from '#domain/bookings/booking';
import { formatAcademicYear, parseAcademicYear } from '#domain/shared/academic-year';

/** A booking's key in the education table: `BOOKING#<id>` / `BOOKING`. */
export const bookingKey = (bookingId: string) => ({ pk: `BOOKING#${bookingId}`, sk: 'BOOKING' });

/** The index of bookings by academic year, school by school (the wiring declares it). */
export const BOOKINGS_BY_YEAR_INDEX = 'bookingsByYear';

/** The index keys of a booking: its academic year (canonical), then `<URN>#<bookingId>`. */
export const yearIndexKeys = (booking: Pick<Booking, 'academicYear' | 'school' | 'bookingId'>) => ({
  bookingYear: formatAcademicYear(parseAcademicYear(booking.academicYear)),
  schoolBooking: `${booking.school.urn}#${booking.bookingId}`,
});

/** The item that stores a booking (revision 0 until it is first changed). */
export const bookingItem = (booking: Booking) => ({
  ...bookingKey(booking.bookingId),
  entity: 'Booking',
  ...yearIndexKeys(booking),
  ...booking,
  revision: booking.revision ?? 0,
});

/** The booking a stored item holds (its key and index attributes dropped). */
export const bookingFromItem = (item: Record<string, unknown>): Booking => {
  const { pk: _pk, sk: _sk, entity: _entity, bookingYear: _y, schoolBooking: _s, ...booking } = item;
  // Bookings recorded before bookings had kinds were all school-improvement days.
  return { kind: 'school-improvement', ...booking } as unknown as Booking;
};
