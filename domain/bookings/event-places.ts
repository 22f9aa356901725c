/**
 * Places at free events: a booking takes one place while places are left; once the event is
 * full, bookings wait in order; when a place comes free it is offered to the first waiting, who
 * has until a deadline to accept before it goes to the next.
 */
import { compareDates, type IsoDate, minDate } from '#domain/shared/iso-date';
import { londonDateOf } from '#domain/shared/london-time';
import { addWorkingDays } from '#domain/shared/working-days';
import { bookingClosesOn } from './price-booking.ts';
import type { FreeEvent } from './price-list.ts';

/** What a new booking gets: a place, or a place on the waitlist. */
export type PlaceDecision = 'confirmed' | 'waitlisted';

/** A booking takes a place when fewer than the event's places are taken; otherwise it waits. */
export const placeDecision = (event: Pick<FreeEvent, 'places'>, placesTaken: number): PlaceDecision =>
  placesTaken < event.places ? 'confirmed' : 'waitlisted';

/** What the waitlist order reads of a booking. */
export interface WaitlistEntry {
  readonly bookingId: string;
  /** ISO instant it joined the waitlist. */
  readonly waitlistedAt: string;
}

/**
 * The waitlist in the order places are offered: first come, first served by the instant each
 * booking joined it; booking references break a tie so the order is always the same.
 */
export const waitlistOrder = <T extends WaitlistEntry>(entries: readonly T[]): T[] =>
  [...entries].sort(
    (a, b) =>
      new Date(a.waitlistedAt).getTime() - new Date(b.waitlistedAt).getTime() ||
      (a.bookingId < b.bookingId ? -1 : a.bookingId > b.bookingId ? 1 : 0),
  );

/**
 * The last London date to accept a place offered at `offeredAt`: `acceptWithinWorkingDays`
 * working days after the day it was offered, but no later than the day bookings for the event
 * close. Undefined when bookings have closed already: the place is not offered.
 */
export function placeOfferDeadline(
  event: FreeEvent,
  offeredAt: Date,
  acceptWithinWorkingDays: number,
): IsoDate | undefined {
  const offeredOn = londonDateOf(offeredAt);
  const closes = bookingClosesOn(event);
  if (compareDates(offeredOn, closes) > 0) return undefined;
  return minDate(addWorkingDays(offeredOn, acceptWithinWorkingDays), closes);
}

/** Whether a place offer has lapsed at `now`: its last day to accept (London) has passed. */
export const placeOfferLapsed = (offer: { readonly acceptBy: IsoDate }, now: Date): boolean =>
  compareDates(londonDateOf(now), offer.acceptBy) > 0;
