import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';

/** What the test handlers saw, shared with the test through globalThis (same process as the runtime). */
export interface TestHandlerLog {
  invocations: number;
  processed: string[];
  scheduled: unknown[];
}

const state = globalThis as typeof globalThis & { testHandlerLog?: TestHandlerLog };

/** The log, created on first use. */
export const testHandlerLog = (): TestHandlerLog => {
  state.testHandlerLog ??= { invocations: 0, processed: [], scheduled: [] };
  return state.testHandlerLog;
};

/** A queue consumer that reports records whose body has `"fail": true` as failed, and records the rest. */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const log = testHandlerLog();
  log.invocations++;
  const batchItemFailures = [];
  for (const record of event.Records) {
    const body = JSON.parse(record.body) as { id: string; fail?: boolean };
    if (body.fail) batchItemFailures.push({ itemIdentifier: record.messageId });
    else log.processed.push(body.id);
  }
  return { batchItemFailures };
};
