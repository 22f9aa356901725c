import { describe, expect, it } from 'vitest';
import type { Booking } from '#domain/bookings/booking';
import type { BookingAnnouncer } from '#domain/bookings/booking-announcer';
import { BookingConflictError } from '#domain/bookings/booking-conflict-error';
import type { BookingRepository } from '#domain/bookings/booking-repository';
import { type ConfirmBookingDeps, confirmBooking } from '#domain/bookings/confirm-booking';
import { NoPriceListError } from '#domain/bookings/price-list-in-force';
import { PUBLISHED_PRICE_LISTS } from '#domain/bookings/price-lists/published-price-lists';
import { SCHOOL_EFFECTIVENESS_2023_24 } from '#domain/bookings/price-lists/school-effectiveness-2023-24';
import type { BookingSubmitted } from '#events/booking-submitted';

/** In-memory BookingRepository: keeps the first booking stored under each id, as the table does. */
class InMemoryBookings implements BookingRepository {
  readonly stored = new Map<string, Booking>();
  writes = 0;

  async addOnce(booking: Booking) {
    const existing = this.stored.get(booking.bookingId);
    if (existing) return { booking: existing, created: false };
    this.stored.set(booking.bookingId, booking);
    this.writes += 1;
    return { booking, created: true };
  }

  async get(bookingId: string) {
    return this.stored.get(bookingId);
  }
}

/** BookingAnnouncer that remembers what it announced. */
class RecordingAnnouncer implements BookingAnnouncer {
  readonly announced: { booking: Booking; correlationId: string; occurredAt: Date }[] = [];

  async confirmed(booking: Booking, context: { correlationId: string; occurredAt: Date }) {
    this.announced.push({ booking, ...context });
  }
}

const submission = (
  data: Partial<BookingSubmitted['data']> = {},
  correlationId = 'NvS3ZgXbLPEEJmA=',
): BookingSubmitted => ({
  metadata: {
    eventId: '6f1c2a9e-3b4d-4e8f-9a7b-2c5d8e1f4a30',
    version: '1.0.0',
    occurredAt: '2023-11-06T10:15:00.000Z',
    correlationId,
  },
  data: {
    submissionId: '3f0a9c52-6a1e-4b8f-9d2c-1e5f7a8b9c0d',
    termsAccepted: true,
    school: { urn: '999123', name: 'Example Church of England Primary School' },
    booker: { name: 'Jo Bloggs', email: 'jo.bloggs@example.org' },
    programme: 'governance-review',
    package: 'silver',
    days: 2,
    addVat: false,
    bookingId: 'BK-7K3M9Q2XHD',
    receivedAt: '2023-11-06T10:15:00.000Z',
    ...data,
  },
});

const depsWith = (
  bookings: InMemoryBookings,
  announcer: RecordingAnnouncer,
  overrides: Partial<ConfirmBookingDeps> = {},
): ConfirmBookingDeps => ({
  bookings,
  announcer,
  priceLists: PUBLISHED_PRICE_LISTS,
  now: new Date('2023-11-06T10:15:02.000Z'),
  ...overrides,
});

