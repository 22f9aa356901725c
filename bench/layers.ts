import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { functionEnvironment } from '#cdk/function-environment';
import { BENCH_DIR, type BuiltBundle, bundle } from './bundles.ts';
import { measureColdImports } from './cold-import.ts';
import { type BenchSection, round } from './section.ts';

/** What each layer of a handler costs on its own, imported into an otherwise empty bundle. */
const LAYERS: Record<string, string> = {
  empty: 'export const handler = async () => 1;',
  zodSchemas:
    "import { BookingSubmittedEnvelopeSchema } from '#events/booking-submitted';\nimport { BookingConfirmedEnvelopeSchema } from '#events/booking-confirmed';\nexport const handler = async () => [BookingSubmittedEnvelopeSchema, BookingConfirmedEnvelopeSchema];",
  oneEnvelope:
    "import { BookingSubmittedEnvelopeSchema } from '#events/booking-submitted';\nexport const handler = async () => BookingSubmittedEnvelopeSchema;",
  miniSchemas: `import * as z from 'zod/mini';
const Meta = z.object({ eventId: z.uuid(), version: z.string().check(z.regex(/^\\d+\\.\\d+\\.\\d+$/)), occurredAt: z.iso.datetime({ offset: true }), correlationId: z.string().check(z.minLength(1), z.maxLength(128)) });
const Fields = z.object({ submissionId: z.uuid(), termsAccepted: z.literal(true), school: z.object({ urn: z.string().check(z.regex(/^\\d{6}$/)), name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)) }), booker: z.object({ name: z.string().check(z.trim(), z.minLength(1)), email: z.email(), phone: z.optional(z.string()) }), programme: z.enum(['a','b','c','d','e','f','g','h']), package: z.enum(['pay-as-you-go','silver','gold']), days: z.number().check(z.positive(), z.maximum(40), z.refine((d) => Number.isInteger(d * 2))), purchaseOrderNumber: z.optional(z.string()), addVat: z.boolean() });
const Price = z.object({ netPence: z.int(), discountPence: z.int(), vatPence: z.int(), totalPence: z.int(), lines: z.array(z.object({ description: z.string(), amountPence: z.int() })) });
const Submitted = z.object({ metadata: Meta, data: z.extend(Fields, { bookingId: z.string().check(z.regex(/^BK-/)), receivedAt: z.iso.datetime({ offset: true }) }) });
const Confirmed = z.object({ metadata: Meta, data: z.extend(Fields, { bookingId: z.string(), status: z.literal('confirmed'), price: Price, academicYear: z.string(), receivedAt: z.iso.datetime(), confirmedAt: z.iso.datetime() }) });
export const handler = async () => [Submitted, Confirmed];`,
  zodOnly: "import * as z from 'zod';\nexport const handler = async () => z.string();",
  loggerMetrics:
    "import { metrics } from '#functions/commons/metrics';\nimport { logger } from '#functions/commons/powertools';\nexport const handler = async () => [logger, metrics];",
  batch:
    "import { BatchProcessor, EventType } from '@aws-lambda-powertools/batch';\nconst p = new BatchProcessor(EventType.SQS);\nexport const handler = async () => p;",
  idempotency:
    "import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';\nexport const handler = async () => [IdempotencyConfig, makeIdempotent];",
  middy: "import middy from '@middy/core';\nexport const handler = middy().handler(async () => 1);",
  londonTime:
    "import { londonDateOf, londonInstant } from '#domain/shared/london-time';\nconst first = [londonDateOf(new Date(0)), londonInstant('2024-10-27', '01:30')];\nexport const handler = async () => first;",
  intlLondon:
    "const f = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric' });\nconst first = f.formatToParts(0);\nexport const handler = async () => first;",
  calendarRules:
    "import { checkAsk } from '#domain/calendar/clashes';\nimport { computedAsksAround } from '#domain/calendar/computed-asks';\nimport { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';\nconst asks = computedAsksAround('2026-01-12', '2026-01-16', ESSEX_CALENDAR_RULES);\nconst first = checkAsk({ window: { type: 'all-day', start: '2026-01-12', end: '2026-01-16' }, criticality: 'normal' }, asks);\nexport const handler = async () => first;",
  askFeed:
    "import { askFeed } from '#domain/calendar/ask-feed';\nimport { computedAsksAround } from '#domain/calendar/computed-asks';\nimport { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';\nconst asks = computedAsksAround('2025-09-01', '2026-08-31', ESSEX_CALENDAR_RULES);\nconst first = askFeed(asks, { generatedAt: new Date(0) });\nexport const handler = async () => first;",
};
const DESCRIPTIONS: Record<string, string> = {
  empty: 'empty handler (baseline)',
  zodSchemas: 'zod + our two booking event envelopes (BookingSubmitted, BookingConfirmed)',
  oneEnvelope: 'zod + one of them (BookingSubmitted)',
  miniSchemas: 'zod/mini equivalent of those schemas (an option, not used)',
  zodOnly: 'zod alone (one z.string())',
  loggerMetrics: 'Powertools logger + metrics (functions/commons/powertools.ts, metrics.ts)',
  batch: 'Powertools BatchProcessor',
  idempotency: 'Powertools idempotency (+ jmespath)',
  middy: '@middy/core',
  londonTime: 'London time (domain/shared/london-time.ts, UK clock rule by hand), one conversion each way',
  intlLondon: 'Intl alone: one Europe/London DateTimeFormat, first use (what london-time.ts paid before)',
  calendarRules: 'calendar rules: three years of computed asks + one clash check (no Intl)',
  askFeed: 'iCalendar feed (ical-generator) of three years of computed asks, first feed',
};

/** Every layer bundle runs as a deployed function would (its Powertools settings, no Node flags). */
const LAYER_ENV = functionEnvironment('layers', { IDEMPOTENCY_TABLE_NAME: 'bench-idempotency' });

/** Cold-import cost of each layer, alone over the empty handler: where a function's time above its floor goes. */
export async function layersSection(runs: number): Promise<BenchSection> {
  mkdirSync(join(BENCH_DIR, 'layers'), { recursive: true });
  const built: BuiltBundle[] = [];
  for (const [name, source] of Object.entries(LAYERS)) {
    const entry = join(BENCH_DIR, 'layers', `${name}.ts`);
    writeFileSync(entry, `${source}\n`);
    const b = await bundle(entry, join(BENCH_DIR, 'layers', name));
    built.push({ name, kind: 'floor', ...b, clients: [], env: LAYER_ENV });
  }
  const medians = measureColdImports(
    built.map((b) => ({ name: b.name, bundle: b })),
    runs,
  );
  const empty = medians.get('empty')!.processMs;
  return {
    id: 'layers',
    title: 'Cold-import cost by layer (each alone over the empty handler, medians)',
    status: 'measured',
    columns: ['layer', 'KB', '+ms over empty'],
    rows: built
      .filter((b) => b.name !== 'empty')
      .map((b) => [
        DESCRIPTIONS[b.name] ?? b.name,
        round(b.bytes / 1024, 0),
        round(medians.difference(b.name, 'empty'), 1),
      ]),
    notes: [
      `${runs} interleaved runs; the empty handler took ${round(empty, 1)} ms. Layers share Node's own start-up work, so their costs do not simply add.`,
      'Alone, a layer also pays for the Node built-ins it imports (node:crypto, node:http, ...), which a function’s AWS clients load anyway: what a layer costs inside each function is in the layer-cost section.',
    ],
    data: { runs, medians: Object.fromEntries(medians) },
  };
}
