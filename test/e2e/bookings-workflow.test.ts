import { randomUUID } from 'node:crypto';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitlistOrder } from '#domain/bookings/event-places';
import { BookingSubmittedEvent } from '#events/booking-submitted';
import { envelope } from '#events/envelope';
import { toMessageBody } from '#events/message-body';
import { type InboxEmail, readInbox, waitForEmails } from '#local/inbox';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import { eventually, standInClients, uniquePrefix } from '../support/aws-clients.ts';

/*
 * The traded offer end to end on the local runtime (DynamoDB Local, fauxqs, the SES inbox): every
 * kind of booking through POST /bookings, places held exactly under 50 concurrent bookings, the
 * waitlist, cancellation, deliveries against the balance, and each email once.
 */

const endpoints = inject('standIns');
let runtime: LocalRuntime;

beforeAll(async () => {
  runtime = await startLocalRuntime({
    standIns: endpoints,
    port: 0,
    prefix: uniquePrefix('workflow'),
    clockStart: new Date('2026-11-23T10:00:00Z'),
    logLevel: 'SILENT',
  });
});
afterAll(() => runtime?.stop());

const ACADEMY = { urn: '999002', name: 'Example Academy' };
const MAINTAINED = { urn: '999123', name: 'Example Park Primary School' };
const NETWORK = 'assessment-leads-network-2027-03-04';

/** A booker on the school's own email domain (so the directory vouches for the address), unique per call. */
const booker = (school: typeof ACADEMY) => {
  const domain =
    school.urn === ACADEMY.urn ? 'example-academy.example.org' : 'example-park-primary-school.example.org';
  const tag = randomUUID().slice(0, 8);
  return { name: `Booker ${tag}`, email: `booker+${tag}@${domain}` };
};

const form = (school: typeof ACADEMY, order: Record<string, unknown>) => ({
  submissionId: randomUUID(),
  termsAccepted: true,
  school,
  booker: booker(school),
  addVat: false,
  ...order,
});

