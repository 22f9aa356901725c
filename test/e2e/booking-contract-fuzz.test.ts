import { DeleteMessageBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROGRAMMES } from '#events/booking-request';
import { BookingSubmittedEnvelopeSchema } from '#events/booking-submitted';
import { jsonString } from '#functions/commons/api-request';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';
import { standInClients, uniquePrefix } from '../support/aws-clients.ts';

/*
 * A 202 is a promise: the booking API (producer) must never queue a message the booking
 * processor (consumer) cannot read. Here the bookings queue has no consumer, so every message the
 * API queues stays there and is read back through the consumer's own message schema, for
 * fuzzed headers and bodies sent over HTTP through the local API.
 */

const endpoints = inject('standIns');
const { sqs } = standInClients(endpoints);
const { consumer: _processor, ...bookingsQueue } = systemWiring.queues.bookings;
const wiring: AnyWiring = { ...systemWiring, queues: { ...systemWiring.queues, bookings: bookingsQueue } };
/** What the consumer parses each record's body with (process-booking.ts). */
const ConsumerMessage = jsonString(BookingSubmittedEnvelopeSchema, 'message body');

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startLocalRuntime({
    wiring,
    standIns: endpoints,
    port: 0,
    prefix: uniquePrefix('fuzz'),
    clockStart: new Date('2026-11-23T10:00:00Z'),
    logLevel: 'SILENT',
  });
});
afterAll(() => runtime?.stop());

const takeQueued = async (): Promise<string[]> => {
  const url = runtime.resources.queues.bookings!.url;
  const bodies: string[] = [];
  for (;;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    if (Messages.length === 0) return bodies;
    bodies.push(...Messages.map((m) => m.Body!));
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: url,
        Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
      }),
    );
  }
};

// Header values as HTTP carries them: visible ASCII and spaces, empty included, up to 300 long.
const headerValue = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 300,
  size: 'max',
});
// Text of every kind (any code point, graphemes, whitespace), mostly within the form's caps and
// sometimes past them; the generators lean towards forms the API accepts, so that the property
// is exercised by many accepted bookings, not only by refusals.
const text = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: max, size: 'max' }) },
    { weight: 1, arbitrary: fc.string({ maxLength: max + 20, size: 'max' }) },
  );
// Addresses as schools use them (fast-check's RFC 5322 addresses are mostly ones the form refuses).
const workEmail = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]([a-z0-9._+-]{0,30}[a-z0-9])?$/),
    fc.constantFrom('example.org', 'example-park-primary-school.example.org', 'example-academy.example.org'),
  )
  .map(([local, domain]) => `${local}@${domain}`);
const packageAndDays: fc.Arbitrary<readonly [string, number]> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom<readonly [string, number]>(
      ['pay-as-you-go', 0.5],
      ['pay-as-you-go', 3],
      ['silver', 2],
      ['gold', 4],
      ['gold', 12.5],
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom('pay-as-you-go', 'silver', 'gold', 'platinum'),
      fc.double({ min: -1, max: 50 }),
    ),
  },
);
const bookingForm = fc
  .record(
    {
      submissionId: fc.uuid({ version: 4 }),
      termsAccepted: fc.oneof(
        { weight: 9, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      school: fc.record(
        // open schools in the sample directory, a closed one, and one it does not have
        { urn: fc.constantFrom('999123', '999001', '999002', '999032', '000000'), name: text(200) },
        { requiredKeys: ['urn'] },
      ),
      booker: fc.record(
        {
          name: text(120),
          email: fc.oneof(
            { weight: 8, arbitrary: workEmail },
            { weight: 1, arbitrary: fc.emailAddress() },
            { weight: 1, arbitrary: text(40) },
          ),
          phone: text(30),
        },
        { requiredKeys: ['name', 'email'] },
      ),
      programme: fc.constantFrom(...Object.keys(PROGRAMMES), 'not-a-programme'),
      packageAndDays,
      purchaseOrderNumber: text(50),
      addVat: fc.boolean(),
    },
    {
      requiredKeys: [
        'submissionId',
        'termsAccepted',
        'school',
        'booker',
        'programme',
        'packageAndDays',
        'addVat',
      ],
    },
  )
  .map(({ packageAndDays: [pkg, days], ...form }) => ({ ...form, package: pkg, days }));

describe('the booking API never queues what the booking processor cannot read', () => {
  it('every 202 leaves exactly one message, and the consumer’s schema reads it, whatever the headers and body', async () => {
    let accepted = 0;
    // A repeated submissionId is answered from the first acceptance and queues nothing more.
    const acceptedSubmissions = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.option(headerValue, { nil: undefined }),
        fc.oneof({ weight: 4, arbitrary: bookingForm }, { weight: 1, arbitrary: fc.jsonValue() }),
        async (correlationId, body) => {
          const response = await fetch(`${runtime.apiUrl}/bookings`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(correlationId === undefined ? {} : { 'x-correlation-id': correlationId }),
            },
            body: JSON.stringify(body),
          });
          const queued = await takeQueued();

          expect(response.status).toBeLessThan(500);
          if (response.status !== 202) {
            expect(queued).toEqual([]);
            return;
          }
          const submissionId = (body as { submissionId: string }).submissionId;
          if (acceptedSubmissions.has(submissionId)) {
            expect(queued).toEqual([]);
            return;
          }
          acceptedSubmissions.add(submissionId);
          accepted++;
          expect(queued).toHaveLength(1);
          const parsed = ConsumerMessage.safeParse(queued[0]);
          expect(parsed.error?.issues ?? []).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
    // The property says something only if bookings were accepted along the way.
    expect(accepted).toBeGreaterThan(10);
  }, 120_000);
});