describe('confirming a booking', () => {
  it('prices and stores a new booking once, then announces it with the correlation id, timed when it was confirmed', async () => {
    // prepare
    const bookings = new InMemoryBookings();
    const announcer = new RecordingAnnouncer();

    // act
    const booking = await confirmBooking(submission(), depsWith(bookings, announcer));

    // assert
    expect(booking).toMatchObject({
      bookingId: 'BK-7K3M9Q2XHD',
      submissionId: '3f0a9c52-6a1e-4b8f-9d2c-1e5f7a8b9c0d',
      kind: 'school-improvement',
      status: 'confirmed',
      academicYear: '2023/24',
      priceList: { id: 'school-effectiveness-2023-24', title: 'School Effectiveness offer 2023-24' },
      receivedAt: '2023-11-06T10:15:00.000Z',
      confirmedAt: '2023-11-06T10:15:02.000Z',
      price: { netPence: 124_000, discountPence: 0, vatPence: 0, totalPence: 124_000 },
    });
    expect(bookings.writes).toBe(1);
    expect(bookings.stored.get('BK-7K3M9Q2XHD')).toEqual(booking);
    expect(announcer.announced).toEqual([
      { booking, correlationId: 'NvS3ZgXbLPEEJmA=', occurredAt: new Date('2023-11-06T10:15:02.000Z') },
    ]);
  });

  it('keeps the first stored price when the same submission is delivered again, and announces again', async () => {
    // prepare
    const bookings = new InMemoryBookings();
    const announcer = new RecordingAnnouncer();
    const first = await confirmBooking(submission(), depsWith(bookings, announcer));
    const priceRise = {
      ...SCHOOL_EFFECTIVENESS_2023_24,
      packages: {
        ...SCHOOL_EFFECTIVENESS_2023_24.packages,
        silver: { name: 'Silver', days: 2, pricePence: 130_000 },
      },
    };

    // act
    const repeat = await confirmBooking(
      submission(),
      depsWith(bookings, announcer, { priceLists: [priceRise], now: new Date('2023-11-06T10:20:00.000Z') }),
    );

    // assert
    expect(repeat).toEqual(first);
    expect(repeat.price.totalPence).toBe(124_000);
    expect(bookings.writes).toBe(1);
    expect(announcer.announced.map((a) => a.booking)).toEqual([first, first]);
  });

  it('raises BookingConflictError and announces nothing when the booking id is taken by another submission', async () => {
    // prepare
    const bookings = new InMemoryBookings();
    const announcer = new RecordingAnnouncer();
    const other = await confirmBooking(
      submission({ submissionId: '9b2e7d41-0c3a-4f5e-8a6b-7c1d2e3f4a5b' }),
      depsWith(bookings, new RecordingAnnouncer()),
    );

    // act
    const attempt = confirmBooking(submission(), depsWith(bookings, announcer));

    // assert
    await expect(attempt).rejects.toThrow(BookingConflictError);
    await expect(attempt).rejects.toMatchObject({ name: 'BookingConflictError', bookingId: 'BK-7K3M9Q2XHD' });
    expect(announcer.announced).toEqual([]);
    expect(bookings.stored.get('BK-7K3M9Q2XHD')).toEqual(other);
  });

  it('prices on the UK date it was received: 23:30 UTC on 19 October 2023 is 20 October in BST, too late for early bird', async () => {
    // prepare
    const bookings = new InMemoryBookings();
    const late = submission({ package: 'gold', days: 4, receivedAt: '2023-10-19T23:30:00Z' });

    // act
    const booking = await confirmBooking(late, depsWith(bookings, new RecordingAnnouncer()));

    // assert
    expect(booking.price.discountPence).toBe(0);
    expect(booking.price.totalPence).toBe(234_000);
  });

  it('gives the early bird discount to a booking received at 22:30 UTC on 19 October 2023 (23:30 BST, still the 19th)', async () => {
    // prepare
    const bookings = new InMemoryBookings();
    const inTime = submission({ package: 'gold', days: 4, receivedAt: '2023-10-19T22:30:00Z' });

    // act
    const booking = await confirmBooking(inTime, depsWith(bookings, new RecordingAnnouncer()));

    // assert
    expect(booking.price.discountPence).toBe(11_700);
    expect(booking.price.totalPence).toBe(222_300);
  });
});

describe('confirming a booking against the price lists by academic year', () => {
  it('refuses a booking received on a date no price list covers, storing and announcing nothing', async () => {
    // prepare
    const bookings = new InMemoryBookings();
    const announcer = new RecordingAnnouncer();
    const late = submission({ receivedAt: '2026-11-23T10:00:00Z' });

    // act
    const attempt = confirmBooking(
      late,
      depsWith(bookings, announcer, { now: new Date('2026-11-23T10:00:02Z') }),
    );

    // assert
    await expect(attempt).rejects.toThrow(NoPriceListError);
    await expect(attempt).rejects.toThrow(/none has been published for 2026\/27/);
    expect(bookings.writes).toBe(0);
    expect(announcer.announced).toEqual([]);
  });

  it('names 2026/27 and the carried-forward list on a booking of November 2026 when carry-forward is on', async () => {
    // prepare
    const bookings = new InMemoryBookings();
    const late = submission({ receivedAt: '2026-11-23T10:00:00Z', package: 'gold', days: 4 });

    // act
    const booking = await confirmBooking(
      late,
      depsWith(bookings, new RecordingAnnouncer(), {
        carryForward: { families: ['school-improvement'] },
        now: new Date('2026-11-23T10:00:02Z'),
      }),
    );

    // assert
    expect(booking.academicYear).toBe('2026/27');
    expect(booking.priceList).toEqual({
      id: 'school-effectiveness-2023-24',
      title: 'School Effectiveness offer 2023-24',
      carriedForwardFrom: '2023/24',
    });
    expect(booking.price.totalPence).toBe(234_000);
  });

  it('counts the school’s other days that year towards "more than 4 days", but not the booking itself', async () => {
    // prepare
    const bookings = new InMemoryBookings();
    const earlier = await confirmBooking(
      submission({
        bookingId: 'BK-1111111111',
        submissionId: '11111111-1111-4111-8111-111111111111',
        package: 'pay-as-you-go',
        days: 3,
      }),
      depsWith(bookings, new RecordingAnnouncer()),
    );
    const schoolBookings = async () => [...bookings.stored.values()];

    // act
    const booking = await confirmBooking(
      submission(),
      depsWith(bookings, new RecordingAnnouncer(), { schoolBookings }),
    );

    // assert
    expect(earlier.price.totalPence).toBe(195_000);
    expect(booking.price.totalPence).toBe(117_000);
  });
});
