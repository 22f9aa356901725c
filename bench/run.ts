import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { systemWiring } from '#wiring/system';
import { buildBundles, ROOT } from './bundles.ts';
import { coldImportSection } from './cold-import.ts';
import { costModelSection, type FlowUsage } from './cost-model.ts';
import { layersSection } from './layers.ts';
import { measureMondayEdition } from './monday-edition.ts';
import { measurePerEvent } from './per-event.ts';
import { measureSchoolImport } from './school-import.ts';
import type { BenchSection } from './section.ts';
import { measureSweep } from './sweep.ts';
import { measureThroughput } from './throughput.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    records: { type: 'string', default: '1000' },
    bookings: { type: 'string', default: '1000' },
    only: { type: 'string' },
  },
});
const only = values.only?.split(',');
const wanted = (id: string) => !only || only.includes(id);

/** Prints one section as an aligned text table with its notes. */
function print(section: BenchSection) {
  console.log(`\n## ${section.title}${section.status === 'not-landed' ? ' (not landed)' : ''}`);
  if (section.rows.length > 0) {
    const cells = [section.columns, ...section.rows].map((row) => row.map(String));
    const widths = section.columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
    for (const [n, row] of cells.entries()) {
      console.log(
        row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
      );
      if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    }
  }
  for (const note of section.notes) console.log(`- ${note}`);
}

// Workflows still to land: listed in the cost model as such, costing nothing.
const noUsage = {
  apiCalls: {},
  lambdaInvocations: 0,
  lambdaGbSeconds: 0,
  apiGatewayRequests: 0,
  sqsEventSourceRequests: 0,
  logBytes: 0,
  storedBytes: 0,
};
const notLandedFlows: FlowUsage[] = [
  { flow: 'ehcp-timescales', volume: 'ehcNeedsAssessmentRequests', landed: false, perEvent: noUsage },
  { flow: 'annual-reviews', volume: 'annualReviews', landed: false, perEvent: noUsage },
  { flow: 'calendar-of-asks', volume: 'commsItems', landed: false, perEvent: noUsage },
  { flow: 'monday-email', volume: 'mondayEmails', landed: false, perEvent: noUsage },
];

const started = Date.now();
const sections: BenchSection[] = [];
const run = async (id: string, make: () => Promise<BenchSection> | BenchSection) => {
  if (!wanted(id)) return;
  const section = await make();
  sections.push(section);
  print(section);
};

console.log(`Benchmarks on Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);
await run('cold-import', async () => coldImportSection(await buildBundles(), Number(values.runs)));
await run('layers', () => layersSection(Number(values.runs)));
let flows: FlowUsage[] = [];
await run('per-event', async () => {
  const section = await measurePerEvent({ records: Number(values.records) });
  const data = section.data as { flows: FlowUsage[]; ruleTargetSqsSendsPerBooking: number };
  // The booking flow's events are bookings. EventBridge's delivery to the email queue is a billed
  // SQS request that no handler makes, so the SDK counter cannot see it: add it here.
  flows = data.flows.map((f) => ({
    ...f,
    volume: f.volume ?? 'bookings',
    perEvent: {
      ...f.perEvent,
      apiCalls: {
        ...f.perEvent.apiCalls,
        'SQS.SendMessage (rule target)': data.ruleTargetSqsSendsPerBooking,
      },
    },
  }));
  return section;
});
await run('throughput', () => measureThroughput({ bookings: Number(values.bookings) }));
await run('school-import', () => measureSchoolImport());
await run('sweep', () => measureSweep());
await run('monday-edition', () => measureMondayEdition());
await run('cost', () =>
  costModelSection([...flows, ...notLandedFlows], {
    queues: Object.values(systemWiring.queues).filter((q) => 'consumer' in q).length,
  }),
);

const results = {
  generatedAt: new Date().toISOString(),
  machine: {
    node: process.versions.node,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    platform: process.platform,
  },
  durationSeconds: Math.round((Date.now() - started) / 1000),
  sections,
};
// A partial run (--only) must not replace the full results the README quotes.
const file = only ? join(ROOT, '.bench', 'results-partial.json') : join(ROOT, 'bench', 'results.json');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${file} in ${results.durationSeconds} s.`);
