import { describe, expect, it } from 'vitest';
import type { Booking, BookingOf } from '#domain/bookings/booking';
import { BookingConflictError } from '#domain/bookings/booking-conflict-error';
import { BookingStatusError } from '#domain/bookings/booking-status';
import { cancelBooking } from '#domain/bookings/cancel-booking';
import { DeliveryRefusedError } from '#domain/bookings/days-balance';
import { lapseRemindersDue } from '#domain/bookings/lapse-reminders';
import { acceptPlaceOffer, lapsePlaceOffers, PlaceOfferError } from '#domain/bookings/place-offer-answers';
import type { EventsList, PriceList } from '#domain/bookings/price-list';
import { FREE_EVENTS_2026_27 } from '#domain/bookings/price-lists/free-events-2026-27';
import { PUBLISHED_PRICE_LISTS } from '#domain/bookings/price-lists/published-price-lists';
import { recordDelivery } from '#domain/bookings/record-delivery';
import { type BookingSubmission, takeBooking } from '#domain/bookings/take-booking';
import { InMemoryBookings, InMemoryPlaces, RecordingAnnouncer } from '../../../support/in-memory-bookings.ts';

const CARRY_BOTH = { families: ['school-improvement', 'statutory-assessment'] } as const;
const NOV_2026 = new Date('2026-11-23T10:00:05Z');

/** A small event so a waitlist is quick to reach: 3 places. */
const SMALL_EVENTS: EventsList = {
  ...FREE_EVENTS_2026_27,
  events: FREE_EVENTS_2026_27.events.map((e) =>
    e.code === 'assessment-leads-network-2027-03-04' ? { ...e, places: 3 } : e,
  ),
};
const LISTS: readonly PriceList[] = PUBLISHED_PRICE_LISTS.map((l) =>
  l.id === SMALL_EVENTS.id ? SMALL_EVENTS : l,
);

let counter = 0;
const nextId = () => {
  counter += 1;
  return `BK-${String(counter).padStart(10, '0')}`;
};

const submission = (
  order: Partial<BookingSubmission> = {},
  at = '2026-11-23T10:00:00Z',
): BookingSubmission => {
  const bookingId = nextId();
  return {
    kind: 'school-improvement',
    programme: 'governance-review',
    package: 'gold',
    days: 4,
    bookingId,
    submissionId: `00000000-0000-4000-8000-${bookingId.slice(3).padStart(12, '0')}`,
    termsAccepted: true,
    school: { urn: '999202', name: 'Example Academy', priceBand: 'essex-academy' },
    booker: { name: 'Alex Example', email: 'head@example-academy.example.org' },
    addVat: false,
    receivedAt: at,
    ...order,
  } as BookingSubmission;
};

const eventSubmission = (n: number, at = '2027-02-01T09:00:00Z') =>
  submission(
    {
      kind: 'event',
      event: 'assessment-leads-network-2027-03-04',
      delegates: [{ name: `Lead ${n}` }],
      school: {
        urn: `9993${String(n).padStart(2, '0')}`,
        name: `Example School ${n}`,
        priceBand: 'essex-maintained',
      },
      booker: { name: `Booker ${n}`, email: `booker${n}@example.org` },
    } as Partial<BookingSubmission>,
    at,
  );

const world = (now = NOV_2026) => {
  const bookings = new InMemoryBookings();
  const places = new InMemoryPlaces();
  const announcer = new RecordingAnnouncer();
  const deps = {
    bookings,
    schoolBookings: bookings,
    places,
    offers: places,
    announcer,
    priceLists: LISTS,
    carryForward: CARRY_BOTH,
    now,
  };
  return { bookings, places, announcer, deps, at: (when: Date) => ({ ...deps, now: when }) };
};

const take = (w: ReturnType<typeof world>, s: BookingSubmission, now?: Date) =>
  takeBooking(s, { correlationId: 'corr-1' }, now ? w.at(now) : w.deps);

