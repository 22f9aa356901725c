import type { Booking } from '#domain/bookings/booking';
import type { AnnouncementContext, BookingAnnouncer } from '#domain/bookings/booking-announcer';
import {
  BookingChangedError,
  type BookingRepository,
  type BookingUpdates,
  type SchoolBookings,
} from '#domain/bookings/booking-repository';
import type {
  EventPlaceRegister,
  OpenPlaceOffer,
  PlaceOfferDiary,
} from '#domain/bookings/event-place-register';
import type { WaitlistEntry } from '#domain/bookings/event-places';
import { formatAcademicYear, parseAcademicYear } from '#domain/shared/academic-year';
import { compareDates, type IsoDate } from '#domain/shared/iso-date';

/** Bookings kept in memory as the education table keeps them: once per id, replaced only from the revision read. */
export class InMemoryBookings implements BookingRepository, BookingUpdates, SchoolBookings {
  readonly stored = new Map<string, Booking>();
  writes = 0;

  async addOnce(booking: Booking) {
    const existing = this.stored.get(booking.bookingId);
    if (existing) return { booking: existing, created: false };
    this.stored.set(booking.bookingId, structuredClone(booking));
    this.writes += 1;
    return { booking, created: true };
  }

  async get(bookingId: string) {
    const found = this.stored.get(bookingId);
    return found && structuredClone(found);
  }

  async replace(next: Booking, previous: Booking) {
    const current = this.stored.get(next.bookingId);
    if (!current || (current.revision ?? 0) !== (previous.revision ?? 0))
      throw new BookingChangedError(next.bookingId);
    const stored = { ...next, revision: (previous.revision ?? 0) + 1 } as Booking;
    this.stored.set(next.bookingId, structuredClone(stored));
    this.writes += 1;
    return stored;
  }

  async ofSchool(urn: string, academicYear: string) {
    return (await this.inYear(academicYear)).filter((b) => b.school.urn === urn);
  }

  async inYear(academicYear: string) {
    const year = parseAcademicYear(academicYear).startYear;
    return [...this.stored.values()]
      .filter((b) => parseAcademicYear(b.academicYear).startYear === year)
      .map((b) => structuredClone(b));
  }
}

/** Event places and waitlists in memory. */
export class InMemoryPlaces implements EventPlaceRegister, PlaceOfferDiary {
  readonly holders = new Map<string, Set<string>>();
  readonly waiting = new Map<string, Map<string, WaitlistEntry>>();
  readonly offers = new Map<string, OpenPlaceOffer>();

  async hold(event: { code: string; places: number }, bookingId: string) {
    const held = this.holders.get(event.code) ?? new Set<string>();
    this.holders.set(event.code, held);
    if (held.has(bookingId)) return 'held' as const;
    if (held.size >= event.places) return 'full' as const;
    held.add(bookingId);
    return 'held' as const;
  }

  async release(eventCode: string, bookingId: string) {
    this.holders.get(eventCode)?.delete(bookingId);
  }

  async taken(eventCode: string) {
    return this.holders.get(eventCode)?.size ?? 0;
  }

  async joinWaitlist(eventCode: string, entry: WaitlistEntry) {
    const list = this.waiting.get(eventCode) ?? new Map<string, WaitlistEntry>();
    list.set(entry.bookingId, entry);
    this.waiting.set(eventCode, list);
  }

  async leaveWaitlist(eventCode: string, entry: WaitlistEntry) {
    this.waiting.get(eventCode)?.delete(entry.bookingId);
  }

  async waitlist(eventCode: string) {
    return [...(this.waiting.get(eventCode)?.values() ?? [])];
  }

  async opened(offer: OpenPlaceOffer) {
    this.offers.set(offer.bookingId, offer);
  }

  async closed(offer: OpenPlaceOffer) {
    this.offers.delete(offer.bookingId);
  }

  async lapsedBefore(date: IsoDate) {
    return [...this.offers.values()].filter((o) => compareDates(o.acceptBy, date) < 0);
  }
}

/** What was announced, in order. */
export type Announcement =
  | { kind: 'confirmed'; booking: Booking; context: AnnouncementContext }
  | { kind: 'waitlisted'; booking: Booking; context: AnnouncementContext & { position: number } }
  | { kind: 'placeOffered'; booking: Booking; context: AnnouncementContext }
  | { kind: 'cancelled'; booking: Booking; context: AnnouncementContext & { returnedDays: number } };

/** BookingAnnouncer that remembers what it announced. */
export class RecordingAnnouncer implements BookingAnnouncer {
  readonly announced: Announcement[] = [];

  async confirmed(booking: Booking, context: AnnouncementContext) {
    this.announced.push({ kind: 'confirmed', booking, context });
  }

  async waitlisted(booking: Booking, context: AnnouncementContext & { position: number }) {
    this.announced.push({ kind: 'waitlisted', booking, context });
  }

  async placeOffered(booking: Booking, context: AnnouncementContext) {
    this.announced.push({ kind: 'placeOffered', booking, context });
  }

  async cancelled(booking: Booking, context: AnnouncementContext & { returnedDays: number }) {
    this.announced.push({ kind: 'cancelled', booking, context });
  }

  /** Which booking had what announced: `['confirmed BK-…', …]`. */
  summary(): string[] {
    return this.announced.map((a) => `${a.kind} ${a.booking.bookingId}`);
  }
}

/** Canonical academic year text of a start year: `2026` → `2026/27`. */
export const yearText = (startYear: number) => formatAcademicYear({ startYear });
