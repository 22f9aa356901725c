import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { apiRequestWithBody, apiRequestWithPath } from '#functions/commons/api-request';

const request = (overrides: Record<string, unknown> = {}) => ({
  version: '2.0',
  routeKey: 'POST /things',
  rawPath: '/things',
  rawQueryString: '',
  headers: { 'content-type': 'application/json' },
  requestContext: {
    requestId: 'req-1',
    timeEpoch: 1_700_000_000_000,
    http: { method: 'POST', path: '/things', sourceIp: '127.0.0.1', protocol: 'HTTP/1.1', userAgent: 'test' },
  },
  isBase64Encoded: false,
  ...overrides,
});

const Thing = z.object({ name: z.string() });

describe('API request schemas', () => {
  it('parses a JSON body into the body schema’s value', () => {
    const parsed = apiRequestWithBody(Thing).parse(request({ body: '{"name":"Ada"}' }));

    expect(parsed.body).toEqual({ name: 'Ada' });
  });

  it('decodes a base64-encoded body before parsing it, as API Gateway encodes non-text bodies', () => {
    const body = Buffer.from('{"name":"Ada"}').toString('base64');

    const parsed = apiRequestWithBody(Thing).parse(request({ body, isBase64Encoded: true }));

    expect(parsed.body).toEqual({ name: 'Ada' });
  });

  it('names the body when it is missing or not JSON, and the field when the JSON is wrong', () => {
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
});