describe('taking a booking', () => {
  it('prices, records and announces school-improvement days, naming the year and whose prices', async () => {
    // prepare
    const w = world();
    const s = submission();

    // act
    const booking = await take(w, s);

    // assert
    expect(booking).toMatchObject({
      kind: 'school-improvement',
      status: 'confirmed',
      academicYear: '2026/27',
      priceList: { id: 'school-effectiveness-2023-24', carriedForwardFrom: '2023/24' },
      price: { netPence: 234_000, vatPence: 46_800, totalPence: 280_800, vatTreatment: 'standard-rated' },
      confirmedAt: NOV_2026.toISOString(),
    });
    expect(w.bookings.writes).toBe(1);
    expect(w.announcer.summary()).toEqual([`confirmed ${s.bookingId}`]);
    expect(w.announcer.announced[0]!.context.correlationId).toBe('corr-1');
  });

  it('takes the same submission delivered twice once: one record, the first price, announced again for the mailer to de-duplicate', async () => {
    // prepare
    const w = world();
    const s = submission();
    const first = await take(w, s);

    // act
    const again = await takeBooking(
      s,
      { correlationId: 'corr-1' },
      { ...w.deps, priceLists: [], now: new Date('2026-11-24T08:00:00Z') },
    );

    // assert
    expect(again).toEqual(first);
    expect(w.bookings.writes).toBe(1);
    expect(w.announcer.summary()).toEqual([`confirmed ${s.bookingId}`, `confirmed ${s.bookingId}`]);
  });

  it('refuses another submission under a reference already taken, announcing nothing', async () => {
    // prepare
    const w = world();
    const s = submission();
    await take(w, s);

    // act
    const attempt = take(w, { ...s, submissionId: '99999999-9999-4999-8999-999999999999' });

    // assert
    await expect(attempt).rejects.toThrow(BookingConflictError);
    expect(w.announcer.announced).toHaveLength(1);
  });

  it('records a booking no price list covers as rejected, with the reason, and announces nothing', async () => {
    // prepare
    const w = world();

    // act
    const booking = await takeBooking(
      submission(),
      { correlationId: 'c' },
      { ...w.deps, carryForward: { families: [] } },
    );

    // assert
    expect(booking).toMatchObject({
      status: 'rejected',
      academicYear: '2026/27',
      rejection: {
        code: 'no-price-list',
        message: expect.stringContaining('none has been published for 2026/27'),
      },
      price: { totalPence: 0 },
    });
    expect(w.announcer.announced).toEqual([]);
  });

  it('rejects the statutory assessment subscription for an academy: not offered to its band', async () => {
    // prepare
    const w = world();

    // act
    const booking = await take(
      w,
      submission({ kind: 'statutory-assessment-subscription' } as Partial<BookingSubmission>),
    );

    // assert
    expect(booking).toMatchObject({ status: 'rejected', rejection: { code: 'not-offered' } });
  });

  it('makes sessions free once the school holds the year’s subscription, and refuses a second subscription', async () => {
    // prepare
    const w = world();
    const maintained = {
      urn: '999101',
      name: 'Example Primary School',
      priceBand: 'essex-maintained',
    } as const;
    const subscription = await take(
      w,
      submission({
        kind: 'statutory-assessment-subscription',
        school: maintained,
      } as Partial<BookingSubmission>),
    );

    // act
    const session = await take(
      w,
      submission({
        kind: 'statutory-assessment-session',
        session: 'phonics-screening-check',
        delegates: [{ name: 'A' }, { name: 'B' }],
        school: maintained,
      } as Partial<BookingSubmission>),
    );
    const second = await take(
      w,
      submission({
        kind: 'statutory-assessment-subscription',
        school: maintained,
      } as Partial<BookingSubmission>),
    );

    // assert
    expect(subscription).toMatchObject({ status: 'confirmed', price: { totalPence: 31_500 } });
    expect(session).toMatchObject({ status: 'confirmed', price: { totalPence: 0 } });
    expect(second).toMatchObject({ status: 'rejected', rejection: { code: 'already-subscribed' } });
  });

  it('counts the school’s earlier days that year: Silver after 3 Bronze days is 2 days at £585', async () => {
    // prepare
    const w = world();
    await take(w, submission({ package: 'pay-as-you-go', days: 3 }));

    // act
    const silver = await take(w, submission({ package: 'silver', days: 2 }));

    // assert
    expect(silver.price.netPence).toBe(117_000);
  });

  it('gives the early bird to a booking received at 23:30 BST on 19 October 2023, not to one at 00:30 BST on the 20th', async () => {
    // prepare
    const w = world(new Date('2023-10-20T08:00:00Z'));

    // act
    const inTime = await take(w, submission({}, '2023-10-19T22:30:00Z'));
    const late = await take(w, submission({}, '2023-10-19T23:30:00Z'));

    // assert
    expect(inTime.price.discountPence).toBe(11_700);
    expect(late.price.discountPence).toBe(0);
    expect(inTime.academicYear).toBe('2023/24');
    expect(inTime.priceList?.carriedForwardFrom).toBeUndefined();
  });

  it('confirms an event’s places in order and waitlists the rest, with their places in the queue', async () => {
    // prepare
    const w = world(new Date('2027-02-01T09:00:05Z'));

    // act
    const taken = [];
    for (let n = 1; n <= 5; n++) taken.push(await take(w, eventSubmission(n, `2027-02-01T09:00:0${n}Z`)));

    // assert
    expect(taken.map((b) => b.status)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
    ]);
    expect(await w.places.taken('assessment-leads-network-2027-03-04')).toBe(3);
    const waitlisted = w.announcer.announced.filter((a) => a.kind === 'waitlisted');
    expect(waitlisted.map((a) => (a.kind === 'waitlisted' ? a.context.position : 0))).toEqual([1, 2]);
  });
});

