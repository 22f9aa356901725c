import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForEmails } from '#local/inbox';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import { uniquePrefix } from '../support/aws-clients.ts';
import { anAskRequest } from '../support/calendar-asks.ts';

/* The refuse policy, set as a deployment setting: a clashing ask is answered 409 and not stored. */

const endpoints = inject('standIns');
let runtime: LocalRuntime;

beforeAll(async () => {
  runtime = await startLocalRuntime({
    standIns: endpoints,
    port: 0,
    prefix: uniquePrefix('refuse'),
    clockStart: new Date('2025-11-24T10:00:00Z'),
    logLevel: 'SILENT',
    settings: { calendarClashPolicy: 'refuse', calendarClashBufferWorkingDays: '0' },
  });
});
afterAll(() => runtime?.stop());

describe('the calendar under the refuse policy', () => {
  it('refuses a survey in the spring census week with 409 and its suggestions, stores nothing, and says so by email', async () => {
    // prepare
    const email = `sam.example+${randomUUID().slice(0, 8)}@example.gov.uk`;
    const ask = anAskRequest({
      title: `Survey ${randomUUID()}`,
      owner: { team: 'Public Health', contact: { name: 'Sam Example', email } },
      window: { type: 'all-day', start: '2026-01-12', end: '2026-01-16' },
    });

    // act
    const response = await fetch(`${runtime.apiUrl}/calendar/asks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ask),
    });
    const body = (await response.json()) as {
      askId?: string;
      clashes: { key: string }[];
      suggestions: unknown[];
    };
    const listed = (await (
      await fetch(`${runtime.apiUrl}/calendar?from=2026-01-12&to=2026-01-16`)
    ).json()) as {
      asks: { title: string }[];
    };

    // assert
    expect(response.status).toBe(409);
    expect(body.askId).toBeUndefined();
    expect(body.clashes.map((c) => c.key)).toContain('census-spring');
    // With no buffer, the week before and the week after are clear.
    expect(body.suggestions).toEqual([
      { start: '2026-01-05', end: '2026-01-09' },
      { start: '2026-01-19', end: '2026-01-23' },
    ]);
    expect(listed.asks.some((a) => a.title === ask.title)).toBe(false);
    const [sent] = (
      await waitForEmails(runtime.inboxUrl, (all) => all.some((e) => e.destination.to.includes(email)))
    ).filter((e) => e.destination.to.includes(email));
    expect(sent!.body.text).toContain('Your ask has not been added to the calendar');
  });
});
