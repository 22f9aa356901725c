import { describe, expect, it } from 'vitest';
import {
  assertCanMove,
  BOOKING_STATUSES,
  BookingStatusError,
  canMove,
} from '#domain/bookings/booking-status';

describe('booking statuses', () => {
  it.each([
    ['received', 'confirmed'],
    ['received', 'waitlisted'],
    ['received', 'rejected'],
    ['waitlisted', 'confirmed'],
    ['waitlisted', 'cancelled'],
    ['confirmed', 'cancelled'],
  ] as const)('lets a %s booking become %s', (from, to) => {
    expect(canMove(from, to)).toBe(true);
  });

  it('lets nothing follow a cancelled or rejected booking', () => {
    for (const to of BOOKING_STATUSES) {
      expect(canMove('cancelled', to)).toBe(false);
      expect(canMove('rejected', to)).toBe(false);
    }
  });

  it('refuses to cancel a rejected booking, naming both statuses', () => {
    // act
    const attempt = () => assertCanMove('rejected', 'cancelled');

    // assert
    expect(attempt).toThrow(BookingStatusError);
    expect(attempt).toThrow('a rejected booking cannot become cancelled');
  });

  it('does not confirm a booking straight from confirmed or back to received', () => {
    expect(canMove('confirmed', 'confirmed')).toBe(false);
    expect(canMove('confirmed', 'received')).toBe(false);
    expect(canMove('waitlisted', 'rejected')).toBe(false);
  });
});
