/**
 * School-improvement days as a balance per school per academic year. Days bought in a package
 * become the school's to use; each visit recorded draws them down; "All days purchased must be
 * used within the academic year (1 Sept - 31 Aug) or are lost" (School Effectiveness offer
 * 2023-24), with a reminder to the school six weeks before they lapse.
 */
import {
  type AcademicYear,
  formatAcademicYear,
  isInAcademicYear,
  lastDayOfAcademicYear,
  parseAcademicYear,
} from '#domain/shared/academic-year';
import { addWeeks, compareDates, type IsoDate } from '#domain/shared/iso-date';
import { ukLongDate } from '#domain/shared/london-time';
import { lastWorkingDayOnOrBefore } from '#domain/shared/working-days';
import type { BookingStatus } from './booking-status.ts';

/** What the balance reads of a school-improvement booking. */
export interface DaysBooking {
  readonly bookingId: string;
  readonly academicYear: string;
  readonly status: BookingStatus;
  readonly days: number;
  readonly deliveries?: readonly { readonly days: number }[];
}

/** A school's days in one academic year. */
export interface DaysBalance {
  /** Canonical, e.g. `2026/27`. */
  readonly academicYear: string;
  /** Days bought and kept: confirmed bookings' days, and what cancelled ones had used. */
  readonly bought: number;
  readonly delivered: number;
  /** Never below zero. */
  readonly remaining: number;
  /** The last day the days can be used; unused ones are lost after it. */
  readonly lapsesAfter: IsoDate;
  /** When the school is reminded of days it has not used. */
  readonly reminderOn: IsoDate;
}

/** Days a booking has had delivered. */
export const deliveredDaysOf = (booking: Pick<DaysBooking, 'deliveries'>): number =>
  (booking.deliveries ?? []).reduce((total, d) => total + d.days, 0);

/** Days a booking still holds: a confirmed booking's days not yet delivered; nothing otherwise. */
export const remainingDaysOf = (booking: Pick<DaysBooking, 'status' | 'days' | 'deliveries'>): number =>
  booking.status === 'confirmed' ? Math.max(0, booking.days - deliveredDaysOf(booking)) : 0;

/** The days lapse after 31 August, the academic year's last day. */
export const daysLapseAfter = (year: AcademicYear): IsoDate => lastDayOfAcademicYear(year);

/**
 * The lapse reminder's day: six weeks before the days lapse (31 August less 42 days, 20 July),
 * or the last working day before it when that is a weekend or bank holiday.
 */
export const lapseReminderOn = (year: AcademicYear): IsoDate =>
  lastWorkingDayOnOrBefore(addWeeks(daysLapseAfter(year), -6));

const yearOf = (booking: Pick<DaysBooking, 'academicYear'>) => parseAcademicYear(booking.academicYear);

/**
 * A school's balance for one academic year, from its school-improvement bookings (any years:
 * only that year's count). A cancelled booking gives back the days it had not used.
 */
export function daysBalance(year: AcademicYear, bookings: readonly DaysBooking[]): DaysBalance {
  let bought = 0;
  let delivered = 0;
  for (const booking of bookings) {
    if (yearOf(booking).startYear !== year.startYear) continue;
    const used = deliveredDaysOf(booking);
    if (booking.status === 'confirmed') bought += booking.days;
    else if (booking.status === 'cancelled') bought += used;
    else continue;
    delivered += used;
  }
  return {
    academicYear: formatAcademicYear(year),
    bought,
    delivered,
    remaining: Math.max(0, bought - delivered),
    lapsesAfter: daysLapseAfter(year),
    reminderOn: lapseReminderOn(year),
  };
}

/** A delivery the balance cannot take: names the field at fault. */
export class DeliveryRefusedError extends Error {
  override readonly name = 'DeliveryRefusedError';
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/**
 * Checks a delivery against the booking it draws on, recorded on London date `today`:
 * the booking is confirmed; the days are positive half days and no more than it still holds
 * (a balance never goes below zero); the date falls within the booking's academic year (days
 * are used within the year or lost) and is not in the future.
 */
export function checkDelivery(
  booking: Pick<DaysBooking, 'bookingId' | 'academicYear' | 'status' | 'days' | 'deliveries'>,
  delivery: { readonly date: IsoDate; readonly days: number },
  today: IsoDate,
): void {
  if (booking.status !== 'confirmed') {
    throw new DeliveryRefusedError(
      'bookingId',
      `booking ${booking.bookingId} is ${booking.status}: it has no days to use`,
    );
  }
  if (!(delivery.days > 0) || !Number.isInteger(delivery.days * 2)) {
    throw new DeliveryRefusedError('days', 'days must be more than 0, in half days (e.g. 0.5, 1, 1.5)');
  }
  const year = yearOf(booking);
  if (!isInAcademicYear(delivery.date, year)) {
    throw new DeliveryRefusedError(
      'date',
      `the days of booking ${booking.bookingId} belong to ${formatAcademicYear(year)} (1 September to 31 August): ${ukLongDate(delivery.date)} is outside it`,
    );
  }
  if (compareDates(delivery.date, today) > 0) {
    throw new DeliveryRefusedError(
      'date',
      `a delivery is recorded once it has happened: ${ukLongDate(delivery.date)} is in the future`,
    );
  }
  const remaining = remainingDaysOf(booking);
  if (delivery.days > remaining) {
    throw new DeliveryRefusedError(
      'days',
      `booking ${booking.bookingId} has ${remaining} ${remaining === 1 ? 'day' : 'days'} left: ${delivery.days} cannot be drawn`,
    );
  }
}

/**
 * Whether a school is due its lapse reminder on London date `today`: it has days left, the
 * reminder day has come and the days have not yet lapsed. Sent once per school per year (the
 * caller records that it was sent).
 */
export const lapseReminderDue = (balance: DaysBalance, today: IsoDate): boolean =>
  balance.remaining > 0 &&
  compareDates(balance.reminderOn, today) <= 0 &&
  compareDates(today, balance.lapsesAfter) <= 0;
