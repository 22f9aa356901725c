import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dynamoDbCommsQueries } from '#functions/adapters/dynamodb-comms-queries';
import { dynamoDbCommsReads } from '#functions/adapters/dynamodb-comms-reads';
import { dynamoDbCommsWrites } from '#functions/adapters/dynamodb-comms-writes';
import { dynamoDbDeliveryClaims } from '#functions/adapters/dynamodb-delivery-claims';
import { dynamoDbDeliveryRelease } from '#functions/adapters/dynamodb-delivery-release';
import { dynamoDbEditionRuns } from '#functions/adapters/dynamodb-edition-runs';
import { provision } from '#local/provision';
import { systemWiring } from '#wiring/system';
import { standInClients, uniquePrefix } from '../support/aws-clients.ts';
import { commsItem } from '../support/comms-items.ts';

/*
 * The comms table's adapters on DynamoDB Local: the conditional writes that make an edition's
 * run and each delivery happen once, the sparse index of active items, and the gzipped lock.
 */

const endpoints = inject('standIns');
const clients = standInClients(endpoints);
let table: string;
const client = DynamoDBDocumentClient.from(clients.dynamoDb, {
  marshallOptions: { removeUndefinedValues: true },
});
const at = (iso: string) => new Date(iso);
const MINUTES_11 = 11 * 60_000;

beforeAll(async () => {
  const resources = await provision(
    systemWiring,
    { ...clients, sqsEndpoint: endpoints.sqs },
    uniquePrefix('comms'),
  );
  table = resources.tables.comms!;
}, 60_000);

describe('edition runs on DynamoDB', () => {
  it('lets one attempt take a run; a second inside the lease gets nothing; after it, a takeover with the next attempt number', async () => {
    // prepare
    const runs = dynamoDbEditionRuns(client, table);

    // act
    const first = await runs.take('2027-03-22', at('2027-03-22T07:00:00Z'), MINUTES_11);
    const second = await runs.take('2027-03-22', at('2027-03-22T07:05:00Z'), MINUTES_11);
    const takeover = await runs.take('2027-03-22', at('2027-03-22T08:00:00Z'), MINUTES_11);

    // assert
    expect(first).toMatchObject({
      status: 'queuing',
      attempt: 1,
      queued: 0,
      leaseUntil: '2027-03-22T07:11:00.000Z',
    });
    expect(second).toBeUndefined();
    expect(takeover).toMatchObject({ attempt: 2, startedAt: '2027-03-22T07:00:00.000Z' });
  });

  it('writes progress only for the attempt holding the run, and takes no finished run', async () => {
    // prepare
    const reads = dynamoDbCommsReads(client, table);
    const runs = dynamoDbEditionRuns(client, table);
    await runs.take('2027-03-29', at('2027-03-29T06:00:00Z'), MINUTES_11);
    await runs.take('2027-03-29', at('2027-03-29T07:00:00Z'), MINUTES_11);

    // act
    const stale = await runs.progress('2027-03-29', 1, { resumeAfterUrn: '100001', queued: 3 });
    const current = await runs.progress('2027-03-29', 2, { resumeAfterUrn: '100002', queued: 6 });
    const finished = await runs.finish('2027-03-29', 2, {
      status: 'queued',
      queued: 6,
      at: '2027-03-29T07:01:00Z',
    });
    const afterFinish = await runs.take('2027-03-29', at('2027-03-29T09:00:00Z'), MINUTES_11);

    // assert
    expect([stale, current, finished]).toEqual([false, true, true]);
    expect(afterFinish).toBeUndefined();
    expect(await reads.run('2027-03-29')).toMatchObject({
      status: 'queued',
      queued: 6,
      resumeAfterUrn: '100002',
    });
  });
});

describe('delivery records on DynamoDB', () => {
  it('claims a delivery once; a sent one stays sent; a released claim can be claimed again', async () => {
    // prepare
    const claims = dynamoDbDeliveryClaims(client, table);
    const { release } = dynamoDbDeliveryRelease(client, table);
    const now = at('2027-03-22T07:01:00Z');

    // act
    const first = await claims.claim('2027-03-22', '100001', 'head@example.org', now, 120_000);
    const whileLive = await claims.claim('2027-03-22', '100001', 'head@example.org', now, 120_000);
    await release('2027-03-22', '100001', 'head@example.org');
    const afterRelease = await claims.claim('2027-03-22', '100001', 'head@example.org', now, 120_000);
    await claims.markSent('2027-03-22', '100001', 'head@example.org', 'ses-1', now);
    await release('2027-03-22', '100001', 'head@example.org');
    const afterSent = await claims.claim(
      '2027-03-22',
      '100001',
      'head@example.org',
      at('2027-03-23T07:00:00Z'),
      120_000,
    );

    // assert
    expect([first, whileLive, afterRelease, afterSent]).toEqual([
      'claimed',
      'in-progress',
      'claimed',
      'sent-already',
    ]);
  });

  it('takes over a claim whose lease ran out unsent (its sender died)', async () => {
    // prepare
    const claims = dynamoDbDeliveryClaims(client, table);
    await claims.claim('2027-03-22', '100002', 'office@example.org', at('2027-03-22T07:01:00Z'), 120_000);

    // act
    const later = await claims.claim(
      '2027-03-22',
      '100002',
      'office@example.org',
      at('2027-03-22T07:04:00Z'),
      120_000,
    );

    // assert
    expect(later).toBe('claimed');
  });
});

describe('items and locks on DynamoDB', () => {
  it('lists an edition’s active items from the sparse index, leaving withdrawn ones out', async () => {
    // prepare
    const writes = dynamoDbCommsWrites(client, table);
    const queries = dynamoDbCommsQueries(client, table);
    const kept = commsItem('2027-04-05', { headline: 'Kept' });
    const withdrawn = commsItem('2027-04-05', { headline: 'Withdrawn' });
    for (const item of [kept, withdrawn])
      await writes.addItem({ ...item, status: 'active', updatedAt: item.submittedAt });

    // act
    await writes.replaceItem({ ...withdrawn, status: 'withdrawn', updatedAt: '2027-04-01T10:00:00.000Z' });
    const active = await queries.activeIn('2027-04-05');

    // assert
    expect(active.map((i) => i.headline)).toEqual(['Kept']);
    expect(active[0]).toEqual(kept);
  });

  it('keeps the first lock of an edition, its content gzipped past what one item could hold as JSON', async () => {
    // prepare
    const writes = dynamoDbCommsWrites(client, table);
    const reads = dynamoDbCommsReads(client, table);
    const body = `${'Check the pupil records before census day. '.repeat(230)}`.trim();
    const items = Array.from({ length: 80 }, (_, i) =>
      commsItem('2027-04-12', { headline: `Item ${i}`, body }),
    );
    const edition = {
      edition: '2027-04-12' as const,
      lockedAt: '2027-04-12T06:00:00.000Z',
      items,
      keyDates: [],
      keyDateWeeks: 4,
    };

    // act
    const first = await writes.lockOnce(edition);
    const second = await writes.lockOnce({ ...edition, lockedAt: '2027-04-12T07:00:00.000Z', items: [] });
    const stored = await reads.locked('2027-04-12');

    // assert
    expect(JSON.stringify(edition).length).toBeGreaterThan(400 * 1024);
    expect([first, second]).toEqual([true, false]);
    expect(stored).toEqual(edition);
  });
});
