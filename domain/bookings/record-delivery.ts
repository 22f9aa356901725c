import { parseAcademicYear } from '#domain/shared/academic-year';
import type { IsoDate } from '#domain/shared/iso-date';
import { londonDateOf } from '#domain/shared/london-time';
import type { Booking, Delivery } from './booking.ts';
import {
  BookingNotFoundError,
  type BookingRepository,
  type BookingUpdates,
  type SchoolBookings,
} from './booking-repository.ts';
import { checkDelivery, type DaysBalance, DeliveryRefusedError, daysBalance } from './days-balance.ts';

/** What recording a delivery needs. */
export interface RecordDeliveryDeps {
  readonly bookings: BookingRepository & BookingUpdates;
  readonly schoolBookings: Pick<SchoolBookings, 'ofSchool'>;
  readonly now: Date;
}

/**
 * Records school-improvement days delivered against a booking, drawing the school's balance
 * down (issue 7 item 4):
 * 1. the booking must hold the days (confirmed, enough left, a date within its academic year
 *    and not in the future: {@link checkDelivery});
 * 2. the delivery is added only if nobody changed the booking meanwhile, so two deliveries
 *    recorded at once can never draw it below zero;
 * 3. the same delivery sent again (same date, days and note: an HTTP retry) is recorded once.
 * Returns the booking and the school's balance for the year after it.
 */
export async function recordDelivery(
  bookingId: string,
  delivery: { readonly date: IsoDate; readonly days: number; readonly note?: string },
  deps: RecordDeliveryDeps,
): Promise<{ booking: Booking; balance: DaysBalance; recorded: boolean }> {
  const booking = await deps.bookings.get(bookingId);
  if (!booking) throw new BookingNotFoundError(bookingId);
  if (booking.kind !== 'school-improvement') {
    throw new DeliveryRefusedError('bookingId', `booking ${bookingId} is not for school improvement days`);
  }
  const repeat = (booking.deliveries ?? []).some(
    (d) => d.date === delivery.date && d.days === delivery.days && (d.note ?? '') === (delivery.note ?? ''),
  );
  let stored: Booking = booking;
  if (!repeat) {
    checkDelivery(booking, delivery, londonDateOf(deps.now));
    const recorded: Delivery = {
      date: delivery.date,
      days: delivery.days,
      ...(delivery.note && { note: delivery.note }),
      recordedAt: deps.now.toISOString(),
    };
    stored = await deps.bookings.replace(
      { ...booking, deliveries: [...(booking.deliveries ?? []), recorded] },
      booking,
    );
  }
  const year = parseAcademicYear(stored.academicYear);
  const others = (await deps.schoolBookings.ofSchool(stored.school.urn, stored.academicYear)).filter(
    (b) => b.bookingId !== bookingId,
  );
  const days = [...others, stored].flatMap((b) => (b.kind === 'school-improvement' ? [b] : []));
  return { booking: stored, balance: daysBalance(year, days), recorded: !repeat };
}