describe('cancelling and the waitlist', () => {
  const fullEvent = async () => {
    const w = world(new Date('2027-02-01T09:00:05Z'));
    const taken: Booking[] = [];
    for (let n = 1; n <= 5; n++) taken.push(await take(w, eventSubmission(n, `2027-02-01T09:00:0${n}Z`)));
    return { w, taken };
  };

  it('frees the place and offers it to the first on the waitlist, with a deadline, by announcement', async () => {
    // prepare
    const { w, taken } = await fullEvent();
    const now = new Date('2027-02-05T11:00:00Z');

    // act
    const cancelled = await cancelBooking(
      taken[0]!.bookingId,
      { reason: 'Lead on leave', by: 'school' },
      { correlationId: 'c2' },
      w.at(now),
    );

    // assert
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancellation: { by: 'school', reason: 'Lead on leave', charge: { totalPence: 0 } },
    });
    const offered = await w.bookings.get(taken[3]!.bookingId);
    expect(offered).toMatchObject({
      status: 'confirmed',
      placeOffer: { offeredAt: now.toISOString(), acceptBy: '2027-02-09' },
    });
    expect((await w.bookings.get(taken[4]!.bookingId))?.status).toBe('waitlisted');
    expect(await w.places.taken('assessment-leads-network-2027-03-04')).toBe(3);
    expect(w.announcer.summary().slice(-2)).toEqual([
      `cancelled ${taken[0]!.bookingId}`,
      `placeOffered ${taken[3]!.bookingId}`,
    ]);
  });

  it('offers the place to the next when the first does not accept in time', async () => {
    // prepare
    const { w, taken } = await fullEvent();
    await cancelBooking(
      taken[0]!.bookingId,
      { reason: 'Lead on leave', by: 'school' },
      { correlationId: 'c' },
      w.at(new Date('2027-02-05T11:00:00Z')),
    );

    // act
    const early = await lapsePlaceOffers(
      { correlationId: 'sweep', today: '2027-02-09' },
      w.at(new Date('2027-02-09T23:00:00Z')),
    );
    const lapsed = await lapsePlaceOffers(
      { correlationId: 'sweep', today: '2027-02-10' },
      w.at(new Date('2027-02-10T00:15:00Z')),
    );

    // assert
    expect(early).toEqual([]);
    expect(lapsed.map((b) => b.bookingId)).toEqual([taken[3]!.bookingId]);
    expect(lapsed[0]).toMatchObject({ status: 'cancelled', cancellation: { by: 'place-offer-lapsed' } });
    expect(await w.bookings.get(taken[4]!.bookingId)).toMatchObject({
      status: 'confirmed',
      placeOffer: { acceptBy: '2027-02-12' },
    });
    expect(w.announcer.summary().slice(-2)).toEqual([
      `cancelled ${taken[3]!.bookingId}`,
      `placeOffered ${taken[4]!.bookingId}`,
    ]);
  });

  it('keeps an accepted place through the lapse sweep, and refuses a late acceptance', async () => {
    // prepare
    const { w, taken } = await fullEvent();
    await cancelBooking(
      taken[0]!.bookingId,
      { reason: 'x', by: 'team' },
      { correlationId: 'c' },
      w.at(new Date('2027-02-05T11:00:00Z')),
    );
    const other = await fullEvent();
    await cancelBooking(
      other.taken[0]!.bookingId,
      { reason: 'x', by: 'team' },
      { correlationId: 'c' },
      other.w.at(new Date('2027-02-05T11:00:00Z')),
    );

    // act
    const accepted = await acceptPlaceOffer(taken[3]!.bookingId, w.at(new Date('2027-02-08T10:00:00Z')));
    const swept = await lapsePlaceOffers(
      { correlationId: 's', today: '2027-02-10' },
      w.at(new Date('2027-02-10T00:15:00Z')),
    );
    const late = acceptPlaceOffer(other.taken[3]!.bookingId, other.w.at(new Date('2027-02-10T00:01:00Z')));

    // assert
    expect(accepted.placeOffer?.acceptedAt).toBe('2027-02-08T10:00:00.000Z');
    expect(swept).toEqual([]);
    await expect(late).rejects.toThrow(PlaceOfferError);
  });

  it('takes a cancelled waitlisted booking off the waitlist, without a charge or an offer', async () => {
    // prepare
    const { w, taken } = await fullEvent();

    // act
    await cancelBooking(
      taken[3]!.bookingId,
      { reason: 'No longer needed', by: 'school' },
      { correlationId: 'c' },
      w.deps,
    );

    // assert
    expect((await w.places.waitlist('assessment-leads-network-2027-03-04')).map((e) => e.bookingId)).toEqual([
      taken[4]!.bookingId,
    ]);
    expect(w.announcer.summary().at(-1)).toBe(`cancelled ${taken[3]!.bookingId}`);
  });

  it('returns the same cancellation for a retry, and refuses to cancel a rejected booking', async () => {
    // prepare
    const w = world();
    const days = await take(w, submission());
    const rejected = await takeBooking(
      submission(),
      { correlationId: 'c' },
      { ...w.deps, carryForward: { families: [] } },
    );
    const first = await cancelBooking(
      days.bookingId,
      { reason: 'Budget', by: 'school' },
      { correlationId: 'c' },
      w.deps,
    );

    // act
    const retry = await cancelBooking(
      days.bookingId,
      { reason: 'Budget', by: 'school' },
      { correlationId: 'c' },
      w.deps,
    );
    const refused = cancelBooking(
      rejected.bookingId,
      { reason: 'x', by: 'school' },
      { correlationId: 'c' },
      w.deps,
    );

    // assert
    expect(retry).toEqual(first);
    await expect(refused).rejects.toThrow(BookingStatusError);
    expect(w.announcer.summary().filter((s) => s.startsWith('cancelled'))).toHaveLength(1);
  });

  it('charges a days booking by notice and gives the unused days back', async () => {
    // prepare
    const w = world();
    const days = await take(w, submission());
    await recordDelivery(
      days.bookingId,
      { date: '2026-11-30', days: 1 },
      w.at(new Date('2026-12-01T09:00:00Z')),
    );

    // act: 30 days after booking: 50% of the undelivered three days
    const cancelled = await cancelBooking(
      days.bookingId,
      { reason: 'Budget', by: 'school' },
      { correlationId: 'c' },
      w.at(new Date('2026-12-23T09:00:00Z')),
    );

    // assert
    expect(cancelled.cancellation?.charge).toMatchObject({
      chargePercent: 50,
      netPence: 146_250,
      vatPence: 29_250,
    });
    const announcement = w.announcer.announced.at(-1);
    expect(announcement?.kind === 'cancelled' && announcement.context.returnedDays).toBe(3);
  });
});

