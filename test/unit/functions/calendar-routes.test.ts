import type { APIGatewayProxyEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CLASH_SETTINGS } from '#domain/calendar/clashes';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';
import { apiGatewayRestEvent } from '#local/http-api';
import { anAskRequest } from '#test/support/calendar-asks';
import { InMemoryAsks, RecordingAnnouncer } from '#test/support/in-memory-asks';

// The handler modules build their deployed ports at import: give them names to read.
vi.stubEnv('CALENDAR_TABLE_NAME', 'calendar');
vi.stubEnv('EVENT_BUS_NAME', 'education');
vi.stubEnv('CALENDAR_CLASH_POLICY', 'warn');
vi.stubEnv('CALENDAR_CLASH_BUFFER_WORKING_DAYS', '2');
let changeAskRoutes: typeof import('#functions/calendar/change-ask').changeAskRoutes;
let readCalendarRoutes: typeof import('#functions/calendar/read-calendar').readCalendarRoutes;
beforeAll(async () => {
  ({ changeAskRoutes } = await import('#functions/calendar/change-ask'));
  ({ readCalendarRoutes } = await import('#functions/calendar/read-calendar'));
});

/** A REST API proxy event for a calendar route, received on Monday 24 November 2025. */
const event = (
  method: string,
  route: string,
  url: string,
  body?: unknown,
  pathParameters?: Record<string, string>,
): APIGatewayProxyEvent =>
  apiGatewayRestEvent({
    route: { method, path: route },
    url: new URL(url, 'https://api.example.gov.uk'),
    headers: [['Content-Type', 'application/json']],
    ...(pathParameters && { pathParameters }),
    body: Buffer.from(body === undefined ? '' : JSON.stringify(body)),
    receivedAt: new Date('2025-11-24T10:00:00.000Z'),
  });

const censusWeek = { type: 'all-day', start: '2026-01-12', end: '2026-01-16' } as const;

const portsWith = (policy: 'warn' | 'refuse') => {
  const asks = new InMemoryAsks();
  const announcer = new RecordingAnnouncer();
  const routes = changeAskRoutes({
    asks,
    announcer,
    settings: { rules: ESSEX_CALENDAR_RULES, clashSettings: { ...DEFAULT_CLASH_SETTINGS, policy } },
  });
  return { asks, announcer, routes };
};

describe('the change routes', () => {
  it('answers 409 with the clashes and suggestions under the refuse policy, storing nothing', async () => {
    // prepare
    const { asks, announcer, routes } = portsWith('refuse');

    // act
    const response = await routes(
      event('POST', '/calendar/asks', '/calendar/asks', anAskRequest({ window: censusWeek })),
    );
    const body = JSON.parse(response.body) as { askId?: string; clashes: unknown[]; suggestions: unknown[] };

    // assert
    expect(response.statusCode).toBe(409);
    expect(body.askId).toBeUndefined();
    expect(body.clashes.length).toBeGreaterThan(0);
    expect(body.suggestions).toEqual([
      { start: '2026-01-05', end: '2026-01-09' },
      { start: '2026-01-26', end: '2026-01-30' },
    ]);
    expect(asks.versions.size).toBe(0);
    expect(announcer.summary).toEqual([expect.stringMatching(/^clash refused-/)]);
  });

  it('answers 201 with the same body and a Location under the warn policy', async () => {
    // prepare
    const { routes } = portsWith('warn');

    // act
    const response = await routes(
      event('POST', '/calendar/asks', '/calendar/asks', anAskRequest({ window: censusWeek })),
    );
    const body = JSON.parse(response.body) as { askId: string; version: number; clashes: unknown[] };

    // assert
    expect(response.statusCode).toBe(201);
    expect(response.headers?.location).toBe(`/calendar/asks/${body.askId}`);
    expect(body.version).toBe(1);
    expect(body.clashes.length).toBeGreaterThan(0);
  });

  it('leaves the ask as it was when the refuse policy refuses an edit (409, naming the ask)', async () => {
    // prepare
    const { asks, routes } = portsWith('refuse');
    const created = JSON.parse(
      (await routes(event('POST', '/calendar/asks', '/calendar/asks', anAskRequest()))).body,
    ) as { askId: string };

    // act
    const response = await routes(
      event(
        'PUT',
        '/calendar/asks/{askId}',
        `/calendar/asks/${created.askId}`,
        anAskRequest({ window: censusWeek }),
        {
          askId: created.askId,
        },
      ),
    );

    // assert
    expect(response.statusCode).toBe(409);
    expect(JSON.parse(response.body)).toMatchObject({ askId: created.askId });
    expect((await asks.get(created.askId))?.version).toBe(1);
  });

  it('answers 409 to an edit of a cancelled ask', async () => {
    // prepare
    const { routes } = portsWith('warn');
    const { askId } = JSON.parse(
      (await routes(event('POST', '/calendar/asks', '/calendar/asks', anAskRequest()))).body,
    ) as { askId: string };
    await routes(event('DELETE', '/calendar/asks/{askId}', `/calendar/asks/${askId}`, undefined, { askId }));

    // act
    const response = await routes(
      event('PUT', '/calendar/asks/{askId}', `/calendar/asks/${askId}`, anAskRequest(), { askId }),
    );

    // assert
    expect(response.statusCode).toBe(409);
    expect(JSON.parse(response.body)).toEqual({
      error: 'Conflict',
      message: `ask ${askId} is cancelled and cannot be edited`,
    });
  });

  it('names a bad path parameter and a bad body field together in one 400', async () => {
    // prepare
    const { routes } = portsWith('warn');

    // act
    const response = await routes(
      event(
        'PUT',
        '/calendar/asks/{askId}',
        '/calendar/asks/nonsense',
        { ...anAskRequest(), kind: 'party' },
        { askId: 'nonsense' },
      ),
    );

    // assert
    expect(response.statusCode).toBe(400);
    expect(
      (JSON.parse(response.body) as { issues: { path: string }[] }).issues.map((i) => i.path).sort(),
    ).toEqual(['askId', 'kind']);
  });
});

describe('the read routes', () => {
  it('names weeks when it is out of range, and defaults to eight weeks', async () => {
    // prepare
    const routes = readCalendarRoutes(new InMemoryAsks());

    // act
    const bad = await routes(event('GET', '/calendar/weeks', '/calendar/weeks?from=2026-01-14&weeks=61'));
    const good = await routes(event('GET', '/calendar/weeks', '/calendar/weeks?from=2026-01-14'));

    // assert
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({
      error: 'ValidationError',
      issues: [{ path: 'weeks', message: 'weeks must be a whole number from 1 to 60' }],
    });
    expect((JSON.parse(good.body) as { weeks: unknown[] }).weeks).toHaveLength(8);
  });
});
