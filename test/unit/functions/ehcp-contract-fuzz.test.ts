import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '#domain/shared/iso-date';
import { EhcpCaseEventEnvelopeSchema } from '#events/ehcp/case-event';
import { jsonString } from '#functions/commons/api-request';
import { eventBridgeEvent } from '#functions/commons/eventbridge-event';
import { apiGatewayRestEvent } from '#local/http-api';
import { lambdaContext } from '#local/lambda-context';
import { deliveredToQueue, fuzzText, headerValue, workEmail } from '../../support/contract-fuzz.ts';

/*
 * A 202 from POST /ehcp/events is a promise: every case event it publishes must read back through
 * the consumer's own message schema (applyEhcpEvents parses the SQS body with exactly this), as
 * EventBridge delivers it to the queue. Fuzzed case stories (free text of every kind, up to and
 * past the caps; identifiers; dates) and headers go through the real handler with its DynamoDB
 * and EventBridge clients mocked (every case reads as not yet recorded).
 */

vi.stubEnv('EHCP_TABLE_NAME', 'ehcp');
vi.stubEnv('EVENT_BUS_NAME', 'education');
vi.stubEnv('AWS_REGION', 'eu-west-2');
vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');

const eventBridge = mockClient(EventBridgeClient);
const dynamoDb = mockClient(DynamoDBDocumentClient);
let handler: (event: unknown, context: unknown) => Promise<APIGatewayProxyResult>;
beforeAll(async () => {
  ({ handler } = (await import('#functions/ehcp/post-ehcp-events')) as unknown as {
    handler: typeof handler;
  });
});
beforeEach(() => {
  eventBridge.reset();
  eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e' }] });
  dynamoDb.reset();
  dynamoDb.on(QueryCommand).resolves({ Items: [] });
});

const CONSUMER = jsonString(eventBridgeEvent(EhcpCaseEventEnvelopeSchema), 'message body');

const token = fc.oneof(
  { weight: 9, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 70 }) },
);
const caseRef = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^EHC-[0-9]{4}-[0-9]{1,6}$/) },
  fc.string({ maxLength: 40 }),
);
const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2025-01-01', n));

const story = fc
  .record({
    caseRef,
    officer: fc.record({ name: fuzzText(100), email: workEmail }),
    quadrant: fc.constantFrom('north-east', 'mid', 'south', 'west', 'North East'),
    initials: fc.oneof(
      { weight: 4, arbitrary: fc.stringMatching(/^[A-Z]{1,3}$/) },
      fc.string({ maxLength: 5 }),
    ),
    requested: day,
    decisionAfter: fc.integer({ min: -3, max: 60 }),
    adviceId: token,
    eventIds: fc.uniqueArray(token, { minLength: 4, maxLength: 4 }),
    note: fuzzText(1000).chain((t) => fc.constantFrom(t, `${t}\n${t}`.slice(0, 1100))),
    withException: fc.boolean(),
  })
  .map((s) => {
    const common = (i: number, type: string, date: string) => ({
      type,
      eventId: s.eventIds[i],
      caseRef: s.caseRef,
      caseOfficer: s.officer,
      quadrant: s.quadrant,
      childInitials: s.initials,
      date,
    });
    const decided = addDays(s.requested, s.decisionAfter);
    return [
      { ...common(0, 'request-received', s.requested), requestedBy: 'parent', receivedVia: 'email' },
      { ...common(1, 'decision-to-assess', decided), decision: 'assess' },
      { ...common(2, 'advice-requested', addDays(decided, 3)), adviceId: s.adviceId, from: 'health' },
      ...(s.withException
        ? [
            {
              ...common(3, 'exception-recorded', addDays(decided, 10)),
              reason: 'exceptional-circumstances',
              appliesTo: ['final-plan'],
              period: { from: addDays(decided, 5) },
              evidenceNote: s.note,
            },
          ]
        : []),
    ];
  });

describe('POST /ehcp/events never publishes what the case-event consumer cannot read', () => {
  it('every event of every 202 reads back through the consumer’s schema; every 400 publishes nothing', async () => {
    let published = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.option(headerValue, { nil: undefined }), story, async (correlationId, events) => {
        eventBridge.resetHistory();
        const response = await handler(
          apiGatewayRestEvent({
            route: { method: 'POST', path: '/ehcp/events' },
            url: new URL('https://api.example.gov.uk/ehcp/events'),
            headers: [
              ['content-type', 'application/json'],
              ...(correlationId === undefined ? [] : [['x-correlation-id', correlationId] as const]),
            ],
            body: Buffer.from(JSON.stringify({ events })),
            receivedAt: new Date('2026-01-05T10:00:00.000Z'),
          }),
          lambdaContext('postEhcpEvents', 10, 512),
        );
        const entries = eventBridge
          .commandCalls(PutEventsCommand)
          .flatMap((c) => c.args[0].input.Entries ?? []);

        expect([202, 400, 413]).toContain(response.statusCode);
        if (response.statusCode !== 202) {
          expect(entries).toEqual([]);
          return;
        }
        accepted++;
        for (const entry of entries) {
          const parsed = CONSUMER.safeParse(deliveredToQueue(entry));
          expect(parsed.error?.issues ?? []).toEqual([]);
          published++;
        }
      }),
      { numRuns: 300 },
    );
    // The property says something only if stories were accepted and their events published.
    expect(accepted).toBeGreaterThan(30);
    expect(published).toBeGreaterThan(100);
  }, 120_000);
});
