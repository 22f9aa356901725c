/**
 * Wraps `data` in an envelope with fresh metadata (the `{ metadata, data }` shape that
 * `envelopeOf` in envelope.ts validates). Time and ids are passed in, never read here. A module
 * of its own, building no schema, so that a producer publishes without building the envelope
 * schemas only its consumers parse.
 */
export const envelope = <TData>(
  contract: { version: string },
  data: TData,
  meta: { eventId: string; occurredAt: Date; correlationId: string },
) => ({
  metadata: {
    eventId: meta.eventId,
    version: contract.version,
    occurredAt: meta.occurredAt.toISOString(),
    correlationId: meta.correlationId,
  },
  data,
});
