import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import { uniquePrefix } from '../support/aws-clients.ts';
import {
  editionsOf,
  everyContact,
  recipientsOf,
  send,
  submit,
  waitForEditions,
} from '../support/monday-edition.ts';

/*
 * The weekly Monday email end to end through the local runtime, on a GMT Monday (22 March
 * 2027) and the BST Monday after it (29 March 2027; clocks go forward on Sunday 28 March).
 * Items go in through the API, the virtual clock is moved, the schedules fire, and the inbox
 * is read: one copy for every person at every open school in the sample directory, once.
 */

const endpoints = inject('standIns');
let runtime: LocalRuntime;
let contacts: string[];

beforeAll(async () => {
  runtime = await startLocalRuntime({
    standIns: endpoints,
    port: 0,
    prefix: uniquePrefix('monday'),
    clockStart: new Date('2027-03-17T09:00:00Z'),
    logLevel: 'SILENT',
    settings: { sesSendRatePerSecond: '500' },
  });
  contacts = await everyContact(runtime);
}, 60_000);
afterAll(() => runtime?.stop());

describe('the Monday email through the local runtime', () => {
  let beforeCutOff: { itemId: string; edition: string };
  let afterCutOff: { itemId: string; edition: string };

  it('puts an item submitted before Thursday 12:00 in that Monday’s edition, and one after it in the next', async () => {
    // prepare: Wednesday 17 March 2027, then Thursday 12:00 GMT exactly.
    beforeCutOff = await submit(runtime, { headline: 'Spring census: final checks' });

    // act
    await runtime.advanceClock(new Date('2027-03-18T12:00:00Z'));
    afterCutOff = await submit(runtime, { headline: 'Summer term dates' });

    // assert
    expect(beforeCutOff.edition).toBe('2027-03-22');
    expect(afterCutOff.edition).toBe('2027-03-29');
    expect(beforeCutOff.itemId).toMatch(/^CI-[0-9A-Z]{10}$/);
  });

  it('sends one edition to every school contact at 07:00 on a GMT Monday (07:00 UTC), with the item in it', async () => {
    // prepare
    expect(contacts.length).toBeGreaterThan(20);

    // act
    const fired = await runtime.advanceClock(new Date('2027-03-22T07:00:00Z'));
    const emails = await waitForEditions(runtime, 'Monday 22 March 2027', contacts.length);

    // assert
    expect(fired.filter((f) => f.scheduleId === 'SendMondayEdition')).toEqual([
      { scheduleId: 'SendMondayEdition', scheduledTime: '2027-03-22T07:00:00.000Z' },
    ]);
    expect(recipientsOf(emails)).toEqual(contacts);
    expect(emails.every((e) => e.body.text?.includes('Spring census: final checks'))).toBe(true);
    expect(emails.some((e) => e.body.text?.includes('Summer term dates'))).toBe(false);
  });

  it('sends nothing more when the clock moves on through that Monday’s recovery checks', async () => {
    // prepare
    const before = (await editionsOf(runtime, 'Monday 22 March 2027')).length;

    // act
    const fired = await runtime.advanceClock(new Date('2027-03-22T11:30:00Z'));
    await new Promise((r) => setTimeout(r, 2_000));

    // assert
    expect(fired.filter((f) => f.scheduleId === 'RecoverMondayEdition')).toHaveLength(4);
    expect((await editionsOf(runtime, 'Monday 22 March 2027')).length).toBe(before);
  });

  it('lists the locked edition and gives its HTML and text', async () => {
    // act
    const list = await (await send(runtime, 'GET', '/editions')).json();
    const edition = await send(runtime, 'GET', '/editions/2027-03-22');
    const body = (await edition.json()) as {
      locked: boolean;
      run: { status: string; queued: number };
      html: string;
    };

    // assert
    expect(list).toMatchObject({ editions: [{ edition: '2027-03-22', itemCount: 1 }] });
    expect(edition.status).toBe(200);
    expect(body.locked).toBe(true);
    expect(body.run).toMatchObject({ status: 'queued', queued: contacts.length });
    expect(body.html).toContain('<h3');
    expect(body.html).toContain('Spring census: final checks');
  });

  it('refuses to edit an item once its edition is locked', async () => {
    // act
    const response = await send(runtime, 'DELETE', `/comms/items/${beforeCutOff.itemId}`);

    // assert
    expect(response.status).toBe(409);
  });

  it('previews the coming edition with the item submitted after the last cut-off', async () => {
    // act
    const response = await send(runtime, 'GET', '/editions/2027-03-29/preview');
    const body = (await response.json()) as { locked: boolean; itemCount: number; text: string };

    // assert
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ locked: false, itemCount: 1 });
    expect(body.text).toContain('Summer term dates');
  });

  it('sends the BST Monday’s edition at 07:00 London time, which is 06:00 UTC, once', async () => {
    // prepare: nothing yet at 05:59 UTC.
    await runtime.advanceClock(new Date('2027-03-29T05:59:00Z'));
    const early = await editionsOf(runtime, 'Monday 29 March 2027');

    // act
    const fired = await runtime.advanceClock(new Date('2027-03-29T06:00:00Z'));
    const emails = await waitForEditions(runtime, 'Monday 29 March 2027', contacts.length);
    await runtime.advanceClock(new Date('2027-03-29T11:30:00Z'));
    await new Promise((r) => setTimeout(r, 2_000));

    // assert
    expect(early).toEqual([]);
    expect(fired.filter((f) => f.scheduleId === 'SendMondayEdition')).toEqual([
      { scheduleId: 'SendMondayEdition', scheduledTime: '2027-03-29T06:00:00.000Z' },
    ]);
    expect(recipientsOf(emails)).toEqual(contacts);
    expect(recipientsOf(await editionsOf(runtime, 'Monday 29 March 2027'))).toEqual(contacts);
  });
});
