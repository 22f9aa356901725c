import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import type { AnyWiring } from '#wiring/types';
import { eventually, standInClients, uniquePrefix } from '../support/aws-clients.ts';
import { testHandlerLog } from '../support/test-handlers.ts';

const endpoints = inject('standIns');
const { sqs } = standInClients(endpoints);
const fn = (entry: string) => ({ entry, description: 'test', memoryMb: 128, timeoutSeconds: 5 });

// A wiring of test handlers, run by the same runtime code as the system's.
const wiring: AnyWiring = {
  tables: {},
  queues: {
    poison: {
      visibilityTimeoutSeconds: 1,
      maxReceiveCount: 2,
      consumer: { function: 'alwaysThrows', batchSize: 10, maxBatchingWindowSeconds: 1 },
    },
    mixed: {
      visibilityTimeoutSeconds: 1,
      maxReceiveCount: 2,
      consumer: { function: 'failsMarkedRecords', batchSize: 10, maxBatchingWindowSeconds: 1 },
    },
    ticks: { visibilityTimeoutSeconds: 30, maxReceiveCount: 3 },
  },
  functions: {
    alwaysThrows: fn('test/support/always-throws-handler.ts'),
    failsMarkedRecords: fn('test/support/test-handlers.ts'),
    onMonday: fn('test/support/scheduled-handler.ts'),
  },
  rules: [],
  schedules: [
    {
      id: 'MondaySeven',
      description: 'Monday 07:00 UK time',
      expression: 'cron(0 7 ? * MON *)',
      timeZone: 'Europe/London',
      target: { function: 'onMonday' },
      input: { scheduledFor: '<aws.scheduler.scheduled-time>' },
    },
    {
      id: 'DailySix',
      description: 'every day 06:00 UK time',
      expression: 'cron(0 6 * * ? *)',
      timeZone: 'Europe/London',
      target: { queue: 'ticks' },
      input: { sweepAt: '<aws.scheduler.scheduled-time>' },
    },
  ],
  routes: [],
};

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startLocalRuntime({
    wiring,
    standIns: endpoints,
    port: 0,
    prefix: uniquePrefix('failures'),
    clockStart: new Date('2026-11-22T12:00:00Z'),
    logLevel: 'SILENT',
  });
});
afterAll(() => runtime?.stop());
beforeEach(() => {
  Object.assign(testHandlerLog(), { invocations: 0, processed: [], scheduled: [] });
});

const receive = async (queueUrl: string) =>
  (
    await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    )
  ).Messages ?? [];

/** Waits for messages to be parked in a dead-letter queue, and returns them. */
const parkedIn = (dlqUrl: string) =>
  eventually(
    async () => {
      const messages = await receive(dlqUrl);
      return messages.length > 0 ? messages : undefined;
    },
    20_000,
    'a message in the DLQ',
  );

describe('queue failures in the local runtime', () => {
  it('parks a message whose handler always throws in the DLQ after maxReceiveCount receives', async () => {
    const poison = runtime.resources.queues.poison!;

    await sqs.send(
      new SendMessageCommand({ QueueUrl: poison.url, MessageBody: JSON.stringify({ id: 'p1' }) }),
    );

    const parked = await parkedIn(poison.dlqUrl);
    expect(JSON.parse(parked[0]!.Body!)).toEqual({ id: 'p1' });
    expect(testHandlerLog().invocations).toBe(2);
  });

  it('retries only the records a batch reports as failed; the rest are processed once', async () => {
    const mixed = runtime.resources.queues.mixed!;

    for (const body of [{ id: 'a' }, { id: 'b', fail: true }, { id: 'c' }]) {
      await sqs.send(new SendMessageCommand({ QueueUrl: mixed.url, MessageBody: JSON.stringify(body) }));
    }

    const parked = await parkedIn(mixed.dlqUrl);
    expect(parked.map((m) => JSON.parse(m.Body!).id)).toEqual(['b']);
    expect(testHandlerLog().processed.sort()).toEqual(['a', 'c']);
  });
});

describe('schedules on the virtual clock', () => {
  it('fires Monday 07:00 Europe/London at 07:00 UTC in GMT, with the scheduled time in its input', async () => {
    const fired = await runtime.advanceClock(new Date('2026-11-23T07:00:00Z'));

    expect(fired).toEqual([
      { scheduleId: 'DailySix', scheduledTime: '2026-11-23T06:00:00.000Z' },
      { scheduleId: 'MondaySeven', scheduledTime: '2026-11-23T07:00:00.000Z' },
    ]);
    expect(testHandlerLog().scheduled).toEqual([{ scheduledFor: '2026-11-23T07:00:00.000Z' }]);
    const ticks = await receive(runtime.resources.queues.ticks!.url);
    expect(ticks.map((m) => JSON.parse(m.Body!))).toEqual([{ sweepAt: '2026-11-23T06:00:00.000Z' }]);
  });

  it('fires Monday 07:00 Europe/London at 06:00 UTC once British Summer Time begins', async () => {
    const fired = await runtime.advanceClock(new Date('2027-04-05T06:00:00Z'));

    const mondays = fired.filter((f) => f.scheduleId === 'MondaySeven').map((f) => f.scheduledTime);
    expect(mondays.at(-2)).toBe('2027-03-29T06:00:00.000Z');
    expect(mondays.at(-1)).toBe('2027-04-05T06:00:00.000Z');
    expect(mondays).toContain('2027-03-22T07:00:00.000Z');
    expect(fired.every((f) => f.error === undefined)).toBe(true);
  });
});
