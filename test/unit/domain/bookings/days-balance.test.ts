import { describe, expect, it } from 'vitest';
import {
  checkDelivery,
  type DaysBooking,
  DeliveryRefusedError,
  daysBalance,
  lapseReminderDue,
  lapseReminderOn,
  remainingDaysOf,
} from '#domain/bookings/days-balance';

const Y2026 = { startYear: 2026 };

const booking = (over: Partial<DaysBooking> = {}): DaysBooking => ({
  bookingId: 'BK-AAAAAAAAA1',
  academicYear: '2026/27',
  status: 'confirmed',
  days: 4,
  deliveries: [],
  ...over,
});

describe('days as a balance per school per academic year', () => {
  it('adds up the confirmed days of the year, less what has been delivered', () => {
    // prepare
    const bookings = [
      booking({ days: 4, deliveries: [{ days: 1 }, { days: 0.5 }] }),
      booking({ bookingId: 'BK-AAAAAAAAA2', days: 2 }),
    ];

    // act
    const balance = daysBalance(Y2026, bookings);

    // assert
    expect(balance).toEqual({
      academicYear: '2026/27',
      bought: 6,
      delivered: 1.5,
      remaining: 4.5,
      lapsesAfter: '2027-08-31',
      reminderOn: '2027-07-20',
    });
  });

  it('counts only that year: other years’ days neither add nor carry over', () => {
    // prepare
    const bookings = [booking(), booking({ bookingId: 'BK-AAAAAAAAA2', academicYear: '2025/26', days: 10 })];

    // act
    const balance = daysBalance(Y2026, bookings);

    // assert
    expect(balance.bought).toBe(4);
  });

  it('reads a year written the 2023-24 way too', () => {
    // act
    const balance = daysBalance({ startYear: 2023 }, [booking({ academicYear: '2023-24' })]);

    // assert
    expect(balance.bought).toBe(4);
  });

  it('gives back a cancelled booking’s unused days, keeping what it had used', () => {
    // prepare
    const bookings = [
      booking({ status: 'cancelled', days: 4, deliveries: [{ days: 1 }] }),
      booking({ bookingId: 'BK-AAAAAAAAA2', days: 2 }),
    ];

    // act
    const balance = daysBalance(Y2026, bookings);

    // assert
    expect(balance).toMatchObject({ bought: 3, delivered: 1, remaining: 2 });
  });

  it('ignores rejected and waitlisted bookings', () => {
    // act
    const balance = daysBalance(Y2026, [booking({ status: 'rejected' }), booking({ status: 'waitlisted' })]);

    // assert
    expect(balance).toMatchObject({ bought: 0, remaining: 0 });
  });

  it('reminds six weeks before the days lapse, on the last working day when that is a weekend', () => {
    // act
    const in2027 = lapseReminderOn({ startYear: 2026 });
    const in2024 = lapseReminderOn({ startYear: 2023 });

    // assert
    expect(in2027).toBe('2027-07-20'); // Tuesday
    expect(in2024).toBe('2024-07-19'); // 20 July 2024 is a Saturday
  });
});

describe('drawing days down', () => {
  it('accepts a delivery within the year, up to the days left', () => {
    // act
    const attempt = () =>
      checkDelivery(booking({ deliveries: [{ days: 3 }] }), { date: '2027-01-12', days: 1 }, '2027-01-13');

    // assert
    expect(attempt).not.toThrow();
  });

  it('refuses to go below zero, saying how many days are left', () => {
    // act
    const attempt = () =>
      checkDelivery(booking({ deliveries: [{ days: 3.5 }] }), { date: '2027-01-12', days: 1 }, '2027-01-13');

    // assert
    expect(attempt).toThrow(DeliveryRefusedError);
    expect(attempt).toThrow(
      expect.objectContaining({
        field: 'days',
        message: 'booking BK-AAAAAAAAA1 has 0.5 days left: 1 cannot be drawn',
      }),
    );
  });

  it.each([
    ['2027-09-01', 'date', /outside it/],
    ['2026-08-31', 'date', /outside it/],
  ])('refuses a delivery dated %s, outside the academic year', (date, field, message) => {
    // act
    const attempt = () => checkDelivery(booking(), { date: date as '2027-09-01', days: 1 }, '2027-09-02');

    // assert
    expect(attempt).toThrow(expect.objectContaining({ field, message: expect.stringMatching(message) }));
  });

  it('refuses a delivery dated in the future', () => {
    // act
    const attempt = () => checkDelivery(booking(), { date: '2027-01-14', days: 1 }, '2027-01-13');

    // assert
    expect(attempt).toThrow(
      expect.objectContaining({ field: 'date', message: expect.stringContaining('in the future') }),
    );
  });

  it.each([0, -1, 0.3])('refuses %s days', (days) => {
    // act
    const attempt = () => checkDelivery(booking(), { date: '2027-01-12', days }, '2027-01-13');

    // assert
    expect(attempt).toThrow(expect.objectContaining({ field: 'days' }));
  });

  it('refuses to draw on a cancelled booking', () => {
    // act
    const attempt = () =>
      checkDelivery(booking({ status: 'cancelled' }), { date: '2027-01-12', days: 1 }, '2027-01-13');

    // assert
    expect(attempt).toThrow(expect.objectContaining({ field: 'bookingId' }));
    expect(remainingDaysOf(booking({ status: 'cancelled' }))).toBe(0);
  });
});

describe('the lapse reminder', () => {
  const withDaysLeft = daysBalance(Y2026, [booking({ deliveries: [{ days: 2 }] })]);

  it.each([
    ['2027-07-19', false],
    ['2027-07-20', true],
    ['2027-08-31', true],
    ['2027-09-01', false],
  ])('on %s is due: %s', (today, due) => {
    // act
    const result = lapseReminderDue(withDaysLeft, today as '2027-07-20');

    // assert
    expect(result).toBe(due);
  });

  it('is not due when every day has been used', () => {
    // act
    const result = lapseReminderDue(
      daysBalance(Y2026, [booking({ deliveries: [{ days: 4 }] })]),
      '2027-07-20',
    );

    // assert
    expect(result).toBe(false);
  });
});
