import { randomUUID } from 'node:crypto';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AskRequest } from '#events/ask-request';
import { AskSubmittedEvent } from '#events/ask-submitted';
import { envelope } from '#events/envelope';
import { askIdFor } from '#functions/commons/ask-id';
import { readInbox, waitForEmails } from '#local/inbox';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import { eventually, uniquePrefix } from '../support/aws-clients.ts';
import { anAskRequest } from '../support/calendar-asks.ts';

const endpoints = inject('standIns');
const prefix = uniquePrefix('calendar');
let runtime: LocalRuntime;

beforeAll(async () => {
  runtime = await startLocalRuntime({
    standIns: endpoints,
    port: 0,
    prefix,
    clockStart: new Date('2025-11-24T10:00:00Z'), // Monday 24 November 2025
    logLevel: 'SILENT',
  });
});
afterAll(() => runtime?.stop());

/** An ask from a team with its own inbox address, so this file finds its own emails. */
const anAsk = (overrides: Partial<AskRequest> = {}): AskRequest => {
  const base = anAskRequest(overrides);
  return {
    ...base,
    owner: {
      ...base.owner,
      contact: { name: 'Sam Example', email: `sam.example+${randomUUID().slice(0, 8)}@example.gov.uk` },
    },
  };
};
const censusWeek = { type: 'all-day', start: '2026-01-12', end: '2026-01-16' } as const;

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${runtime.apiUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const jsonOf = async <T>(response: Response) => (await response.json()) as T;

type Outcome = {
  askId?: string;
  version?: number;
  clashes: { title: string; key?: string }[];
  suggestions: unknown[];
};
type Entry = { key?: string; askId?: string; title: string; start: string; end: string };

const calendarBetween = async (from: string, to: string) =>
  (await jsonOf<{ asks: Entry[] }>(await call('GET', `/calendar?from=${from}&to=${to}`))).asks;

const feed = async () => {
  const response = await call('GET', '/calendar.ics');
  const text = await response.text();
  const component = new ICAL.Component(ICAL.parse(text));
  for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = component.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { response, text, events, byUid: (uid: string) => events.find((e) => e.uid === uid) };
};

describe('the calendar of asks, end to end through the local runtime', () => {
  it('records a survey in the spring census week with its clashes and suggestions, and emails the owner and Schools Communications once', async () => {
    // prepare
    const ask = anAsk({ window: censusWeek });

    // act
    const response = await call('POST', '/calendar/asks', ask);
    const outcome = await jsonOf<Outcome>(response);

    // assert
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`/calendar/asks/${outcome.askId}`);
    expect(outcome).toMatchObject({ askId: expect.stringMatching(/^ASK-[0-9A-Z]{10}$/), version: 1 });
    expect(outcome.clashes.map((c) => c.key)).toContain('census-spring');
    expect(outcome.suggestions).toEqual([
      { start: '2026-01-05', end: '2026-01-09' },
      { start: '2026-01-26', end: '2026-01-30' },
    ]);
    const emails = await waitForEmails(runtime.inboxUrl, (all) =>
      all.some((e) => e.destination.to.includes(ask.owner.contact.email)),
    );
    const email = emails.find((e) => e.destination.to.includes(ask.owner.contact.email))!;
    expect(email.destination.to).toEqual([ask.owner.contact.email, 'schools.communications@example.gov.uk']);
    expect(email.subject).toBe('Clash with statutory returns: Pupil wellbeing survey 2026');
    expect(email.body.text).toContain('School census day (spring): Thursday 15 January 2026');
    expect(email.body.text).toContain(`reference ${outcome.askId}`);
    // Give a duplicate, were there one, time to arrive through the bus and queue.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(
      (await readInbox(runtime.inboxUrl)).filter((e) => e.destination.to.includes(ask.owner.contact.email)),
    ).toHaveLength(1);
  });

  it('records a survey in a clear week with no clash and no email', async () => {
    // prepare
    const ask = anAsk();

    // act
    const response = await call('POST', '/calendar/asks', ask);

    // assert
    expect(response.status).toBe(201);
    expect(await jsonOf<Outcome>(response)).toMatchObject({ clashes: [], suggestions: [] });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(
      (await readInbox(runtime.inboxUrl)).some((e) => e.destination.to.includes(ask.owner.contact.email)),
    ).toBe(false);
  });

  it.each<{ rule: string; change: (ask: Record<string, unknown>) => unknown; path: string }>([
    {
      rule: 'an end before the start',
      change: (ask) => ({ ...ask, window: { type: 'all-day', start: '2027-03-10', end: '2027-03-01' } }),
      path: 'window.end',
    },
    { rule: 'an unknown kind', change: (ask) => ({ ...ask, kind: 'party' }), path: 'kind' },
    { rule: 'a missing owner', change: ({ owner: _o, ...ask }) => ask, path: 'owner' },
    {
      rule: 'a window of more than a year',
      change: (ask) => ({ ...ask, window: { type: 'all-day', start: '2027-03-01', end: '2028-03-01' } }),
      path: 'window.end',
    },
    {
      rule: 'a timed event without a time',
      change: (ask) => ({ ...ask, window: { type: 'timed', date: '2027-03-01' } }),
      path: 'window.startTime',
    },
  ])('answers 400 naming the field for $rule, and stores nothing', async ({ change, path }) => {
    // prepare
    const ask = change({ ...anAsk({ title: `Bad ask ${randomUUID()}` }) } as Record<string, unknown>);

    // act
    const response = await call('POST', '/calendar/asks', ask);

    // assert
    expect(response.status).toBe(400);
    const body = await jsonOf<{ error: string; issues: { path: string }[] }>(response);
    expect(body.error).toBe('ValidationError');
    expect(body.issues.map((i) => i.path)).toContain(path);
    const stored = await calendarBetween('2027-02-01', '2027-04-30');
    expect(stored.some((e) => e.title === (ask as { title: string }).title)).toBe(false);
  });

  it('answers 415 to a body not sent as JSON, and cancels without any body', async () => {
    // prepare
    const { askId } = await jsonOf<Outcome>(await call('POST', '/calendar/asks', anAsk()));

    // act
    const notJson = await fetch(`${runtime.apiUrl}/calendar/asks`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(anAsk()),
    });
    const cancelled = await fetch(`${runtime.apiUrl}/calendar/asks/${askId}`, { method: 'DELETE' });

    // assert
    expect(notJson.status).toBe(415);
    expect(cancelled.status).toBe(200);
  });

  it('lists computed and entered asks together for a range, and the weekly load', async () => {
    // prepare
    const ask = anAsk({
      title: 'Headteachers’ admissions briefing',
      kind: 'training',
      window: { type: 'timed', date: '2026-01-20', startTime: '15:30', endTime: '16:30' },
    });
    const { askId } = await jsonOf<Outcome>(await call('POST', '/calendar/asks', ask));

    // act
    const asks = await calendarBetween('2026-01-12', '2026-01-25');
    const weeks = await jsonOf<{ weeks: { weekStart: string; count: number; asks: Entry[] }[] }>(
      await call('GET', '/calendar/weeks?from=2026-01-14&weeks=2'),
    );

    // assert
    expect(asks.find((e) => e.key === 'census-spring')).toMatchObject({
      title: 'School census day (spring)',
      kind: 'statutory-return',
      criticality: 'statutory',
      start: '2026-01-15',
      end: '2026-01-15',
    });
    expect(asks.find((e) => e.askId === askId)).toMatchObject({
      kind: 'training',
      criticality: 'normal',
      start: '2026-01-20',
      end: '2026-01-20',
      startTime: '15:30',
      endTime: '16:30',
    });
    expect(weeks.weeks.map((w) => w.weekStart)).toEqual(['2026-01-12', '2026-01-19']);
    expect(weeks.weeks[1]!.asks.some((e) => e.askId === askId)).toBe(true);
    expect(weeks.weeks[1]!.count).toBe(weeks.weeks[1]!.asks.length);
  });

  it('answers 400 naming from or to for a bad range', async () => {
    const response = await call('GET', '/calendar?from=2026-01-20&to=2026-01-12');
    const missing = await call('GET', '/calendar?from=2026-01-20');

    expect(response.status).toBe(400);
    expect((await jsonOf<{ issues: { path: string }[] }>(response)).issues.map((i) => i.path)).toEqual([
      'to',
    ]);
    expect((await jsonOf<{ issues: { path: string }[] }>(missing)).issues.map((i) => i.path)).toEqual(['to']);
  });

  it('edits an ask into a new version, keeps the history, bumps SEQUENCE in the feed, and cancels it', async () => {
    // prepare
    const { askId } = await jsonOf<Outcome>(await call('POST', '/calendar/asks', anAsk()));
    const uid = `${askId}@asks-of-schools.ecc-education`;

    // act
    const edited = await call(
      'PUT',
      `/calendar/asks/${askId}`,
      anAsk({ title: 'Pupil wellbeing survey (moved)' }),
    );
    const afterEdit = await feed();
    const history = await jsonOf<{
      current: { version: number };
      history: { version: number; title: string }[];
    }>(await call('GET', `/calendar/asks/${askId}`));
    const cancelled = await call('DELETE', `/calendar/asks/${askId}`);
    const afterCancel = await feed();

    // assert
    expect(edited.status).toBe(200);
    expect(await jsonOf<Outcome>(edited)).toMatchObject({ askId, version: 2, clashes: [] });
    expect(history.current.version).toBe(2);
    expect(history.history.map((v) => [v.version, v.title])).toEqual([
      [1, 'Pupil wellbeing survey 2026'],
      [2, 'Pupil wellbeing survey (moved)'],
    ]);
    expect(afterEdit.byUid(uid)?.sequence).toBe(1);
    expect(afterEdit.byUid(uid)?.summary).toBe('Pupil wellbeing survey (moved)');
    expect(cancelled.status).toBe(200);
    expect(await jsonOf(cancelled)).toEqual({ askId, version: 3, status: 'cancelled' });
    expect(afterCancel.byUid(uid)?.sequence).toBe(2);
    expect(afterCancel.byUid(uid)?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect((await calendarBetween('2026-02-02', '2026-02-06')).some((e) => e.askId === askId)).toBe(false);
  });

  it('answers 404 for an ask that is not recorded, and 400 for a malformed reference', async () => {
    expect((await call('PUT', '/calendar/asks/ASK-0000000000', anAsk())).status).toBe(404);
    expect((await call('DELETE', '/calendar/asks/ASK-0000000000')).status).toBe(404);
    expect((await call('GET', '/calendar/asks/ASK-0000000000')).status).toBe(404);
    const malformed = await call('DELETE', '/calendar/asks/nonsense');
    expect(malformed.status).toBe(400);
    expect((await jsonOf<{ issues: { path: string }[] }>(malformed)).issues[0]!.path).toBe('askId');
  });

  it('gives a retried submission with the same Idempotency-Key the same ask, recorded once', async () => {
    // prepare
    const ask = anAsk({ title: `Retried ${randomUUID()}` });
    const key = randomUUID();

    // act
    const first = await jsonOf<Outcome>(
      await call('POST', '/calendar/asks', ask, { 'idempotency-key': key }),
    );
    const second = await call('POST', '/calendar/asks', ask, { 'idempotency-key': key });
    const different = await call(
      'POST',
      '/calendar/asks',
      { ...ask, title: 'Another' },
      { 'idempotency-key': key },
    );

    // assert
    expect((await jsonOf<Outcome>(second)).askId).toBe(first.askId);
    expect(different.status).toBe(409);
    expect(
      (await calendarBetween('2026-02-02', '2026-02-06')).filter((e) => e.title === ask.title),
    ).toHaveLength(1);
  });

  it('takes asks from the bus: AskSubmitted → queue → recorded, named by the event', async () => {
    // prepare
    const bus = new EventBridgeClient({
      region: 'eu-west-2',
      endpoint: runtime.eventBusUrl,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const eventId = randomUUID();
    const ask = anAsk({
      title: `From the bus ${eventId}`,
      window: { type: 'all-day', start: '2026-03-09', end: '2026-03-13' },
    });
    const detail = envelope(AskSubmittedEvent, ask, {
      eventId,
      occurredAt: new Date('2025-11-24T10:00:00Z'),
      correlationId: 'bus-test',
    });

    // act
    await bus.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: `${prefix}education`,
            Source: AskSubmittedEvent.source,
            DetailType: AskSubmittedEvent.name,
            Detail: JSON.stringify(detail),
          },
        ],
      }),
    );

    // assert
    const recorded = await eventually(
      async () => (await calendarBetween('2026-03-09', '2026-03-13')).find((e) => e.title === ask.title),
      15_000,
      'the bus ask on the calendar',
    );
    expect(recorded.askId).toBe(askIdFor(`event:${eventId}`));
  });

  it('serves a subscribable iCalendar feed with London times across the October clock change', async () => {
    // prepare: a briefing at 09:30 on Monday 27 October 2025 (GMT, the day after the change)
    const ask = anAsk({
      title: 'Autumn briefing',
      kind: 'training',
      window: { type: 'timed', date: '2025-10-27', startTime: '09:30', endTime: '11:00' },
    });
    const { askId } = await jsonOf<Outcome>(await call('POST', '/calendar/asks', ask));

    // act
    const { response, text, byUid } = await feed();

    // assert
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(text).toContain('METHOD:PUBLISH');
    const census = byUid('census-autumn-2025-26@asks-of-schools.ecc-education')!;
    expect([census.startDate.toString(), census.endDate.toString()]).toEqual(['2025-10-02', '2025-10-03']);
    const briefing = byUid(`${askId}@asks-of-schools.ecc-education`)!;
    expect(briefing.startDate.toJSDate().toISOString()).toBe('2025-10-27T09:30:00.000Z');
    expect(text).not.toContain(ask.owner.contact.email);
  });
});
