import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiGatewayRestEvent, LOCAL_STAGE, LocalHttpApi, type LocalRoute } from '#local/http-api';

const receivedAt = new Date('2026-11-22T12:00:00Z');

describe('the REST proxy event (payload 1.0) the local API builds', () => {
  const event = (overrides: Partial<Parameters<typeof apiGatewayRestEvent>[0]> = {}) =>
    apiGatewayRestEvent({
      route: { method: 'POST', path: '/bookings/{bookingId}' },
      url: new URL('http://127.0.0.1:3000/bookings/BK-1?term=autumn&urn=1&urn=2'),
      headers: [
        ['Host', '127.0.0.1:3000'],
        ['Content-Type', 'application/json'],
        ['Accept', 'text/html'],
        ['Accept', 'application/json'],
      ],
      pathParameters: { bookingId: 'BK-1' },
      body: Buffer.from('{"a":1}'),
      sourceIp: '203.0.113.10',
      receivedAt,
      ...overrides,
    });

  it('keeps header names in the client’s case, the last value in headers and every value in multiValueHeaders', () => {
    const e = event();

    expect(e.headers['Content-Type']).toBe('application/json');
    expect(e.headers['content-type']).toBeUndefined();
    expect(e.headers.Accept).toBe('application/json');
    expect(e.multiValueHeaders.Accept).toEqual(['text/html', 'application/json']);
  });

  it('adds the X-Forwarded-* and trace headers API Gateway adds, appending the client to X-Forwarded-For', () => {
    const plain = event();
    const proxied = event({ headers: [['x-forwarded-for', '198.51.100.7']] });

    expect(plain.headers).toMatchObject({
      'X-Forwarded-For': '203.0.113.10',
      'X-Forwarded-Port': '3000',
      'X-Forwarded-Proto': 'http',
    });
    expect(plain.headers['X-Amzn-Trace-Id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(proxied.headers['x-forwarded-for']).toBe('198.51.100.7, 203.0.113.10');
  });

  it('gives the last query value in queryStringParameters and every value in the multi-value map', () => {
    const e = event();

    expect(e.queryStringParameters).toEqual({ term: 'autumn', urn: '2' });
    expect(e.multiValueQueryStringParameters).toEqual({ term: ['autumn'], urn: ['1', '2'] });
  });

  it('uses null, as API Gateway does, for no query string, no path parameters and no body', () => {
    const e = event({
      route: { method: 'GET', path: '/bookings' },
      url: new URL('http://127.0.0.1:3000/bookings'),
      pathParameters: {},
      body: Buffer.alloc(0),
    });

    expect(e.queryStringParameters).toBeNull();
    expect(e.multiValueQueryStringParameters).toBeNull();
    expect(e.pathParameters).toBeNull();
    expect(e.body).toBeNull();
  });

  it('names the resource, the path and the stage-prefixed context path, and stamps the receipt time', () => {
    const e = event();

    expect(e).toMatchObject({
      resource: '/bookings/{bookingId}',
      path: '/bookings/BK-1',
      httpMethod: 'POST',
      pathParameters: { bookingId: 'BK-1' },
      body: '{"a":1}',
      isBase64Encoded: false,
    });
    expect(e.requestContext).toMatchObject({
      path: `/${LOCAL_STAGE}/bookings/BK-1`,
      resourcePath: '/bookings/{bookingId}',
      httpMethod: 'POST',
      stage: LOCAL_STAGE,
      requestTime: '22/Nov/2026:12:00:00 +0000',
      requestTimeEpoch: receivedAt.getTime(),
      identity: { sourceIp: '203.0.113.10' },
    });
  });

  it('passes a body as text, never base64: the API declares no binary media types', () => {
    const e = event({ headers: [['Content-Type', 'application/octet-stream']], body: Buffer.from('plain') });

    expect(e.body).toBe('plain');
    expect(e.isBase64Encoded).toBe(false);
  });
});

describe('the local API answers as API Gateway (REST) does', () => {
  let server: Server | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });

  const serve = async (handler: LocalRoute['handler']) => {
    const api = new LocalHttpApi(
      [
        {
          method: 'POST',
          path: '/things',
          function: { name: 'things', timeoutSeconds: 5, memoryMb: 128 },
          handler,
        },
      ],
      () => receivedAt,
    );
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void api.handle(req, res, Buffer.concat(chunks)).then((handled) => {
          if (!handled) api.answerUnknownRoute(res);
        });
      });
    });
    await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  };

  it('passes the handler the event and gives the client its status, headers and body', async () => {
    let seen: APIGatewayProxyEvent | undefined;
    const url = await serve(async (event) => {
      seen = event as APIGatewayProxyEvent;
      return {
        statusCode: 201,
        headers: { 'x-one': '1' },
        multiValueHeaders: { 'set-cookie': ['a=1', 'b=2'] },
        body: 'made',
      };
    });

    const response = await fetch(`${url}/things?x=1`, {
      method: 'POST',
      body: 'hello',
      headers: { 'X-Correlation-Id': 'c-9' },
    });

    expect(response.status).toBe(201);
    expect(response.headers.get('x-one')).toBe('1');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.text()).toBe('made');
    expect(seen).toMatchObject({ body: 'hello', queryStringParameters: { x: '1' } });
    // Passed in the case the client sent (Node's fetch keeps the case it was given for this one).
    expect(seen!.headers['X-Correlation-Id']).toBe('c-9');
    expect(seen!.headers['x-correlation-id']).toBeUndefined();
  });

  it('answers 502 when the handler throws or returns something that is not a proxy response', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const throwing = await serve(async () => {
      throw new Error('boom');
    });
    const failed = await fetch(`${throwing}/things`, { method: 'POST' });
    await new Promise<void>((done) => server!.close(() => done()));
    const malformed = await serve(async () => ({ ok: true }));
    const odd = await fetch(`${malformed}/things`, { method: 'POST' });

    expect(failed.status).toBe(502);
    expect(await failed.json()).toEqual({ message: 'Internal server error' });
    expect(odd.status).toBe(502);
  });

  it('answers 403 Missing Authentication Token for a path or a method no route serves', async () => {
    const url = await serve(async () => ({ statusCode: 200, body: '' }));

    const unknownPath = await fetch(`${url}/nothing`);
    const wrongMethod = await fetch(`${url}/things`);

    expect(unknownPath.status).toBe(403);
    expect(await unknownPath.json()).toEqual({ message: 'Missing Authentication Token' });
    expect(wrongMethod.status).toBe(403);
  });
});
