import type { SQSRecord } from 'aws-lambda';
import { logger } from './powertools.ts';

/** The first frames of an error's stack (`at fn (file:line:col)`), without its message. */
const framesOf = (error: Error): string[] =>
  (error.stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, 10);

/**
 * Runs a record handler and, if it throws, logs why before rethrowing (the batch processor
 * reports the record as failed: it is retried, then parked in the DLQ). Only the error's
 * name, message and the field paths of validation issues are logged, never the record body;
 * for any other failure, the stack frames too (file and line of our source, through the
 * deployed source maps), since the batch processor swallows the error and nothing else would.
 */
export const loggingFailures =
  (handle: (record: SQSRecord) => Promise<void>) =>
  async (record: SQSRecord): Promise<void> => {
    try {
      await handle(record);
    } catch (error) {
      const e = error as Error & { cause?: unknown };
      const issues = Array.isArray(e.cause)
        ? (e.cause as { path?: PropertyKey[] }[])
            .map((i) => (i.path ?? []).map(String).join('.'))
            .slice(0, 10)
        : undefined;
      logger.warn('record failed', {
        messageId: record.messageId,
        receiveCount: record.attributes.ApproximateReceiveCount,
        error: e.name,
        ...(issues ? { invalidFields: issues } : { reason: e.message.slice(0, 300), stack: framesOf(e) }),
      });
      throw error;
    }
  };
