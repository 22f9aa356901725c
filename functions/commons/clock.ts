import type { SQSRecord } from 'aws-lambda';

/**
 * The one clock of the handlers. A handler's "now" is the time carried by what triggered it,
 * never the machine's clock, so the local runtime's virtual clock governs every handler and any
 * date can be tried (AWS sets each of these times; the local runtime stamps them from its clock):
 * - an API request (REST API, Lambda proxy): `requestContext.requestTimeEpoch`, when API Gateway
 *   received it;
 * - an SQS record: `SentTimestamp` (when it was queued) or `ApproximateFirstReceiveTimestamp`
 *   (when a consumer first took it: the time it was processed);
 * - an EventBridge event: its `time`;
 * - an EventBridge Scheduler invocation: the scheduled time, passed in the schedule's input as
 *   `<aws.scheduler.scheduled-time>`.
 * A test keeps every other module of domain/ and functions/ from reading the wall clock.
 */

/** When API Gateway received the request. */
export const requestTime = (event: {
  readonly requestContext: { readonly requestTimeEpoch: number };
}): Date => new Date(event.requestContext.requestTimeEpoch);

/** When the record was sent to its queue. */
export const sentTime = (record: Pick<SQSRecord, 'attributes'>): Date =>
  new Date(Number(record.attributes.SentTimestamp));

/** When a consumer first received the record: the time it is being processed. */
export const firstReceiveTime = (record: Pick<SQSRecord, 'attributes'>): Date =>
  new Date(Number(record.attributes.ApproximateFirstReceiveTimestamp));

/** When an EventBridge event happened (its `time`, to the second). */
export const eventTime = (event: { readonly time: string }): Date => new Date(event.time);

/**
 * The schedule input every scheduled function receives: EventBridge Scheduler replaces the
 * placeholder with the instant the invocation was scheduled for (the local ticker does the same).
 */
export const SCHEDULED_INPUT = { scheduledTime: '<aws.scheduler.scheduled-time>' } as const;

/** The instant a scheduled invocation was scheduled for (not when it happened to run). */
export const scheduledTime = (input: { readonly scheduledTime: string }): Date =>
  new Date(input.scheduledTime);
