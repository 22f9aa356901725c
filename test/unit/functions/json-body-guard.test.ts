import type { APIGatewayProxyEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { jsonBodyGuard, MAX_BODY_BYTES } from '#functions/commons/json-body-guard';

const guard = jsonBodyGuard();
const run = (headers: Record<string, string>, body: string | null, isBase64Encoded = false) =>
  guard.before!({
    event: { headers, body, isBase64Encoded } as unknown as APIGatewayProxyEvent,
  } as Parameters<NonNullable<typeof guard.before>>[0]);

describe('the JSON body guard in front of every JSON route', () => {
  it.each([
    ['application/json'],
    ['application/json; charset=utf-8'],
    ['Application/JSON;charset=UTF-8'],
    ['application/merge-patch+json'],
  ])('lets a body sent as %s through to the parser', (contentType) => {
    expect(run({ 'Content-Type': contentType }, '{}')).toBeUndefined();
  });

  it.each([
    ['no content type', {}],
    ['text/plain', { 'content-type': 'text/plain' }],
    ['a form post', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['a look-alike', { 'content-type': 'application/jsonp' }],
  ])('answers 415 for %s', (_, headers) => {
    const response = run(headers, '{}') as { statusCode: number; body: string };

    expect(response.statusCode).toBe(415);
    expect(JSON.parse(response.body)).toMatchObject({ error: 'UnsupportedMediaType' });
  });

  it('answers 413 for a body one byte over the limit, counting bytes not characters', () => {
    // 2 quotes + 8,191 two-byte letters + 1 = 16,385 bytes, but only 8,194 characters
    const overByOne = `"${'é'.repeat((MAX_BODY_BYTES - 2) / 2)}x"`;

    const response = run({ 'content-type': 'application/json' }, overByOne) as { statusCode: number };

    expect(Buffer.byteLength(overByOne)).toBe(MAX_BODY_BYTES + 1);
    expect(response.statusCode).toBe(413);
  });

  it('reads a body of exactly the limit', () => {
    expect(run({ 'content-type': 'application/json' }, 'x'.repeat(MAX_BODY_BYTES))).toBeUndefined();
  });
});
