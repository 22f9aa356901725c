import { type AcademicYear, formatAcademicYear } from '#domain/shared/academic-year';
import type { IsoDate } from '#domain/shared/iso-date';
import type { Booking, BookingOf, BookingSchool } from './booking.ts';
import { type DaysBalance, daysBalance, lapseReminderDue } from './days-balance.ts';

/** A school to remind of its unused days, and who to write to. */
export interface LapseReminder {
  readonly school: Pick<BookingSchool, 'urn' | 'name'>;
  readonly balance: DaysBalance;
  /** The bookers of the school's days that year, each once. */
  readonly to: readonly string[];
  /** The list whose contact signs the reminder (the latest booking's). */
  readonly priceListId?: string;
}

/**
 * The schools due a lapse reminder on London date `today` for academic year `year`: those with
 * days left once the reminder day (six weeks before 31 August) has come and before the days
 * lapse. Sending each once per school per year is the sender's part (an idempotency key of URN
 * and year).
 */
export function lapseRemindersDue(
  year: AcademicYear,
  bookings: readonly Booking[],
  today: IsoDate,
): LapseReminder[] {
  const text = formatAcademicYear(year);
  const bySchool = new Map<string, BookingOf<'school-improvement'>[]>();
  for (const booking of bookings) {
    if (booking.kind !== 'school-improvement') continue;
    const list = bySchool.get(booking.school.urn) ?? [];
    list.push(booking);
    bySchool.set(booking.school.urn, list);
  }
  const due: LapseReminder[] = [];
  for (const [, own] of bySchool) {
    const balance = daysBalance(year, own);
    if (!lapseReminderDue(balance, today)) continue;
    const held = own.filter((b) => b.status === 'confirmed');
    const latest = [...held].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)).at(-1) ?? own[0]!;
    due.push({
      school: { urn: latest.school.urn, name: latest.school.name },
      balance: { ...balance, academicYear: text },
      to: [...new Set(held.map((b) => b.booker.email))],
      ...(latest.priceList && { priceListId: latest.priceList.id }),
    });
  }
  return due;
}
