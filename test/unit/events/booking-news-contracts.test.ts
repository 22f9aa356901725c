import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookingEmails } from '#domain/bookings/booking-emails';
import { PUBLISHED_PRICE_LISTS } from '#domain/bookings/price-lists/published-price-lists';
import { type BookingSubmission, takeBooking } from '#domain/bookings/take-booking';
import { BookingCancelledEvent } from '#events/booking-cancelled';
import { BookingConfirmedEvent } from '#events/booking-confirmed';
import { BookingRecordSchema } from '#events/booking-record';
import { BookingRequestSchema } from '#events/booking-request';
import { BookingSubmittedEvent } from '#events/booking-submitted';
import { BookingWaitlistedEvent } from '#events/booking-waitlisted';
import { envelope } from '#events/envelope';
import { PlaceOfferedEvent } from '#events/place-offered';
import { InMemoryBookings, InMemoryPlaces, RecordingAnnouncer } from '../../support/in-memory-bookings.ts';

/*
 * A producer must never publish what its consumer rejects: for forms of every kind the API
 * accepts, the booking processor's record (GET /bookings answers it) and every event it announces
 * parse with the consumers' contract schemas, and the emails they send render.
 */

const codesOf = (family: string) =>
  PUBLISHED_PRICE_LISTS.flatMap((l) =>
    l.family === family
      ? l.family === 'events'
        ? l.events.map((e) => e.code)
        : l.family === 'statutory-assessment'
          ? [...l.sessions.map((s) => s.code), ...l.moderation.courses.map((c) => c.code)]
          : l.programmes.map((p) => p.code)
      : [],
  );

const text = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: max });
const delegates = (max: number) => fc.array(fc.record({ name: text(30) }), { minLength: 1, maxLength: max });

const order = fc.oneof(
  fc.record({
    programme: fc.constantFrom(...codesOf('school-improvement')),
    package: fc.constantFrom('pay-as-you-go', 'silver', 'gold'),
    days: fc.integer({ min: 1, max: 16 }).map((h) => h / 2),
  }),
  fc.constant({ kind: 'statutory-assessment-subscription' }),
  fc.record({
    kind: fc.constant('statutory-assessment-session'),
    session: fc.constantFrom(...codesOf('statutory-assessment')),
    delegates: delegates(6),
  }),
  fc.record({
    kind: fc.constant('moderation-training'),
    course: fc.constantFrom(...codesOf('statutory-assessment')),
    delegates: delegates(30),
  }),
  fc.record({
    kind: fc.constant('event'),
    event: fc.constantFrom(...codesOf('events')),
    delegates: delegates(1),
    themes: fc.array(text(40), { maxLength: 3 }),
  }),
);

const form = fc.record({
  order,
  booker: text(40),
  purchaseOrderNumber: fc.option(text(20), { nil: undefined }),
  addVat: fc.boolean(),
  priceBand: fc.constantFrom('essex-maintained', 'essex-academy', 'outside-essex'),
  // From the 2021/22 statutory assessment list to after the 2026/27 events.
  receivedAt: fc.date({
    min: new Date('2021-09-01T00:00:00Z'),
    max: new Date('2027-08-31T23:00:00Z'),
    noInvalidDate: true,
  }),
});

describe('the booking processor’s output honours its consumers’ contracts', () => {
  it('for every kind of accepted form: the record, each announced event and its emails', async () => {
    await fc.assert(
      fc.asyncProperty(form, async (f) => {
        const parsed = BookingRequestSchema.safeParse({
          submissionId: '3f0a9c52-6a1e-4b8f-9d2c-1e5f7a8b9c0d',
          termsAccepted: true,
          school: { urn: '999123', name: 'Example Park Primary School' },
          booker: { name: f.booker, email: 'jo.bloggs@example-park-primary-school.example.org' },
          ...(f.purchaseOrderNumber && { purchaseOrderNumber: f.purchaseOrderNumber }),
          addVat: f.addVat,
          ...f.order,
        });
        fc.pre(parsed.success);
        const request = parsed.data!;
        const submission = {
          ...request,
          kind: request.kind ?? 'school-improvement',
          school: { urn: '999123', name: 'Example Park Primary School', priceBand: f.priceBand },
          bookingId: 'BK-7K3M9Q2XHD',
          receivedAt: f.receivedAt.toISOString(),
        } as BookingSubmission;
        // What the API queues, the processor reads.
        expect(
          BookingSubmittedEvent.schema.safeParse(
            envelope(BookingSubmittedEvent, submission, {
              eventId: crypto.randomUUID(),
              occurredAt: f.receivedAt,
              correlationId: 'c',
            }),
          ).success,
        ).toBe(true);

        const bookings = new InMemoryBookings();
        const announcer = new RecordingAnnouncer();
        const booking = await takeBooking(
          submission,
          { correlationId: 'c' },
          {
            bookings,
            schoolBookings: bookings,
            places: new InMemoryPlaces(),
            announcer,
            priceLists: PUBLISHED_PRICE_LISTS,
            carryForward: { families: ['school-improvement', 'statutory-assessment'] },
            now: new Date(f.receivedAt.getTime() + 2_000),
          },
        );

        const record = BookingRecordSchema.safeParse(booking);
        expect(record.error?.issues ?? []).toEqual([]);
        for (const a of announcer.announced) {
          const meta = { eventId: crypto.randomUUID(), occurredAt: a.context.occurredAt, correlationId: 'c' };
          const parsedEvent =
            a.kind === 'confirmed'
              ? BookingConfirmedEvent.schema.safeParse(envelope(BookingConfirmedEvent, a.booking, meta))
              : a.kind === 'waitlisted'
                ? BookingWaitlistedEvent.schema.safeParse(
                    envelope(
                      BookingWaitlistedEvent,
                      { booking: a.booking, position: a.context.position },
                      meta,
                    ),
                  )
                : a.kind === 'placeOffered'
                  ? PlaceOfferedEvent.schema.safeParse(
                      envelope(PlaceOfferedEvent, { booking: a.booking }, meta),
                    )
                  : BookingCancelledEvent.schema.safeParse(
                      envelope(
                        BookingCancelledEvent,
                        { booking: a.booking, returnedDays: a.context.returnedDays },
                        meta,
                      ),
                    );
          expect(parsedEvent.error?.issues ?? []).toEqual([]);
          const news =
            a.kind === 'waitlisted'
              ? ({ kind: 'waitlisted', booking: a.booking, position: a.context.position } as const)
              : ({ kind: 'confirmed', booking: a.booking } as const);
          for (const email of bookingEmails(news, {
            priceLists: PUBLISHED_PRICE_LISTS,
            teamMailbox: 'workforce.development@example.gov.uk',
          })) {
            expect(email.message.html).toContain('<html lang="en-GB">');
            expect(email.message.to.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
