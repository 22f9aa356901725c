import { describe, expect, it } from 'vitest';
import {
  placeDecision,
  placeOfferDeadline,
  placeOfferLapsed,
  waitlistOrder,
} from '#domain/bookings/event-places';
import type { FreeEvent } from '#domain/bookings/price-list';

const event: FreeEvent = {
  code: 'network',
  title: 'Network meeting',
  date: '2027-03-04',
  starts: '13:30',
  ends: '15:30',
  place: { kind: 'online', platform: 'Microsoft Teams' },
  places: 20,
  asksForThemes: false,
};

describe('places at an event', () => {
  it.each([
    [0, 'confirmed'],
    [19, 'confirmed'],
    [20, 'waitlisted'],
    [25, 'waitlisted'],
  ])('with %i of 20 places taken, a booking is %s', (taken, decision) => {
    // act
    const result = placeDecision(event, taken);

    // assert
    expect(result).toBe(decision);
  });

  it('orders the waitlist by when each booking joined it, the reference breaking a tie', () => {
    // prepare
    const entries = [
      { bookingId: 'BK-CCCCCCCCCC', waitlistedAt: '2027-02-01T10:00:00.000Z' },
      { bookingId: 'BK-BBBBBBBBBB', waitlistedAt: '2027-02-01T09:00:00Z' },
      { bookingId: 'BK-AAAAAAAAAA', waitlistedAt: '2027-02-01T10:00:00Z' },
    ];

    // act
    const order = waitlistOrder(entries).map((e) => e.bookingId);

    // assert
    expect(order).toEqual(['BK-BBBBBBBBBB', 'BK-AAAAAAAAAA', 'BK-CCCCCCCCCC']);
  });

  it('holds an offered place for 2 working days after the London day it was offered', () => {
    // act: Friday 5 February 2027, 23:30 UTC is still Friday in London (GMT)
    const deadline = placeOfferDeadline(event, new Date('2027-02-05T23:30:00Z'), 2);

    // assert: Monday 8, Tuesday 9
    expect(deadline).toBe('2027-02-09');
  });

  it('never holds a place past the day bookings close', () => {
    // act
    const deadline = placeOfferDeadline(event, new Date('2027-03-02T09:00:00Z'), 2);

    // assert
    expect(deadline).toBe('2027-03-03');
  });

  it('offers no place once bookings have closed', () => {
    // act
    const deadline = placeOfferDeadline(event, new Date('2027-03-04T08:00:00Z'), 2);

    // assert
    expect(deadline).toBeUndefined();
  });

  it('lapses an offer after the end of its last London day, not before', () => {
    // prepare
    const offer = { acceptBy: '2027-02-09' as const };

    // act
    const lastMinute = placeOfferLapsed(offer, new Date('2027-02-09T23:59:00Z'));
    const nextDay = placeOfferLapsed(offer, new Date('2027-02-10T00:00:00Z'));

    // assert
    expect(lastMinute).toBe(false);
    expect(nextDay).toBe(true);
  });
});
