import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import { uniquePrefix } from '../support/aws-clients.ts';
import { DYNAMODB_UNAVAILABLE, isSesSend, SES_THROTTLED, startFaultProxy } from '../support/fault-proxy.ts';
import { everyContact, recipientsOf, send, submit, waitForEditions } from '../support/monday-edition.ts';

/*
 * The Monday email when things go wrong, through the local runtime with small proxies in front
 * of the stand-ins: SES throttles every third send, and the sending run dies half-way (the
 * write recording its third school's progress is lost, after that school's deliveries were
 * queued). The recovery check an hour later resumes it. Every contact still gets exactly one copy.
 */

const endpoints = inject('standIns');
let runtime: LocalRuntime;
let contacts: string[];
let stopProxies: () => Promise<void>;
const injected = { throttled: 0, killed: 0 };

beforeAll(async () => {
  let sends = 0;
  const ses = await startFaultProxy(endpoints.ses, (request) => {
    if (!isSesSend(request)) return undefined;
    sends += 1;
    if (sends % 3 !== 0) return undefined;
    injected.throttled += 1;
    return SES_THROTTLED;
  });
  let progressWrites = 0;
  const dynamodb = await startFaultProxy(endpoints.dynamodb, (request) => {
    if (request.target !== 'DynamoDB_20120810.UpdateItem' || !request.body.includes('resumeAfterUrn'))
      return undefined;
    progressWrites += 1;
    if (progressWrites !== 3) return undefined;
    injected.killed += 1;
    return DYNAMODB_UNAVAILABLE;
  });
  stopProxies = async () => {
    await ses.stop();
    await dynamodb.stop();
  };
  runtime = await startLocalRuntime({
    standIns: { ...endpoints, ses: ses.url, dynamodb: dynamodb.url },
    port: 0,
    prefix: uniquePrefix('monday-failures'),
    clockStart: new Date('2027-05-05T09:00:00Z'),
    logLevel: 'SILENT',
    settings: { sesSendRatePerSecond: '500' },
  });
  contacts = await everyContact(runtime);
}, 60_000);
afterAll(async () => {
  await runtime?.stop();
  await stopProxies?.();
});

describe('the Monday email when SES throttles and the run dies half-way', () => {
  it('resumes the dead run at the recovery check and ends with exactly one copy for every contact', async () => {
    // prepare
    await submit(runtime, { headline: 'Key stage 2 tests: final arrangements' });

    // act: 07:00 BST the run dies; 08:00 BST the recovery check resumes it.
    const sending = await runtime.advanceClock(new Date('2027-05-10T06:00:00Z'));
    const recovery = await runtime.advanceClock(new Date('2027-05-10T07:00:00Z'));
    const emails = await waitForEditions(runtime, 'Monday 10 May 2027', contacts.length, 90_000);
    const edition = (await (await send(runtime, 'GET', '/editions/2027-05-10')).json()) as {
      run: { status: string; queued: number };
    };

    // assert
    expect(injected.killed).toBe(1);
    expect(sending.find((f) => f.scheduleId === 'SendMondayEdition')?.error).toContain(
      'the sending function died here',
    );
    expect(recovery.find((f) => f.scheduleId === 'RecoverMondayEdition')).toEqual({
      scheduleId: 'RecoverMondayEdition',
      scheduledTime: '2027-05-10T07:00:00.000Z',
    });
    expect(injected.throttled).toBeGreaterThanOrEqual(Math.floor(contacts.length / 3));
    expect(recipientsOf(emails)).toEqual(contacts);
    expect(edition.run).toMatchObject({ status: 'queued', queued: contacts.length });
  }, 120_000);
});
