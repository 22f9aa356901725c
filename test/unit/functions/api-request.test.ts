import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { apiRequestWithBody, apiRequestWithPath } from '#functions/commons/api-request';
import { requestTime } from '#functions/commons/clock';

/** A REST API Lambda proxy event (payload format 1.0), as API Gateway sends it. */
const request = (overrides: Record<string, unknown> = {}) => ({
  resource: '/things',
  path: '/things',
  httpMethod: 'POST',
  headers: { 'Content-Type': 'application/json' },
  multiValueHeaders: { 'Content-Type': ['application/json'] },
  queryStringParameters: null,
  multiValueQueryStringParameters: null,
  pathParameters: null,
  stageVariables: null,
  requestContext: {
    accountId: '123456789012',
    apiId: 'abc123',
    stage: 'dev',
    path: '/dev/things',
    resourcePath: '/things',
    httpMethod: 'POST',
    protocol: 'HTTP/1.1',
    requestId: 'req-1',
    requestTime: '22/Nov/2026:12:00:00 +0000',
    requestTimeEpoch: 1_795_348_800_000,
    identity: { sourceIp: '203.0.113.10', userAgent: 'test' },
  },
  body: null,
  isBase64Encoded: false,
  ...overrides,
});

const Thing = z.object({ name: z.string() });

describe('API request schemas', () => {
  it('parses a JSON body into the body schema’s value', () => {
    const parsed = apiRequestWithBody(Thing).parse(request({ body: '{"name":"Ada"}' }));

    expect(parsed.body).toEqual({ name: 'Ada' });
  });

  it('decodes a base64-encoded body before parsing it, as API Gateway encodes binary media types', () => {
    const body = Buffer.from('{"name":"Ada"}').toString('base64');

    const parsed = apiRequestWithBody(Thing).parse(request({ body, isBase64Encoded: true }));

    expect(parsed.body).toEqual({ name: 'Ada' });
  });

  it('names the body when it is missing (null in a REST event) or not JSON, and the field when the JSON is wrong', () => {
    const issues = (event: unknown) =>
      apiRequestWithBody(Thing)
        .safeParse(event)
        .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

    expect(issues(request())).toEqual(['body: a JSON body is required']);
    expect(issues(request({ body: '{"name":' }))).toEqual(['body: body must be valid JSON']);
    expect(issues(request({ body: '{"name":1}' }))).toEqual([
      'body.name: Invalid input: expected string, received number',
    ]);
  });

  it('validates path parameters with the route’s own rules', () => {
    const schema = apiRequestWithPath({ id: z.string().regex(/^\d+$/, 'id is a number') });

    expect(schema.parse(request({ pathParameters: { id: '42' } })).pathParameters).toEqual({ id: '42' });
    expect(schema.safeParse(request({ pathParameters: { id: 'x' } })).error?.issues[0]?.message).toBe(
      'id is a number',
    );
  });

  it('gives handlers header names in lower case whatever case the client sent, repeats joined with commas', () => {
    const parsed = apiRequestWithBody(Thing).parse(
      request({
        body: '{"name":"Ada"}',
        headers: { 'Content-Type': 'application/json', 'X-Correlation-Id': 'c-1', Accept: 'text/html' },
        multiValueHeaders: {
          'Content-Type': ['application/json'],
          'X-Correlation-Id': ['c-1'],
          Accept: ['text/html', 'application/json'],
        },
      }),
    );

    expect(parsed.headers).toEqual({
      'content-type': 'application/json',
      'x-correlation-id': 'c-1',
      accept: 'text/html,application/json',
    });
  });

  it('reads headers from `headers` when an event has no multi-value map', () => {
    const parsed = apiRequestWithBody(Thing).parse(
      request({
        body: '{"name":"Ada"}',
        headers: { 'X-Correlation-Id': 'c-2' },
        multiValueHeaders: undefined,
      }),
    );

    expect(parsed.headers).toEqual({ 'x-correlation-id': 'c-2' });
  });

  it('gives query parameters with repeats joined with commas, and none as an empty object', () => {
    const schema = apiRequestWithPath({});

    const withQuery = schema.parse(
      request({
        pathParameters: {},
        queryStringParameters: { term: 'autumn', urn: '2' },
        multiValueQueryStringParameters: { term: ['autumn'], urn: ['1', '2'] },
      }),
    );
    const without = schema.parse(request({ pathParameters: {} }));

    expect(withQuery.queryStringParameters).toEqual({ term: 'autumn', urn: '1,2' });
    expect(without.queryStringParameters).toEqual({});
  });

  it('keeps the request id, the client address and the time API Gateway received the request', () => {
    const parsed = apiRequestWithBody(Thing).parse(request({ body: '{"name":"Ada"}' }));

    expect(parsed.requestContext).toEqual({
      requestId: 'req-1',
      requestTimeEpoch: 1_795_348_800_000,
      identity: { sourceIp: '203.0.113.10' },
    });
    expect(requestTime(parsed).toISOString()).toBe('2026-11-22T12:00:00.000Z');
  });
});
