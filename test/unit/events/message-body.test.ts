import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMessageBody } from '#events/message-body';

// What SQS accepts in a message body: #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF,
// checked here per UTF-16 code unit, as the strictest implementations (fauxqs) do.
const SQS_SAFE_UNITS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD]*$/;

describe('a value as an SQS message body', () => {
  it('holds only characters SQS accepts and parses back to the same value, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: 'binary' }), (value, text) => {
        const body = toMessageBody({ value, text });

        expect(body).toMatch(SQS_SAFE_UNITS);
        expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify({ value, text })));
      }),
    );
  });

  it('writes an emoji in a school name as an escape pair', () => {
    expect(toMessageBody({ name: 'St Mary’s 🏫' })).toBe('{"name":"St Mary’s \\ud83c\\udfeb"}');
  });
});
