import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dynamoDbCommsReads } from '#functions/adapters/dynamodb-comms-reads';
import { readInbox } from '#local/inbox';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import { eventually, standInClients, uniquePrefix } from '../support/aws-clients.ts';
import { itemRequest } from '../support/comms-items.ts';
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
let bouncedContact = '';

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

  it('gives a POST retried with the same Idempotency-Key the same item, and refuses another item under that key', async () => {
    // prepare
    const post = (body: unknown) =>
      fetch(`${runtime.apiUrl}/comms/items`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'data-team-2027-03-18-census' },
        body: JSON.stringify(body),
      });
    const item = itemRequest({ headline: 'Census: a retried submission' });
    const itemCount = async () =>
      ((await (await send(runtime, 'GET', '/editions/2027-03-29/preview')).json()) as { itemCount: number })
        .itemCount;
    const before = await itemCount();

    // act
    const first = await post(item);
    const retried = await post(item);
    const reused = await post({ ...item, headline: 'Census: another item' });
    const after = await itemCount();

    // assert
    expect([first.status, retried.status, reused.status]).toEqual([202, 202, 409]);
    const accepted = (await first.json()) as { itemId: string; edition: string };
    expect(await retried.json()).toEqual(accepted);
    expect(accepted.edition).toBe('2027-03-29');
    expect(((await reused.json()) as { message: string }).message).toContain('Idempotency-Key');
    expect(after).toBe(before + 1);

    // tidy: the later tests expect only their own items in that edition
    expect((await send(runtime, 'DELETE', `/comms/items/${accepted.itemId}`)).status).toBe(200);
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

  it('skips, from then on, an address SES reports as bounced', async () => {
    // prepare: SES's bounce notification for one contact reaches the notifications queue.
    const [urn, bounced] = contacts[0]!.split(' ');
    const notification = {
      eventType: 'Bounce',
      mail: { messageId: 'ses-bounce-1', timestamp: '2027-03-22T07:00:05.000Z' },
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: [{ emailAddress: bounced }],
        timestamp: '2027-03-22T07:00:06.000Z',
      },
    };

    // act
    const { sqs } = standInClients(runtime.endpoints);
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: runtime.resources.queues.mailNotifications!.url,
        MessageBody: JSON.stringify(notification),
      }),
    );
    sqs.destroy();
    bouncedContact = `${urn} ${bounced}`;
    const recorded = await eventually(async () => {
      const { dynamoDb } = standInClients(runtime.endpoints);
      const reads = dynamoDbCommsReads(
        DynamoDBDocumentClient.from(dynamoDb),
        runtime.resources.tables.comms!,
      );
      const found = await reads.isSuppressed(bounced!);
      dynamoDb.destroy();
      return found || undefined;
    });

    // assert
    expect(recorded).toBe(true);
  });

  it('counts a school’s protocol breach report in the Director’s Monday summary', async () => {
    // prepare
    const report = await send(runtime, 'POST', '/comms/breaches', {
      urn: '999123',
      sendingTeam: 'School Transport',
      receivedOn: '2027-03-22',
      subject: 'Bus pass renewals for all schools',
    });

    // act: Monday 29 March 09:00 BST the summary of 22 to 28 March goes to the Director.
    await runtime.advanceClock(new Date('2027-03-29T05:59:00Z'));
    const early = await editionsOf(runtime, 'Monday 29 March 2027');

    // assert
    expect(report.status).toBe(202);
    expect(early).toEqual([]);
  });

  it('sends the BST Monday’s edition at 07:00 London time, which is 06:00 UTC, once', async () => {
    // prepare: nothing yet at 05:59 UTC (the clock stands there).
    const early = await editionsOf(runtime, 'Monday 29 March 2027');
    const stillWritten = contacts.filter((c) => c !== bouncedContact);

    // act
    const fired = await runtime.advanceClock(new Date('2027-03-29T06:00:00Z'));
    const emails = await waitForEditions(runtime, 'Monday 29 March 2027', stillWritten.length);
    await runtime.advanceClock(new Date('2027-03-29T11:30:00Z'));
    await new Promise((r) => setTimeout(r, 2_000));
    const summary = (await readInbox(runtime.inboxUrl)).filter((e) =>
      e.subject.startsWith('Protocol breaches reported, Monday 22 March 2027 to Sunday 28 March 2027'),
    );

    // assert
    expect(early).toEqual([]);
    expect(fired.filter((f) => f.scheduleId === 'SendMondayEdition')).toEqual([
      { scheduleId: 'SendMondayEdition', scheduledTime: '2027-03-29T06:00:00.000Z' },
    ]);
    expect(recipientsOf(emails)).toEqual(stillWritten);
    expect(recipientsOf(await editionsOf(runtime, 'Monday 29 March 2027'))).toEqual(stillWritten);
    expect(summary.map((e) => [e.destination.to[0], e.subject])).toEqual([
      [
        'director.education@example.gov.uk',
        'Protocol breaches reported, Monday 22 March 2027 to Sunday 28 March 2027: 1',
      ],
    ]);
    expect(summary[0]!.body.text).toContain('School Transport: 1 message, reported by 1 school');
  });
});
