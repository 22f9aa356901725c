import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { lambdaContext } from '#local/lambda-context';
import { provision } from '#local/provision';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';
import { standInClients, uniquePrefix } from '../support/aws-clients.ts';
import { caseStory } from '../support/ehcp-events.ts';

const endpoints = inject('standIns');
const clients = standInClients(endpoints);
const documents = DynamoDBDocumentClient.from(clients.dynamoDb);

let table: string;
let handler: (event: SQSEvent, context: unknown) => Promise<SQSBatchResponse>;

beforeAll(async () => {
  const wiring: AnyWiring = {
    tables: { ehcp: systemWiring.tables.ehcp },
    queues: {},
    functions: {},
    rules: [],
    schedules: [],
    routes: [],
  };
  const resources = await provision(
    wiring,
    { ...clients, sqsEndpoint: endpoints.sqs },
    uniquePrefix('apply'),
  );
  table = resources.tables.ehcp!;
  Object.assign(process.env, {
    AWS_REGION: 'eu-west-2',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    EHCP_TABLE_NAME: table,
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  });
  ({ handler } = (await import('#functions/ehcp/apply-ehcp-events')) as unknown as {
    handler: typeof handler;
  });
});

/** 9 April 2025, 09:00 UTC. */
const RECEIVED = String(Date.parse('2025-04-09T09:00:00Z'));

/** An SQS record as the rule delivers a case event (EventBridge event in the body). */
const record = (data: unknown, receiveCount = 1, detailType = 'EHCP case event'): SQSRecord => ({
  messageId: randomUUID(),
  receiptHandle: 'r',
  body: JSON.stringify({
    version: '0',
    id: randomUUID(),
    'detail-type': detailType,
    source: 'ecc.education.ehcp',
    account: '000000000000',
    time: '2025-04-09T09:00:00Z',
    region: 'eu-west-2',
    resources: [],
    detail: {
      metadata: {
        eventId: randomUUID(),
        version: '1.0.0',
        occurredAt: '2025-04-09T09:00:00Z',
        correlationId: 'c',
      },
      data,
    },
  }),
  attributes: {
    ApproximateReceiveCount: String(receiveCount),
    SentTimestamp: RECEIVED,
    SenderId: 'local',
    ApproximateFirstReceiveTimestamp: RECEIVED,
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:eu-west-2:000000000000:ehcpEvents',
  awsRegion: 'eu-west-2',
});

const consume = (...records: SQSRecord[]) =>
  handler({ Records: records }, lambdaContext('applyEhcpEvents', 30, 512));

const parkedFor = async (messageId: string) =>
  (
    await documents.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'PARKED#2025-04-09' },
      }),
    )
  ).Items?.find((item) => item.messageId === messageId);

const caseStatus = async (caseRef: string) =>
  (await documents.send(new GetCommand({ TableName: table, Key: { pk: `CASE#${caseRef}`, sk: 'CASE' } })))
    .Item?.status;

describe('the EHCP case-event consumer', () => {
  it('applies a batch in case and date order: a decision listed before its request is applied after it', async () => {
    const story = caseStory({ caseRef: 'EHC-ORDER-1' });

    const result = await consume(record(story.assess('2025-04-01')), record(story.request('2025-03-03')));

    expect(result.batchItemFailures).toEqual([]);
    expect(await caseStatus('EHC-ORDER-1')).toBe('assessing');
  });

  it('gives an event whose earlier event has not arrived back to the queue, to be received again', async () => {
    const story = caseStory({ caseRef: 'EHC-AWAIT-1' });
    const early = record(story.event('advice-received', '2025-04-01', { adviceId: 'A1' }), 1);
    const other = record(caseStory({ caseRef: 'EHC-AWAIT-OTHER' }).request('2025-03-03'));

    const result = await consume(early, other);

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: early.messageId }]);
    expect(await parkedFor(early.messageId)).toBeUndefined();
  });

  it('parks it with the reason on its third receipt, and the batch succeeds', async () => {
    const story = caseStory({ caseRef: 'EHC-AWAIT-2' });
    const stillEarly = record(story.event('advice-received', '2025-04-01', { adviceId: 'A1' }), 3);

    const result = await consume(stillEarly);

    expect(result.batchItemFailures).toEqual([]);
    expect(await parkedFor(stillEarly.messageId)).toMatchObject({
      reason: 'impossible',
      caseRef: 'EHC-AWAIT-2',
      issues: [{ path: 'adviceId', message: 'no advice A1 was requested on case EHC-AWAIT-2' }],
      body: stillEarly.body,
    });
  });

  it('parks a body that is not JSON, and an event without its case reference, naming what is wrong', async () => {
    const notJson = { ...record({}), body: '{not json' };
    const noCase = record({ ...caseStory().request('2025-03-03'), caseRef: undefined });

    const result = await consume(notJson, noCase);

    expect(result.batchItemFailures).toEqual([]);
    expect((await parkedFor(notJson.messageId))?.issues).toEqual([
      { path: '(event)', message: 'message body must be valid JSON' },
    ]);
    expect((await parkedFor(noCase.messageId))?.issues).toEqual([
      { path: 'caseRef', message: 'caseRef is required' },
    ]);
  });
});