const post = (path: string, body: unknown) =>
  fetch(`${runtime.apiUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const get = async <T>(path: string) => {
  const response = await fetch(`${runtime.apiUrl}${path}`);
  return { status: response.status, body: (await response.json()) as T };
};

type Booking = {
  bookingId: string;
  status: string;
  kind: string;
  booker: { email: string };
  waitlistedAt?: string;
  placeOffer?: { acceptBy: string };
  [key: string]: unknown;
};

/** The booking once it is recorded (GET answers 202 until then). */
const recorded = (bookingId: string) =>
  eventually(
    async () => {
      const { status, body } = await get<Booking>(`/bookings/${bookingId}`);
      return status === 200 ? body : undefined;
    },
    20_000,
    `booking ${bookingId} recorded`,
  );

const submit = async (body: unknown) => {
  const response = await post('/bookings', body);
  const answer = (await response.json()) as { bookingId: string };
  expect(response.status).toBe(202);
  return answer.bookingId;
};

const mailTo = (emails: InboxEmail[], address: string) =>
  emails.filter((e) => e.destination.to.includes(address));

describe('every kind of booking through the API', () => {
  it('prices moderation training for an academy’s named staff and records kind, band, academic year and status', async () => {
    // prepare
    const request = form(ACADEMY, {
      kind: 'moderation-training',
      course: 'year-6-moderation-new',
      delegates: [{ name: 'A Teacher' }, { name: 'B Teacher' }, { name: 'C Teacher' }],
    });

    // act
    const bookingId = await submit(request);
    const booking = await recorded(bookingId);
    const emails = await waitForEmails(
      runtime.inboxUrl,
      (all) => mailTo(all, request.booker.email).length > 0,
    );

    // assert: Essex non-subscriber £60 + 2 × £15, exempt training
    expect(booking).toMatchObject({
      kind: 'moderation-training',
      school: { urn: '999002', name: 'Example Academy', priceBand: 'essex-academy' },
      academicYear: '2026/27',
      status: 'confirmed',
      price: { netPence: 9_000, vatPence: 0, totalPence: 9_000, vatTreatment: 'exempt' },
      priceList: { id: 'primary-statutory-assessment-2021-22', carriedForwardFrom: '2021/22' },
    });
    const [confirmation] = mailTo(emails, request.booker.email);
    expect(confirmation!.subject).toBe(
      `Booking confirmed: Year 6 moderation training: teachers new to moderation (${bookingId})`,
    );
    expect(confirmation!.body.text).toContain('- A Teacher\n- B Teacher\n- C Teacher');
    expect(confirmation!.body.text).toContain('Total: £90.00');
    expect(confirmation!.body.text).toContain(
      'carried forward to 2026/27 until the council publishes 2026/27 prices',
    );
    const team = await waitForEmails(runtime.inboxUrl, (all) =>
      all.some((e) => e.subject.includes(bookingId) && e.subject.startsWith('New booking')),
    );
    expect(
      team.find((e) => e.subject.includes(bookingId) && e.subject.startsWith('New booking'))!.destination.to,
    ).toEqual(['workforce.development@example.gov.uk']);
  });

  it.each([
    [
      'no delegates',
      { kind: 'moderation-training', course: 'year-6-moderation-new', delegates: [] },
      'delegates',
    ],
    [
      '500 delegates',
      {
        kind: 'moderation-training',
        course: 'year-6-moderation-new',
        delegates: Array.from({ length: 500 }, (_, i) => ({ name: `T${i}` })),
      },
      'delegates',
    ],
    ['no course', { kind: 'moderation-training', delegates: [{ name: 'A' }] }, 'course'],
    [
      'an event the list does not have',
      { kind: 'event', event: 'no-such-event', delegates: [{ name: 'A' }] },
      'event',
    ],
    ['an unknown kind', { kind: 'yoga' }, 'kind'],
    [
      'terms not confirmed',
      { kind: 'statutory-assessment-subscription', termsAccepted: false },
      'termsAccepted',
    ],
  ])('answers 400 naming the field for %s, and stores nothing', async (_, order, field) => {
    // act
    const response = await post('/bookings', form(MAINTAINED, order));
    const body = (await response.json()) as { issues: { path: string }[] };

    // assert
    expect(response.status).toBe(400);
    expect(body.issues.map((i) => i.path)).toContain(field);
  });

  it('answers 422 for a subscription not offered to an academy’s band, storing nothing', async () => {
    // prepare
    const before = await get<{ bookings: Booking[] }>(`/schools/${ACADEMY.urn}/bookings?year=2026/27`);

    // act
    const response = await post('/bookings', form(ACADEMY, { kind: 'statutory-assessment-subscription' }));
    const after = await get<{ bookings: Booking[] }>(`/schools/${ACADEMY.urn}/bookings?year=2026/27`);

    // assert
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: 'Unprocessable', field: 'kind' });
    expect(after.body.bookings).toHaveLength(before.body.bookings.length);
  });

  it('takes the same BookingSubmitted delivered twice by SQS once: one booking, one confirmation', async () => {
    // prepare
    const bookingId = `BK-${randomUUID()
      .replace(/[^0-9]/g, '')
      .slice(0, 10)
      .padEnd(10, '7')}`;
    const who = booker(MAINTAINED);
    const message = toMessageBody(
      envelope(
        BookingSubmittedEvent,
        {
          kind: 'school-improvement',
          submissionId: randomUUID(),
          termsAccepted: true,
          school: { ...MAINTAINED, priceBand: 'essex-maintained' },
          booker: who,
          confirmation: { to: [who.email], basis: 'booker' },
          programme: 'governance-review',
          package: 'silver',
          days: 2,
          addVat: false,
          bookingId,
          receivedAt: '2026-11-23T10:00:00.000Z',
        },
        {
          eventId: randomUUID(),
          occurredAt: new Date('2026-11-23T10:00:00Z'),
          correlationId: 'redelivery-test',
        },
      ),
    );
    const { sqs } = standInClients(endpoints);
    const queueUrl = runtime.resources.queues.bookings!.url;

    // act
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: message }));
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: message }));
    const booking = await recorded(bookingId);
    await waitForEmails(runtime.inboxUrl, (all) => mailTo(all, who.email).length > 0);
    await new Promise((r) => setTimeout(r, 2_500));

    // assert
    expect(booking).toMatchObject({ status: 'confirmed', price: { totalPence: 124_000 } });
    expect(mailTo(await readInbox(runtime.inboxUrl), who.email)).toHaveLength(1);
  });
});

describe('days as a balance', () => {
  it('draws deliveries down, refuses to go below zero, lists the school’s year and cancels with a charge', async () => {
    // prepare
    const request = form(MAINTAINED, { programme: 'governance-review', package: 'gold', days: 4 });
    const bookingId = await submit(request);
    await recorded(bookingId);

    // act
    const delivered = await post(`/bookings/${bookingId}/deliveries`, {
      date: '2026-11-20',
      days: 1.5,
      note: 'Visit one',
    });
    const again = await post(`/bookings/${bookingId}/deliveries`, {
      date: '2026-11-20',
      days: 1.5,
      note: 'Visit one',
    });
    const tooMany = await post(`/bookings/${bookingId}/deliveries`, { date: '2026-11-21', days: 3 });
    const listed = await get<{ academicYear: string; bookings: Booking[]; balance: { remaining: number } }>(
      `/schools/${MAINTAINED.urn}/bookings?year=2026/27`,
    );
    const cancelled = await post(`/bookings/${bookingId}/cancel`, { reason: 'Headteacher leaving' });

    // assert
    expect(delivered.status).toBe(201);
    expect(((await delivered.json()) as { balance: { remaining: number } }).balance).toMatchObject({
      academicYear: '2026/27',
      lapsesAfter: '2027-08-31',
    });
    expect(again.status).toBe(200);
    expect(tooMany.status).toBe(422);
    expect(await tooMany.json()).toMatchObject({
      field: 'days',
      message: expect.stringContaining('2.5 days left'),
    });
    expect(listed.body.academicYear).toBe('2026/27');
    expect(listed.body.bookings.map((b) => b.bookingId)).toContain(bookingId);
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancellation: { by: 'team', reason: 'Headteacher leaving', charge: { chargePercent: 0 } },
    });
    const emails = await waitForEmails(runtime.inboxUrl, (all) =>
      mailTo(all, request.booker.email).some((e) => e.subject.startsWith('Booking cancelled')),
    );
    const cancellation = mailTo(emails, request.booker.email).find((e) =>
      e.subject.startsWith('Booking cancelled'),
    )!;
    expect(cancellation.body.text).toContain('The 2.5 days not yet used have been taken off your balance.');
  });
});

describe('an event with 20 places and 50 bookings at once', () => {
  it('confirms exactly 20 and waitlists 30, one email each; a cancellation offers the place to the first waiting, then the next', async () => {
    // prepare
    const requests = Array.from({ length: 50 }, () =>
      form(MAINTAINED, { kind: 'event', event: NETWORK, delegates: [{ name: 'Assessment lead' }] }),
    );

    // act
    const ids = await Promise.all(requests.map((r) => submit(r)));
    const bookings = await Promise.all(ids.map((id) => recorded(id)));
    const emails = await waitForEmails(
      runtime.inboxUrl,
      (all) => requests.every((r) => mailTo(all, r.booker.email).length > 0),
      60_000,
    );
    await new Promise((r) => setTimeout(r, 2_000));

    // assert
    const confirmed = bookings.filter((b) => b.status === 'confirmed');
    const waitlisted = bookings.filter((b) => b.status === 'waitlisted');
    expect(confirmed).toHaveLength(20);
    expect(waitlisted).toHaveLength(30);
    const inbox = await readInbox(runtime.inboxUrl);
    for (const request of requests) expect(mailTo(inbox, request.booker.email)).toHaveLength(1);
    expect(
      emails.filter((e) => e.subject.startsWith('On the waitlist: Primary assessment leads network')),
    ).toHaveLength(30);

    // act: a place comes free
    const order = waitlistOrder(waitlisted.map((b) => ({ ...b, waitlistedAt: b.waitlistedAt! })));
    const [first, second] = [order[0]!, order[1]!];
    const cancel = await post(`/bookings/${confirmed[0]!.bookingId}/cancel`, { reason: 'Lead on leave' });
    const offered = await eventually(async () => {
      const b = (await get<Booking>(`/bookings/${first.bookingId}`)).body;
      return b.status === 'confirmed' ? b : undefined;
    });
    const offerEmail = (
      await waitForEmails(runtime.inboxUrl, (all) =>
        mailTo(all, first.booker.email).some((e) => e.subject.startsWith('A place is available')),
      )
    ).find(
      (e) => e.destination.to.includes(first.booker.email) && e.subject.startsWith('A place is available'),
    )!;

    // assert
    expect(cancel.status).toBe(200);
    expect(offered.placeOffer).toEqual({ offeredAt: '2026-11-23T10:00:00.000Z', acceptBy: '2026-11-25' });
    expect(offerEmail.subject).toContain('please accept by Wednesday 25 November 2026');
    expect((await get<Booking>(`/bookings/${second.bookingId}`)).body.status).toBe('waitlisted');

    // act: the first does not accept in time; the sweep after midnight offers the place to the next
    await runtime.advanceClock(new Date('2026-11-26T00:15:00Z'));
    const next = await eventually(async () => {
      const b = (await get<Booking>(`/bookings/${second.bookingId}`)).body;
      return b.status === 'confirmed' ? b : undefined;
    });

    // assert
    expect((await get<Booking>(`/bookings/${first.bookingId}`)).body).toMatchObject({
      status: 'cancelled',
      cancellation: { by: 'place-offer-lapsed' },
    });
    expect(next.placeOffer?.acceptBy).toBe('2026-11-30');
    await waitForEmails(runtime.inboxUrl, (all) =>
      mailTo(all, second.booker.email).some((e) => e.subject.startsWith('A place is available')),
    );
  }, 120_000);
});