describe('recording deliveries', () => {
  it('draws the balance down and reports it', async () => {
    // prepare
    const w = world();
    const days = await take(w, submission());

    // act
    const result = await recordDelivery(
      days.bookingId,
      { date: '2026-11-30', days: 1.5, note: 'Governance review visit' },
      w.at(new Date('2026-12-01T09:00:00Z')),
    );

    // assert
    expect(result.recorded).toBe(true);
    expect(result.balance).toMatchObject({
      academicYear: '2026/27',
      bought: 4,
      delivered: 1.5,
      remaining: 2.5,
    });
    expect((result.booking as BookingOf<'school-improvement'>).deliveries).toEqual([
      {
        date: '2026-11-30',
        days: 1.5,
        note: 'Governance review visit',
        recordedAt: '2026-12-01T09:00:00.000Z',
      },
    ]);
  });

  it('records a repeated delivery once (an HTTP retry)', async () => {
    // prepare
    const w = world();
    const days = await take(w, submission());
    const delivery = { date: '2026-11-30', days: 1, note: 'Visit' } as const;
    await recordDelivery(days.bookingId, delivery, w.at(new Date('2026-12-01T09:00:00Z')));

    // act
    const again = await recordDelivery(days.bookingId, delivery, w.at(new Date('2026-12-01T09:00:03Z')));

    // assert
    expect(again.recorded).toBe(false);
    expect(again.balance.remaining).toBe(3);
  });

  it('refuses to go below zero', async () => {
    // prepare
    const w = world();
    const days = await take(w, submission({ package: 'silver', days: 2 }));

    // act
    const attempt = recordDelivery(
      days.bookingId,
      { date: '2026-11-30', days: 2.5 },
      w.at(new Date('2026-12-01T09:00:00Z')),
    );

    // assert
    await expect(attempt).rejects.toThrow(DeliveryRefusedError);
    expect((await w.bookings.get(days.bookingId)) as BookingOf<'school-improvement'>).not.toHaveProperty(
      'deliveries',
    );
  });
});

