import type { SQSRecord } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { logger } from '#functions/commons/powertools';
import { loggingFailures } from '#functions/commons/record-failure';

const aRecord = (body: string): SQSRecord => ({
  messageId: 'm-1',
  receiptHandle: 'r',
  body,
  attributes: {
    ApproximateReceiveCount: '2',
    SentTimestamp: '0',
    SenderId: 's',
    ApproximateFirstReceiveTimestamp: '0',
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:eu-west-2:000000000000:q',
  awsRegion: 'eu-west-2',
});

afterEach(() => vi.restoreAllMocks());

describe('record failure logging', () => {
  it('logs the invalid field paths of a record that fails validation, not its content, and rethrows', async () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});
    const schema = z.object({ booker: z.object({ email: z.email() }) });
    const failing = loggingFailures(async (record) => {
      const result = schema.safeParse(JSON.parse(record.body));
      if (!result.success)
        throw Object.assign(new Error('Failed to parse schema'), {
          name: 'ParseError',
          cause: result.error.issues,
        });
    });

    await expect(failing(aRecord('{"booker":{"email":"jo.bloggs-at-example.org"}}'))).rejects.toThrow(
      'Failed to parse',
    );

    expect(warn).toHaveBeenCalledWith('record failed', {
      messageId: 'm-1',
      receiveCount: '2',
      error: 'ParseError',
      invalidFields: ['booker.email'],
    });
    expect(JSON.stringify(warn.mock.calls)).not.toContain('jo.bloggs');
  });

  it('logs the reason of any other failure and leaves successes silent', async () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});

    await loggingFailures(async () => {})(aRecord('{}'));
    await expect(
      loggingFailures(async () => {
        throw new Error('SES throttled');
      })(aRecord('{}')),
    ).rejects.toThrow('SES throttled');

    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![1]).toMatchObject({ error: 'Error', reason: 'SES throttled' });
  });

  it('logs where an unexpected failure was thrown: its stack frames, file and line, without its message', async () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});
    const failure = new Error('the mailer is misconfigured');

    await expect(
      loggingFailures(async () => {
        throw failure;
      })(aRecord('{}')),
    ).rejects.toThrow('the mailer is misconfigured');

    const { stack } = warn.mock.calls[0]![1] as { stack: string[] };
    expect(stack[0]).toBe(failure.stack!.split('\n')[1]!.trim());
    expect(stack[0]).toMatch(/record-failure\.test\.ts:\d+:\d+/);
    expect(stack.join('\n')).not.toContain('misconfigured');
  });
});
