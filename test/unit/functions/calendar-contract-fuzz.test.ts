import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as z from 'zod';
import { DEFAULT_CLASH_SETTINGS } from '#domain/calendar/clashes';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';
import { addDays } from '#domain/shared/iso-date';
import { AskCancelledEvent } from '#events/ask-cancelled';
import { AskChangedEvent } from '#events/ask-changed';
import { AskClashFoundEvent } from '#events/ask-clash-found';
import { ASK_CRITICALITIES, ASK_KINDS } from '#events/ask-request';
import { eventBridgeAskAnnouncer } from '#functions/adapters/eventbridge-ask-announcer';
import { jsonString } from '#functions/commons/api-request';
import { eventBridgeEvent } from '#functions/commons/eventbridge-event';
import { apiGatewayRestEvent } from '#local/http-api';
import { InMemoryAsks } from '#test/support/in-memory-asks';
import { deliveredToQueue, fuzzText, headerValue, workEmail } from '../../support/contract-fuzz.ts';

/*
 * A 201 (or a refusal) is a promise: the calendar API (producer) must never publish an event its
 * consumers cannot read. Fuzzed asks and headers go through the change routes with the real
 * EventBridge announcer (its client mocked); each published entry is wrapped as EventBridge
 * delivers it to an SQS target and read back with the consumer's own message schema (the clash
 * email sender's for AskClashFound; the contracts for AskChanged and AskCancelled).
 */

vi.stubEnv('CALENDAR_TABLE_NAME', 'calendar');
vi.stubEnv('EVENT_BUS_NAME', 'education');
vi.stubEnv('CALENDAR_CLASH_POLICY', 'warn');
vi.stubEnv('CALENDAR_CLASH_BUFFER_WORKING_DAYS', '2');
let changeAskRoutes: typeof import('#functions/calendar/change-ask').changeAskRoutes;
beforeAll(async () => {
  ({ changeAskRoutes } = await import('#functions/calendar/change-ask'));
});

const eventBridge = mockClient(EventBridgeClient);
beforeEach(() => {
  eventBridge.reset();
  eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e' }] });
});

/** What each consumer parses an SQS record's body with. */
const CONSUMERS: Record<string, z.ZodType> = {
  [AskClashFoundEvent.name]: jsonString(eventBridgeEvent(AskClashFoundEvent.schema), 'message body'),
  [AskChangedEvent.name]: jsonString(eventBridgeEvent(AskChangedEvent.schema), 'message body'),
  [AskCancelledEvent.name]: jsonString(eventBridgeEvent(AskCancelledEvent.schema), 'message body'),
};

/** A day from September 2025 to August 2027: around the shipped STA years, the census weeks included. */
const day = fc.integer({ min: 0, max: 729 }).map((n) => addDays('2025-09-01', n));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const window = fc.oneof(
  fc
    .tuple(day, fc.integer({ min: -3, max: 40 }))
    .map(([start, length]) => ({ type: 'all-day', start, end: addDays(start, length) })),
  fc
    .tuple(day, time, time)
    .map(([date, startTime, endTime]) => ({ type: 'timed', date, startTime, endTime })),
);
const ask = fc.record(
  {
    title: fuzzText(200),
    description: fuzzText(2000),
    owner: fc.record({ team: fuzzText(120), contact: fc.record({ name: fuzzText(120), email: workEmail }) }),
    kind: fc.constantFrom(...ASK_KINDS, 'party'),
    criticality: fc.constantFrom(...ASK_CRITICALITIES),
    window,
    audience: fc.record({
      phases: fc.subarray(['primary', 'secondary', 'nursery']),
      schoolTypes: fc.subarray(['academy', 'la-maintained']),
    }),
    link: fc.constantFrom('https://example.gov.uk/survey', 'not a link'),
  },
  { requiredKeys: ['title', 'owner', 'kind', 'criticality', 'window'] },
);

describe('the calendar API never publishes what its consumers cannot read', () => {
  it('every event of every accepted or refused ask reads back through its consumer’s schema', async () => {
    let published = 0;
    let clashes = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.option(headerValue, { nil: undefined }),
        ask,
        fc.constantFrom('warn' as const, 'refuse' as const),
        async (correlationId, body, policy) => {
          eventBridge.resetHistory();
          const routes = changeAskRoutes({
            asks: new InMemoryAsks(),
            announcer: eventBridgeAskAnnouncer(new EventBridgeClient({ region: 'eu-west-2' }), 'education'),
            settings: { rules: ESSEX_CALENDAR_RULES, clashSettings: { ...DEFAULT_CLASH_SETTINGS, policy } },
          });
          const response = await routes(
            apiGatewayRestEvent({
              route: { method: 'POST', path: '/calendar/asks' },
              url: new URL('https://api.example.gov.uk/calendar/asks'),
              headers: [
                ['content-type', 'application/json'],
                ...(correlationId === undefined ? [] : [['x-correlation-id', correlationId] as const]),
              ],
              body: Buffer.from(JSON.stringify(body)),
              receivedAt: new Date('2025-11-24T10:00:00.000Z'),
            }),
          );
          const entries = eventBridge
            .commandCalls(PutEventsCommand)
            .flatMap((c) => c.args[0].input.Entries ?? []);

          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode === 400) {
            expect(entries).toEqual([]);
            return;
          }
          for (const entry of entries) {
            const consumer = CONSUMERS[entry.DetailType!];
            expect(consumer).toBeDefined();
            const parsed = consumer!.safeParse(deliveredToQueue(entry));
            expect(parsed.error?.issues ?? []).toEqual([]);
            published++;
            if (entry.DetailType === AskClashFoundEvent.name) clashes++;
          }
        },
      ),
      { numRuns: 300 },
    );
    // The property says something only if events, clashes among them, were published.
    expect(published).toBeGreaterThan(50);
    expect(clashes).toBeGreaterThan(5);
  }, 120_000);
});
