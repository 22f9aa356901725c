import * as z from 'zod';

/**
 * Ties the events of one request together across queues and the bus (1 to 128 characters).
 * The API takes a caller's `x-correlation-id` only when this schema accepts it, so no queued
 * message carries one its consumer would reject.
 */
export const CorrelationIdSchema = z.string().min(1).max(128);
