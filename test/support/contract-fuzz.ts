import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import fc from 'fast-check';

/** The SQS body of a PutEvents entry as EventBridge delivers it to a queue target. */
export const deliveredToQueue = (entry: PutEventsRequestEntry): string =>
  JSON.stringify({
    version: '0',
    id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
    'detail-type': entry.DetailType,
    source: entry.Source,
    account: '123456789012',
    time: entry.Time!.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: 'eu-west-2',
    resources: [],
    detail: JSON.parse(entry.Detail!),
  });

/** A header value a client may send: printable ASCII, up to 300 characters. */
export const headerValue = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 300,
});

/**
 * Text of every kind, short and (size 'max': fast-check otherwise keeps strings near 10
 * characters) up to and past the cap `max`, where a producer's and a consumer's limits could differ.
 */
export const fuzzText = (max: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }) },
    {
      weight: 2,
      arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: max, size: 'max' }),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: max + 20, size: 'max' }) },
  );

/** A council or partner work address at the invented domains. */
export const workEmail = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]([a-z0-9._+-]{0,30}[a-z0-9])?$/),
    fc.constantFrom('example.gov.uk', 'example.org'),
  )
  .map(([local, domain]) => `${local}@${domain}`);
