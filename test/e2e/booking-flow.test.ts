import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readInbox, waitForEmails } from '#local/inbox';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import { systemWiring } from '#wiring/system';
import { eventually, standInClients, uniquePrefix } from '../support/aws-clients.ts';
import { aBookingRequest } from '../support/booking-request.ts';

const endpoints = inject('standIns');
let runtime: LocalRuntime;

beforeAll(async () => {
  runtime = await startLocalRuntime({
    standIns: endpoints,
    port: 0,
    prefix: uniquePrefix('e2e'),
    clockStart: new Date('2026-11-22T12:00:00Z'),
    logLevel: 'SILENT',
  });
});
afterAll(() => runtime?.stop());

const post = (path: string, body: unknown) =>
  fetch(`${runtime.apiUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const emailsTo = async (address: string) =>
  (await readInbox(runtime.inboxUrl)).filter((e) => e.destination.to.includes(address));

describe('a booking, end to end through the local runtime', () => {
  it('answers 202 with a reference, records the booking and emails its confirmation', async () => {
    const request = aBookingRequest({ package: 'gold', days: 4, addVat: true, purchaseOrderNumber: 'PO-77' });

    const response = await post('/bookings', request);
    const accepted = (await response.json()) as { bookingId: string; status: string };

    expect(response.status).toBe(202);
    expect(accepted).toEqual({ bookingId: expect.stringMatching(/^BK-[0-9A-Z]{10}$/), status: 'received' });
    const [email] = (
      await waitForEmails(runtime.inboxUrl, (all) =>
        all.some((e) => e.destination.to.includes(request.booker.email)),
      )
    ).filter((e) => e.destination.to.includes(request.booker.email));
    expect(email!.subject).toBe(`Booking confirmed: Governance Review (${accepted.bookingId})`);
    // An Essex maintained school: the cost is an internal recharge, so no VAT whatever the form says.
    expect(email!.body.text).toContain('Total: £2,340.00');
    expect(email!.body.html).toContain('PO-77');

    const stored = await fetch(`${runtime.apiUrl}/bookings/${accepted.bookingId}`);
    expect(stored.status).toBe(200);
    expect(await stored.json()).toMatchObject({
      bookingId: accepted.bookingId,
      status: 'confirmed',
      school: request.school,
      kind: 'school-improvement',
      academicYear: '2026/27',
      price: { netPence: 234_000, vatPence: 0, totalPence: 234_000, vatTreatment: 'internal-recharge' },
    });
  });

  it('accepts a repeated submissionId once: same reference, one booking, one email', async () => {
    const request = aBookingRequest();

    const first = (await (await post('/bookings', request)).json()) as { bookingId: string };
    const second = await post('/bookings', request);
    const secondBody = (await second.json()) as { bookingId: string };
    await waitForEmails(runtime.inboxUrl, (all) =>
      all.some((e) => e.destination.to.includes(request.booker.email)),
    );
    // Give a duplicate, were there one, time to arrive through the queues.
    await new Promise((r) => setTimeout(r, 2_500));

    expect(second.status).toBe(202);
    expect(secondBody.bookingId).toBe(first.bookingId);
    expect(await emailsTo(request.booker.email)).toHaveLength(1);
  });

  it('refuses the same submissionId with different answers (409), leaving the first booking alone', async () => {
    const request = aBookingRequest();
    await post('/bookings', request);

    const changed = await post('/bookings', { ...request, days: 2, package: 'silver', addVat: false });

    expect(changed.status).toBe(409);
    expect(await changed.json()).toMatchObject({ error: 'Conflict' });
  });

  it('answers 400 naming every bad field, and queues nothing', async () => {
    const response = await post('/bookings', {
      ...aBookingRequest(),
      school: { urn: '12', name: 'X' },
      booker: { name: 'Jo', email: 'not-an-email' },
      days: 3,
      package: 'silver',
    });

    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toBe('ValidationError');
    expect(body.issues.map((i) => i.path).sort()).toEqual(['booker.email', 'days', 'school.urn']);
  });

  it('takes the school’s name and price band from the directory, not from the form', async () => {
    const request = aBookingRequest({ school: { urn: '999123', name: 'Typed By The Booker' } });

    const { bookingId } = (await (await post('/bookings', request)).json()) as { bookingId: string };
    const stored = await eventually(async () => {
      const response = await fetch(`${runtime.apiUrl}/bookings/${bookingId}`);
      return response.status === 200 ? ((await response.json()) as { school: object }) : undefined;
    });

    expect(stored.school).toEqual({
      urn: '999123',
      name: 'Example Park Primary School',
      priceBand: 'essex-maintained',
    });
  });

  it.each([
    ['a URN the directory does not have', '000000', 'not in the schools directory'],
    ['a closed school', '999032', 'which is closed'],
  ])('answers 400 naming school.urn for %s, and queues nothing', async (_, urn, reason) => {
    const response = await post('/bookings', aBookingRequest({ school: { urn } }));
    const body = (await response.json()) as { issues: { path: string; message: string }[] };

    expect(response.status).toBe(400);
    expect(body.issues).toEqual([{ path: 'school.urn', message: expect.stringContaining(reason) }]);
  });

  it('sends the confirmation to the school’s contacts, saying who booked, when the booker is unknown to the school', async () => {
    const stranger = `someone+${Date.now()}@elsewhere.example.com`;
    const request = aBookingRequest({ booker: { name: 'Pat Unknown', email: stranger } });

    await post('/bookings', request);
    const [email] = (
      await waitForEmails(runtime.inboxUrl, (all) =>
        all.some(
          (e) =>
            e.body.text?.includes(stranger) &&
            e.destination.to.includes('head@example-park-primary-school.example.org'),
        ),
      )
    ).filter((e) => e.body.text?.includes(stranger));

    expect(email!.destination.to.sort()).toEqual([
      'head@example-park-primary-school.example.org',
      'sbm@example-park-primary-school.example.org',
      'senco@example-park-primary-school.example.org',
    ]);
    expect(email!.body.text).toContain(`It was made by Pat Unknown (${stranger})`);
    expect(await emailsTo(stranger)).toEqual([]);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await post('/bookings', '{"submissionId":');

    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe('(body)');
  });

  it('answers 404 for a booking that does not exist, 400 for a malformed reference', async () => {
    expect((await fetch(`${runtime.apiUrl}/bookings/BK-0000000000`)).status).toBe(404);
    expect((await fetch(`${runtime.apiUrl}/bookings/nonsense`)).status).toBe(400);
  });

  it('answers a route that does not exist as API Gateway (REST) does: 403 Missing Authentication Token', async () => {
    const response = await fetch(`${runtime.apiUrl}/no-such-route`);

    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ message: 'Missing Authentication Token' });
  });

  it('creates each queue with the visibility timeout and redrive the wiring declares', async () => {
    const { sqs } = standInClients(endpoints);
    for (const [name, spec] of Object.entries(systemWiring.queues)) {
      const queue = runtime.resources.queues[name]!;
      const { Attributes } = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: queue.url,
          AttributeNames: ['VisibilityTimeout', 'RedrivePolicy'],
        }),
      );
      expect(Number(Attributes!.VisibilityTimeout)).toBe(spec.visibilityTimeoutSeconds);
      expect(JSON.parse(Attributes!.RedrivePolicy!)).toEqual({
        deadLetterTargetArn: queue.dlqArn,
        maxReceiveCount: spec.maxReceiveCount,
      });
    }
    expect(Object.keys(runtime.resources.queues).sort()).toEqual(Object.keys(systemWiring.queues).sort());
    expect(Object.keys(runtime.resources.tables).sort()).toEqual(Object.keys(systemWiring.tables).sort());
  });

  it('serves its API description at GET /openapi.json', async () => {
    const response = await fetch(`${runtime.apiUrl}/openapi.json`);
    const document = (await response.json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: object;
    };

    expect(response.status).toBe(200);
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: runtime.apiUrl }]);
    expect(Object.keys(document.paths)).toContain('/bookings');
  });

  it('moves the virtual clock forward only, answering with what fired', async () => {
    const forward = await post('/local/clock', { now: '2026-11-23T07:00:00Z' });
    const backward = await post('/local/clock', { now: '2026-11-01T00:00:00Z' });
    const invalid = await post('/local/clock', { now: 'Monday' });

    expect(forward.status).toBe(200);
    // On the way: the daily place-offer sweep (00:10 London); at 07:00 on Monday 23 November 2026
    // (GMT) the daily EHCP reminders and the Monday email. The booking lapse reminders (08:00) are not yet due.
    expect(await forward.json()).toEqual({
      now: '2026-11-23T07:00:00.000Z',
      fired: [
        { scheduleId: 'PlaceOfferLapseSweep', scheduledTime: '2026-11-23T00:10:00.000Z' },
        { scheduleId: 'EhcpDailyReminders', scheduledTime: '2026-11-23T07:00:00.000Z' },
        { scheduleId: 'SendMondayEdition', scheduledTime: '2026-11-23T07:00:00.000Z' },
      ],
    });
    expect(backward.status).toBe(409);
    expect(invalid.status).toBe(400);
  });
});

describe('the booking API at its edge: a clear 4xx or a confirmed booking, never a 202 that is lost', () => {
  const postRaw = (body: string, headers: Record<string, string>) =>
    fetch(`${runtime.apiUrl}/bookings`, { method: 'POST', headers, body });
  const recorded = (bookingId: string) =>
    eventually(
      async () => {
        const response = await fetch(`${runtime.apiUrl}/bookings/${bookingId}`);
        return response.status === 200 ? ((await response.json()) as { status: string }) : undefined;
      },
      15_000,
      `booking ${bookingId} recorded`,
    );

  it.each([
    ['a 200-character x-correlation-id', 'c'.repeat(200)],
    ['an empty x-correlation-id', ''],
  ])('confirms a booking sent with %s', async (_, correlationId) => {
    const response = await postRaw(JSON.stringify(aBookingRequest()), {
      'content-type': 'application/json',
      'x-correlation-id': correlationId,
    });
    const { bookingId } = (await response.json()) as { bookingId: string };

    expect(response.status).toBe(202);
    expect(await recorded(bookingId)).toMatchObject({ status: 'confirmed' });
  });

  it.each([
    [
      'a 300 KB email address',
      413,
      JSON.stringify(
        aBookingRequest({ booker: { name: 'Jo', email: `${'a'.repeat(300_000)}@example.org` } }),
      ),
      'application/json',
    ],
    [
      'a 1 MB body',
      413,
      JSON.stringify({ ...aBookingRequest(), padding: 'x'.repeat(1_000_000) }),
      'application/json',
    ],
    ['a text/plain body', 415, JSON.stringify(aBookingRequest()), 'text/plain'],
    [
      'a 300-character email address',
      400,
      JSON.stringify(aBookingRequest({ booker: { name: 'Jo', email: `${'a'.repeat(290)}@example.org` } })),
      'application/json',
    ],
  ])('refuses %s with %i, saying why', async (_, status, body, contentType) => {
    const response = await postRaw(body, { 'content-type': contentType });

    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error: expect.any(String) });
  });

  it('leaves nothing parked in any dead-letter queue', async () => {
    const { sqs } = standInClients(endpoints);
    for (const queue of Object.values(runtime.resources.queues)) {
      const { Attributes } = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: queue.dlqUrl,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      expect(
        Number(Attributes!.ApproximateNumberOfMessages) +
          Number(Attributes!.ApproximateNumberOfMessagesNotVisible),
      ).toBe(0);
    }
  });
});
