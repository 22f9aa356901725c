import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { applyCaseEvent } from '#domain/ehcp/apply-case-event';
import { CaseChangedError } from '#domain/ehcp/case-store';
import { caseTimeline } from '#domain/ehcp/case-timeline';
import { dynamoDbEhcpCaseLookup } from '#functions/adapters/dynamodb-ehcp-case-lookup';
import { dynamoDbEhcpCaseReader } from '#functions/adapters/dynamodb-ehcp-case-reader';
import { dynamoDbEhcpCaseWriter } from '#functions/adapters/dynamodb-ehcp-case-writer';
import { dynamoDbEhcpDateIndex, type IndexReadStats } from '#functions/adapters/dynamodb-ehcp-date-index';
import { provision } from '#local/provision';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';
import { standInClients, uniquePrefix } from '../support/aws-clients.ts';
import { caseStory } from '../support/ehcp-events.ts';

const endpoints = inject('standIns');
const clients = standInClients(endpoints);
const documents = DynamoDBDocumentClient.from(clients.dynamoDb, {
  marshallOptions: { removeUndefinedValues: true },
});
const onlyEhcp: AnyWiring = {
  tables: { ehcp: systemWiring.tables.ehcp },
  queues: {},
  functions: {},
  rules: [],
  schedules: [],
  routes: [],
};

let table: string;
let load: ReturnType<typeof dynamoDbEhcpCaseReader>;
let save: ReturnType<typeof dynamoDbEhcpCaseWriter>;
let index: ReturnType<typeof dynamoDbEhcpDateIndex>;
let lookup: ReturnType<typeof dynamoDbEhcpCaseLookup>;

beforeAll(async () => {
  const resources = await provision(
    onlyEhcp,
    { ...clients, sqsEndpoint: endpoints.sqs },
    uniquePrefix('ehcp-store'),
  );
  table = resources.tables.ehcp!;
  load = dynamoDbEhcpCaseReader(documents, table);
  save = dynamoDbEhcpCaseWriter(documents, table);
  index = dynamoDbEhcpDateIndex(documents, table);
  lookup = dynamoDbEhcpCaseLookup(documents, table);
});

const apply = (event: Parameters<typeof applyCaseEvent>[0], today = '2025-12-31' as const) =>
  applyCaseEvent(event, { load, save, today });

const itemsOf = async (caseRef: string) =>
  (
    await documents.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `CASE#${caseRef}` },
      }),
    )
  ).Items!.map((item) => item.sk as string);

describe('the EHCP case store on DynamoDB Local', () => {
  it('records each event with the case timeline, and indexes the open milestones by reminder date', async () => {
    const story = caseStory({ caseRef: 'EHC-STORE-1' });

    await apply(story.request('2025-03-03'));
    await apply(story.assess('2025-04-11'));

    expect((await itemsOf('EHC-STORE-1')).sort()).toEqual([
      'CASE',
      'EVENT#EHC-STORE-1-EV-001',
      'EVENT#EHC-STORE-1-EV-002',
      'KPI#decision-to-assess#2025-04-14',
      'OPEN#decision-not-to-issue#2025-06-23',
      'OPEN#final-plan#2025-07-21',
    ]);
    expect((await lookup('EHC-STORE-1'))?.status).toBe('assessing');
    const due = await index.openMilestonesRemindedBy('mid', '2025-06-23');
    expect(due.filter((m) => m.caseRef === 'EHC-STORE-1').map((m) => m.key)).toEqual([
      'decision-not-to-issue',
    ]);
  });

  it('takes a redelivered event once and drops index entries for what is done', async () => {
    const story = caseStory({ caseRef: 'EHC-STORE-2' });
    const request = story.request('2025-03-03');
    await apply(request);

    const again = await apply(structuredClone(request));
    await apply(story.event('decision-to-assess', '2025-04-11', { decision: 'not-assess' }));

    expect(again.outcome).toBe('already-recorded');
    expect(
      (await itemsOf('EHC-STORE-2')).filter((sk) => sk.startsWith('OPEN#') || sk.startsWith('EVENT#')),
    ).toEqual(['EVENT#EHC-STORE-2-EV-001', 'EVENT#EHC-STORE-2-EV-002']);
  });

  it('moves the index entries when a case moves quadrant', async () => {
    const story = caseStory({ caseRef: 'EHC-STORE-3' });
    await apply(story.request('2025-03-03'));

    await apply(
      story.event(
        'advice-requested',
        '2025-03-10',
        { adviceId: 'A1', from: 'health' },
        { quadrant: 'south' },
      ),
    );

    const mid = await index.openMilestones('mid');
    const south = await index.openMilestones('south');
    expect(mid.some((m) => m.caseRef === 'EHC-STORE-3')).toBe(false);
    expect(
      south
        .filter((m) => m.caseRef === 'EHC-STORE-3')
        .map((m) => m.key)
        .sort(),
    ).toEqual(['advice:A1', 'decision-not-to-issue', 'decision-to-assess', 'final-plan']);
  });

  it('refuses to save over a case another writer changed since it was read', async () => {
    const story = caseStory({ caseRef: 'EHC-STORE-4' });
    await apply(story.request('2025-03-03'));
    const read = await load('EHC-STORE-4');
    const decision = story.assess('2025-04-11');
    const advice = story.event('advice-requested', '2025-04-14', { adviceId: 'A1', from: 'school' });
    await save({
      caseRef: 'EHC-STORE-4',
      newEvent: decision,
      timeline: caseTimeline([...read.events, decision], '2025-12-31'),
      revision: read.revision,
    });

    const stale = save({
      caseRef: 'EHC-STORE-4',
      newEvent: advice,
      timeline: caseTimeline([...read.events, advice], '2025-12-31'),
      revision: read.revision,
    });

    await expect(stale).rejects.toBeInstanceOf(CaseChangedError);
    expect(await itemsOf('EHC-STORE-4')).not.toContain('EVENT#EHC-STORE-4-EV-003');
  });

  it('reads only the index entries due, not every case: of 76 open milestones in a quadrant, the 1 due', async () => {
    for (let n = 0; n < 25; n++)
      await apply(caseStory({ caseRef: `EHC-LATER-${n}`, quadrant: 'north-east' }).request('2025-09-01'));
    await apply(caseStory({ caseRef: 'EHC-SOON-1', quadrant: 'north-east' }).request('2025-03-03'));
    const stats: IndexReadStats = { items: 0, capacityUnits: 0, pages: 0 };

    const due = await index.openMilestonesRemindedBy('north-east', '2025-04-14', stats);

    expect(due.map((m) => [m.caseRef, m.key])).toEqual([['EHC-SOON-1', 'decision-to-assess']]);
    expect(stats.items).toBe(1);
  });

  it('indexes completed SEN2 milestones by the year they were done', async () => {
    const story = caseStory({ caseRef: 'EHC-STORE-6', quadrant: 'west' });
    for (const event of [
      story.request('2024-10-07'),
      story.assess('2024-11-15'),
      story.draft('2025-02-03'),
      story.finalPlan('2025-02-21'),
    ])
      await apply(event);

    const in2024 = (await index.kpiMilestonesOf(2024)).filter((m) => m.quadrant === 'west');
    const in2025 = (await index.kpiMilestonesOf(2025)).filter((m) => m.quadrant === 'west');

    expect(in2024.map((m) => [m.key, m.completedOn])).toEqual([['decision-to-assess', '2024-11-15']]);
    expect(in2025.map((m) => [m.key, m.dueDate, m.completedOn])).toEqual([
      ['final-plan', '2025-02-24', '2025-02-21'],
    ]);
  });
});
