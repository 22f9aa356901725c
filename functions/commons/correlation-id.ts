import { CorrelationIdSchema } from '#events/correlation-id';

/**
 * The correlation id of an API request: the caller's `x-correlation-id` when the event
 * contracts accept it, otherwise API Gateway's request id. A header the contracts would refuse
 * (empty, or over 128 characters) is dropped at the edge rather than queued: a `202` must never
 * be followed by a message its consumer cannot read.
 */
export const correlationIdOf = (headers: Readonly<Record<string, string>>, requestId: string): string => {
  const header = headers['x-correlation-id'];
  return header !== undefined && CorrelationIdSchema.safeParse(header).success ? header : requestId;
};
