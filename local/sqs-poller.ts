import {
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { invoke, type LambdaHandler } from './lambda-context.ts';
import type { LocalQueue } from './provision.ts';

/** How a queue feeds its function (from the wiring). */
export interface PollerSpec {
  readonly queue: LocalQueue;
  readonly batchSize: number;
  readonly maxBatchingWindowSeconds: number;
  readonly function: { name: string; timeoutSeconds: number; memoryMb: number };
  readonly handler: LambdaHandler;
  readonly region: string;
  /** Maps a real timestamp taken by the queue to the runtime's virtual time. */
  readonly timeAt: (realMs: number) => Date;
  /** Told of each batch's outcome (the runtime logs it; tests count it). */
  readonly onBatch?: (outcome: { queue: string; received: number; failed: number; error?: unknown }) => void;
}

/**
 * The SQS event record Lambda builds for a received message (missing attributes get Lambda's
 * defaults). The queue stamps real time; `timeAt` turns it into the runtime's virtual time, so a
 * handler that reads `SentTimestamp` lives on the same clock as everything else.
 */
export const sqsRecord = (
  message: Message,
  queueArn: string,
  region: string,
  timeAt: (realMs: number) => Date,
): SQSRecord => {
  const stamp = (real: string | undefined) =>
    String(timeAt(real === undefined ? Date.now() : Number(real)).getTime());
  return {
    messageId: message.MessageId!,
    receiptHandle: message.ReceiptHandle!,
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: message.Attributes?.ApproximateReceiveCount ?? '1',
      SentTimestamp: stamp(message.Attributes?.SentTimestamp),
      SenderId: message.Attributes?.SenderId ?? 'local',
      ApproximateFirstReceiveTimestamp: stamp(message.Attributes?.ApproximateFirstReceiveTimestamp),
    },
    messageAttributes: {},
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: region,
  };
};

/**
 * An SQS event source mapping, as Lambda runs one: long-polls the queue for up to
 * `batchSize` messages (waiting up to the batching window), invokes the handler with an
 * SQS event, deletes the records that succeeded and leaves the reported failures (or the
 * whole batch, if the handler throws or times out) to reappear after the visibility
 * timeout. The queue's redrive policy parks a message in its DLQ after maxReceiveCount.
 */
export function startSqsPoller(sqs: SQSClient, spec: PollerSpec): { stop(): Promise<void> } {
  const abort = new AbortController();
  const loop = (async () => {
    while (!abort.signal.aborted) {
      let messages: Message[] = [];
      try {
        const received = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: spec.queue.url,
            MaxNumberOfMessages: spec.batchSize,
            WaitTimeSeconds: Math.max(1, Math.min(20, spec.maxBatchingWindowSeconds || 1)),
            MessageSystemAttributeNames: ['All'],
          }),
          { abortSignal: abort.signal },
        );
        messages = received.Messages ?? [];
      } catch (error) {
        if (abort.signal.aborted) break;
        spec.onBatch?.({ queue: spec.queue.name, received: 0, failed: 0, error });
        await new Promise((r) => setTimeout(r, 500));
        continue;
      }
      if (messages.length === 0) continue;
      const event: SQSEvent = {
        Records: messages.map((m) => sqsRecord(m, spec.queue.arn, spec.region, spec.timeAt)),
      };
      let failedIds = new Set(event.Records.map((r) => r.messageId));
      let error: unknown;
      try {
        const response = (await invoke(spec.handler, event, spec.function)) as SQSBatchResponse | undefined;
        failedIds = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      } catch (thrown) {
        error = thrown;
      }
      const done = event.Records.filter((r) => !failedIds.has(r.messageId));
      if (done.length > 0) {
        await sqs
          .send(
            new DeleteMessageBatchCommand({
              QueueUrl: spec.queue.url,
              Entries: done.map((r, i) => ({ Id: String(i), ReceiptHandle: r.receiptHandle })),
            }),
          )
          .catch((deleteError: unknown) => {
            spec.onBatch?.({ queue: spec.queue.name, received: 0, failed: 0, error: deleteError });
          });
      }
      spec.onBatch?.({ queue: spec.queue.name, received: messages.length, failed: failedIds.size, error });
    }
  })();
  return {
    async stop() {
      abort.abort();
      await loop;
    },
  };
}
