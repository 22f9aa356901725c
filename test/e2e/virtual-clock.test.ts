import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import { eventually, uniquePrefix } from '../support/aws-clients.ts';
import { aBookingRequest } from '../support/booking-request.ts';

const endpoints = inject('standIns');
let runtime: LocalRuntime;

beforeAll(async () => {
  runtime = await startLocalRuntime({
    standIns: endpoints,
    port: 0,
    prefix: uniquePrefix('clock'),
    // Thursday 19 October 2023, the last day before the 2023-24 early-bird cut-off.
    clockStart: new Date('2023-10-19T12:00:00+01:00'),
    logLevel: 'SILENT',
  });
});
afterAll(() => runtime?.stop());

type StoredBooking = {
  receivedAt: string;
  confirmedAt: string;
  price: { discountPence: number; totalPence: number };
};

/** Submits a gold booking and waits until it is recorded. */
const bookGold = async (): Promise<StoredBooking> => {
  const response = await fetch(`${runtime.apiUrl}/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(aBookingRequest({ package: 'gold', days: 4, addVat: false })),
  });
  const { bookingId } = (await response.json()) as { bookingId: string };
  return eventually(
    async () => {
      const stored = await fetch(`${runtime.apiUrl}/bookings/${bookingId}`);
      return stored.status === 200 ? ((await stored.json()) as StoredBooking) : undefined;
    },
    15_000,
    `booking ${bookingId} recorded`,
  );
};

describe('handlers take their time from the virtual clock', () => {
  it('gives the early-bird discount on 19 October 2023 and not on 20 October', async () => {
    const before = await bookGold();
    await runtime.advanceClock(new Date('2023-10-20T09:00:00+01:00'));
    const after = await bookGold();

    expect(before.receivedAt).toBe('2023-10-19T11:00:00.000Z');
    // processed from the queue on the same clock: SQS timestamps are virtual too
    expect(before.confirmedAt).toBe('2023-10-19T11:00:00.000Z');
    expect(before.price).toMatchObject({ discountPence: 11_700, totalPence: 222_300 });
    expect(after.receivedAt).toBe('2023-10-20T08:00:00.000Z');
    expect(after.price).toMatchObject({ discountPence: 0, totalPence: 234_000 });
  });

  it('tells the time it is on GET /local/clock', async () => {
    const response = await fetch(`${runtime.apiUrl}/local/clock`);

    expect(await response.json()).toEqual({ now: '2023-10-20T08:00:00.000Z' });
  });
});
