import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LocalEventBus } from '#local/event-bus';
import { provision } from '#local/provision';
import type { AnyWiring } from '#wiring/types';
import { standInClients, uniquePrefix } from '../support/aws-clients.ts';

const endpoints = inject('standIns');
const clients = standInClients(endpoints);
const wiring: AnyWiring = {
  tables: {},
  queues: { matched: { visibilityTimeoutSeconds: 30, maxReceiveCount: 3 } },
  functions: {},
  rules: [],
  schedules: [],
  routes: [],
};
let bus: LocalEventBus;
let eventBridge: EventBridgeClient;
let queueUrl: string;

beforeAll(async () => {
  const resources = await provision(wiring, { ...clients, sqsEndpoint: endpoints.sqs }, uniquePrefix('bus'));
  queueUrl = resources.queues.matched!.url;
  bus = new LocalEventBus('education', [
    {
      id: 'ConfirmedOnly',
      eventPattern: { source: ['ecc.education.bookings'], 'detail-type': ['BookingConfirmed'] },
      deliver: async (event) => {
        await clients.sqs.send(
          new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(event) }),
        );
      },
    },
  ]);
  eventBridge = new EventBridgeClient({
    region: 'eu-west-2',
    endpoint: await bus.listen(),
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});
afterAll(() => bus.close());

const receiveAll = async () =>
  (
    await clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    )
  ).Messages ?? [];

describe('local EventBridge bus (real EventBridge client → rules → fauxqs)', () => {
  it('delivers a matching event to the rule’s queue in EventBridge’s delivery shape', async () => {
    const result = await eventBridge.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: 'education',
            Source: 'ecc.education.bookings',
            DetailType: 'BookingConfirmed',
            Detail: JSON.stringify({ metadata: { eventId: 'e1' }, data: { bookingId: 'BK-1' } }),
          },
          {
            EventBusName: 'education',
            Source: 'ecc.education.bookings',
            DetailType: 'BookingSubmitted',
            Detail: '{}',
          },
        ],
      }),
    );

    const messages = await receiveAll();
    expect(result.FailedEntryCount).toBe(0);
    expect(messages).toHaveLength(1);
    const delivered = JSON.parse(messages[0]!.Body!);
    expect(delivered).toMatchObject({
      version: '0',
      id: result.Entries![0]!.EventId,
      source: 'ecc.education.bookings',
      'detail-type': 'BookingConfirmed',
      region: 'eu-west-2',
      resources: [],
      detail: { data: { bookingId: 'BK-1' } },
    });
    expect(delivered.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('reports entries for an unknown bus or with malformed detail as failed, as PutEvents does', async () => {
    const result = await eventBridge.send(
      new PutEventsCommand({
        Entries: [
          { EventBusName: 'elsewhere', Source: 's', DetailType: 'd', Detail: '{}' },
          { EventBusName: 'education', Source: 's', DetailType: 'd', Detail: '{not json' },
        ],
      }),
    );

    expect(result.FailedEntryCount).toBe(2);
    expect(result.Entries!.map((e) => e.ErrorCode)).toEqual(['NotFoundException', 'MalformedDetail']);
  });
});
