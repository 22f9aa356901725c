import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type AskChangeDeps, cancelAsk, editAsk, recordAsk } from '#domain/calendar/ask-changes';
import { AskVersionConflictError } from '#domain/calendar/ask-errors';
import type { AskRepository } from '#domain/calendar/ask-repository';
import { DEFAULT_CLASH_SETTINGS } from '#domain/calendar/clashes';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';
import { askPk, versionSk } from '#functions/adapters/dynamodb-ask-item';
import { dynamoDbAskReader } from '#functions/adapters/dynamodb-ask-reader';
import { dynamoDbAskRepository } from '#functions/adapters/dynamodb-ask-writer';
import { provision } from '#local/provision';
import { systemWiring } from '#wiring/system';
import { standInClients, uniquePrefix } from '../support/aws-clients.ts';
import { anAskRequest, anEnteredAsk } from '../support/calendar-asks.ts';
import { RecordingAnnouncer } from '../support/in-memory-asks.ts';

const endpoints = inject('standIns');
const clients = standInClients(endpoints);
const documents = DynamoDBDocumentClient.from(clients.dynamoDb, {
  marshallOptions: { removeUndefinedValues: true },
});
let table: string;
let asks: AskRepository;

beforeAll(async () => {
  const resources = await provision(
    systemWiring,
    { ...clients, sqsEndpoint: endpoints.sqs },
    uniquePrefix('asks'),
  );
  table = resources.tables.calendar!;
  asks = dynamoDbAskRepository(documents, table);
});

const deps = (overrides: Partial<AskChangeDeps> = {}): AskChangeDeps => ({
  asks,
  announcer: new RecordingAnnouncer(),
  rules: ESSEX_CALENDAR_RULES,
  clashSettings: DEFAULT_CLASH_SETTINGS,
  now: new Date('2025-11-24T10:15:00.000Z'),
  correlationId: 'integration',
  ...overrides,
});

describe('DynamoDB ask repository (DynamoDB Local)', () => {
  it('records an ask once and reads it back as it was entered', async () => {
    // prepare
    const ask = anEnteredAsk({ askId: 'ASK-DDB0000001' });

    // act
    const first = await asks.addOnce(ask);
    const again = await asks.addOnce({ ...ask, title: 'Something else' });

    // assert
    expect(first.created).toBe(true);
    expect(again).toEqual({ ask, created: false });
    expect(await asks.get('ASK-DDB0000001')).toEqual(ask);
  });

  it('keeps every version, the latest current, and refuses a second edit of the same version', async () => {
    // prepare
    const v1 = anEnteredAsk({ askId: 'ASK-DDB0000002' });
    await asks.addOnce(v1);
    const v2 = { ...v1, version: 2, sequence: 1, title: 'Edited', recordedAt: '2025-11-25T09:00:00.000Z' };

    // act
    await asks.addVersion(v2);
    const racing = asks.addVersion({ ...v2, title: 'A rival edit' });

    // assert
    await expect(racing).rejects.toThrow(AskVersionConflictError);
    expect(await asks.get('ASK-DDB0000002')).toEqual(v2);
    expect(await asks.history('ASK-DDB0000002')).toEqual([v1, v2]);
  });

  it('finds the current versions touching a range through the index, including asks that began a year before', async () => {
    // prepare
    const inRange = anEnteredAsk({
      askId: 'ASK-DDB0000003',
      window: { type: 'timed', date: '2031-03-05', startTime: '09:30', endTime: '11:00' },
    });
    const longRunning = anEnteredAsk({
      askId: 'ASK-DDB0000004',
      window: { type: 'all-day', start: '2030-04-01', end: '2031-03-31' },
    });
    const endedBefore = anEnteredAsk({
      askId: 'ASK-DDB0000005',
      window: { type: 'all-day', start: '2031-02-01', end: '2031-02-28' },
    });
    const moved = anEnteredAsk({
      askId: 'ASK-DDB0000006',
      window: { type: 'all-day', start: '2031-03-02', end: '2031-03-06' },
    });
    for (const ask of [inRange, longRunning, endedBefore, moved]) await asks.addOnce(ask);
    await asks.addVersion({
      ...moved,
      version: 2,
      sequence: 1,
      window: { type: 'all-day', start: '2031-06-02', end: '2031-06-06' },
    });

    // act
    const touching = await asks.touching({ from: '2031-03-01', to: '2031-03-31' });

    // assert
    expect(touching.map((a) => a.askId).sort()).toEqual(['ASK-DDB0000003', 'ASK-DDB0000004']);
  });

  it('reads one current version per ask even if the version before was not unmarked', async () => {
    // prepare: version 2 recorded, then the mark put back on version 1 (a lost second write)
    const v1 = anEnteredAsk({
      askId: 'ASK-DDB0000007',
      window: { type: 'all-day', start: '2032-01-05', end: '2032-01-09' },
    });
    await asks.addOnce(v1);
    await asks.addVersion({ ...v1, version: 2, sequence: 1, title: 'Version 2' });
    await documents.send(
      new UpdateCommand({
        TableName: table,
        Key: { pk: askPk(v1.askId), sk: versionSk(1) },
        UpdateExpression: 'SET currentPk = :p, currentStart = :s',
        ExpressionAttributeValues: { ':p': 'ASK', ':s': '2032-01-05' },
      }),
    );

    // act
    const touching = await dynamoDbAskReader(documents, table).touching({
      from: '2032-01-01',
      to: '2032-01-31',
    });

    // assert
    expect(touching.map((a) => [a.askId, a.version, a.title])).toEqual([['ASK-DDB0000007', 2, 'Version 2']]);
  });

  it('runs the calendar use cases end to end on the table: record, edit with history, cancel', async () => {
    // prepare
    const context = deps();

    // act
    await recordAsk(anAskRequest(), { askId: 'ASK-DDB0000008', submissionId: 's1' }, context);
    const edited = await editAsk(
      'ASK-DDB0000008',
      anAskRequest({ window: { type: 'all-day', start: '2026-01-12', end: '2026-01-16' } }),
      { submissionId: 's2' },
      context,
    );
    await cancelAsk('ASK-DDB0000008', context);

    // assert
    expect(edited.clashes.map((c) => c.title)).toContain('School census day (spring)');
    expect((await asks.history('ASK-DDB0000008')).map((v) => [v.version, v.sequence, v.status])).toEqual([
      [1, 0, 'active'],
      [2, 1, 'active'],
      [3, 2, 'cancelled'],
    ]);
    expect((context.announcer as RecordingAnnouncer).summary).toEqual([
      'changed ASK-DDB0000008 v1',
      'changed ASK-DDB0000008 v2',
      'clash ASK-DDB0000008-v2',
      'cancelled ASK-DDB0000008 v3',
    ]);
  });
});
