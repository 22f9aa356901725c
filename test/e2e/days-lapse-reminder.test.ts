import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type InboxEmail, readInbox, waitForEmails } from '#local/inbox';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import { uniquePrefix } from '../support/aws-clients.ts';

/*
 * The lapse reminder on the local runtime's virtual clock: a runtime of its own (handlers read
 * their tables at import, so one runtime per test file), started the day before the reminder.
 */

const endpoints = inject('standIns');
let late: LocalRuntime;

beforeAll(async () => {
  late = await startLocalRuntime({
    standIns: endpoints,
    port: 0,
    prefix: uniquePrefix('lapse'),
    clockStart: new Date('2027-07-19T12:00:00Z'),
    logLevel: 'SILENT',
  });
});
afterAll(() => late?.stop());

const mailTo = (emails: InboxEmail[], address: string) =>
  emails.filter((e) => e.destination.to.includes(address));

describe('the lapse reminder', () => {
  it('reminds the school of unused days six weeks before they lapse, once', async () => {
    // prepare
    const tag = randomUUID().slice(0, 8);
    const request = {
      submissionId: randomUUID(),
      termsAccepted: true,
      school: { urn: '999123', name: 'Example Park Primary School' },
      booker: { name: `Booker ${tag}`, email: `booker+${tag}@example-park-primary-school.example.org` },
      programme: 'governance-review',
      package: 'pay-as-you-go',
      days: 2,
      addVat: false,
    };
    const response = await fetch(`${late.apiUrl}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const { bookingId } = (await response.json()) as { bookingId: string };
    await waitForEmails(late.inboxUrl, (all) =>
      mailTo(all, request.booker.email).some((e) => e.subject.includes(bookingId)),
    );

    // act: 08:00 London on Tuesday 20 July 2027 (BST), then the next day's run
    await late.advanceClock(new Date('2027-07-20T07:05:00Z'));
    await waitForEmails(late.inboxUrl, (all) =>
      mailTo(all, request.booker.email).some((e) => e.subject.includes('left for 2026/27')),
    );
    await late.advanceClock(new Date('2027-07-21T07:05:00Z'));
    await new Promise((r) => setTimeout(r, 1_000));

    // assert
    const reminders = mailTo(await readInbox(late.inboxUrl), request.booker.email).filter((e) =>
      e.subject.includes('left for 2026/27'),
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.subject).toBe(
      '2 days of school improvement support left for 2026/27: use by Tuesday 31 August 2027',
    );
    expect(reminders[0]!.body.text).toContain('Days not used by the end of Tuesday 31 August 2027 are lost.');
  });
});
