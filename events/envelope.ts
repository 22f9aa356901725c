import * as z from 'zod';

/**
 * Ties the events of one request together across queues and the bus (1 to 128 characters).
 * The API takes a caller's `x-correlation-id` only when this schema accepts it, so no queued
 * message carries one its consumer would reject.
 */
export const CorrelationIdSchema = z.string().min(1).max(128);

/**
 * Metadata carried by every event this system publishes or queues.
 * `version` is the contract version of `data` (semver); consumers accept every 1.x.
 */
export const EventMetadataSchema = z.object({
  eventId: z.uuid(),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must be semver, e.g. 1.0.0'),
  occurredAt: z.iso.datetime({ offset: true }),
  correlationId: CorrelationIdSchema,
});

/** Event metadata: who/when/which version, never personal data. */
export type EventMetadata = z.infer<typeof EventMetadataSchema>;

/** Builds the `{ metadata, data }` envelope schema around an event's data schema. */
export const envelopeOf = <TData extends z.ZodType>(data: TData) =>
  z.object({ metadata: EventMetadataSchema, data });

/** What every event module declares about itself. */
export interface EventContract<TSchema extends z.ZodType> {
  /** EventBridge `detail-type`, in the council's words. */
  readonly name: string;
  /** EventBridge `source`. */
  readonly source: string;
  /** Current contract version published by producers. */
  readonly version: string;
  /** Schema of the whole envelope (`metadata` + `data`). */
  readonly schema: TSchema;
}

/** Wraps `data` in an envelope with fresh metadata (kept here for existing importers; producers import envelope-builder.ts). */
export { envelope } from './envelope-builder.ts';
