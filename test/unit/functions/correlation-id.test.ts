import { describe, expect, it } from 'vitest';
import { correlationIdOf } from '#functions/commons/correlation-id';

describe('the correlation id of an API request', () => {
  it('keeps a caller’s id the event contracts accept', () => {
    expect(correlationIdOf({ 'x-correlation-id': 'form-7f3a' }, 'req-1')).toBe('form-7f3a');
  });

  it.each([
    ['empty', ''],
    ['200 characters', 'c'.repeat(200)],
  ])('drops an %s header for the request id, so the queued message stays readable', (_, value) => {
    expect(correlationIdOf({ 'x-correlation-id': value }, 'req-1')).toBe('req-1');
  });

  it('uses the request id when the caller sends none', () => {
    expect(correlationIdOf({}, 'req-1')).toBe('req-1');
  });
});
