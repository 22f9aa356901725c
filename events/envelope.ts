import * as z from 'zod';
import { CorrelationIdSchema } from './correlation-id.ts';

export { CorrelationIdSchema } from './correlation-id.ts';

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