describe('lapse reminders due', () => {
  it('names each school with days left from the reminder day, to its bookers, once each', async () => {
    // prepare
    const w = world();
    const a = await take(w, submission());
    await take(
      w,
      submission({
        package: 'silver',
        days: 2,
        booker: { name: 'Other', email: 'sbm@example-academy.example.org' },
      }),
    );
    const used = await take(
      w,
      submission({
        school: { urn: '999303', name: 'Example High', priceBand: 'outside-essex' },
        package: 'pay-as-you-go',
        days: 1,
      }),
    );
    await recordDelivery(
      used.bookingId,
      { date: '2027-01-10', days: 1 },
      w.at(new Date('2027-01-11T09:00:00Z')),
    );
    const all = await w.bookings.inYear('2026/27');

    // act
    const before = lapseRemindersDue({ startYear: 2026 }, all, '2027-07-19');
    const due = lapseRemindersDue({ startYear: 2026 }, all, '2027-07-20');

    // assert
    expect(before).toEqual([]);
    expect(due).toEqual([
      {
        school: { urn: '999202', name: 'Example Academy' },
        balance: expect.objectContaining({ remaining: 6, lapsesAfter: '2027-08-31' }),
        to: [a.booker.email, 'sbm@example-academy.example.org'],
        priceListId: 'school-effectiveness-2023-24',
      },
    ]);
  });
});
