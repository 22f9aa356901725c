import { describe, expect, it } from 'vitest';
import type { Booking } from '#domain/bookings/booking';
import { schoolAccountOf } from '#domain/bookings/school-account';

const base = {
  submissionId: '5a1f0c3e-8d2b-4e6a-9f70-1b2c3d4e5f60',
  termsAccepted: true,
  school: { urn: '999202', name: 'Example Academy' },
  booker: { name: 'A', email: 'a@example.org' },
  addVat: false,
  price: { netPence: 0, discountPence: 0, vatPence: 0, totalPence: 0, lines: [] },
  receivedAt: '2026-11-02T10:00:00Z',
} as const;

const days = (
  bookingId: string,
  n: number,
  status: Booking['status'],
  academicYear = '2026/27',
): Booking => ({
  ...base,
  kind: 'school-improvement',
  programme: 'governance-review',
  package: 'pay-as-you-go',
  days: n,
  bookingId,
  status,
  academicYear,
});

const subscription = (status: Booking['status'], academicYear = '2026/27'): Booking => ({
  ...base,
  kind: 'statutory-assessment-subscription',
  bookingId: 'BK-SUB',
  status,
  academicYear,
});

describe('a school’s account for a year', () => {
  it('counts the days it bought and kept that year', () => {
    // act
    const account = schoolAccountOf('essex-academy', { startYear: 2026 }, [
      days('BK-1', 2, 'confirmed'),
      days('BK-2', 1.5, 'confirmed'),
      days('BK-3', 4, 'rejected'),
      days('BK-4', 4, 'confirmed', '2025/26'),
    ]);

    // assert
    expect(account).toEqual({ priceBand: 'essex-academy', daysAlreadyBought: 3.5, holdsSubscription: false });
  });

  it('holds the subscription only with a confirmed one for the same year', () => {
    // act
    const held = schoolAccountOf('essex-maintained', { startYear: 2026 }, [subscription('confirmed')]);
    const cancelled = schoolAccountOf('essex-maintained', { startYear: 2026 }, [subscription('cancelled')]);
    const lastYear = schoolAccountOf('essex-maintained', { startYear: 2026 }, [
      subscription('confirmed', '2025/26'),
    ]);

    // assert
    expect(held.holdsSubscription).toBe(true);
    expect(cancelled.holdsSubscription).toBe(false);
    expect(lastYear.holdsSubscription).toBe(false);
  });
});
