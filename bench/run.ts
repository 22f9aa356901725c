import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { systemWiring } from '#wiring/system';
import { bundleContentsSection } from './bundle-contents.ts';
import { type BuiltBundle, buildBundles, ROOT } from './bundles.ts';
import { BUDGET, coldImportSection, type OverBudget } from './cold-import.ts';
import { costModelSection, type FlowUsage } from './cost-model.ts';
import { deploymentInventory } from './deployment-inventory.ts';
import { layerCostSection } from './layer-cost.ts';
import { layersSection } from './layers.ts';
import { measureMondayEdition } from './monday-edition.ts';
import { measurePerEvent } from './per-event.ts';
import { measureSchoolImport } from './school-import.ts';
import type { BenchSection } from './section.ts';
import { sourceMapsSection } from './source-maps.ts';
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

// Not built yet: listed in the cost model as such, costing nothing.
const noUsage = {
  apiCalls: {},
  lambdaInvocations: 0,
  lambdaGbSeconds: 0,
  apiGatewayRequests: 0,
  sqsEventSourceRequests: 0,
  logBytes: 0,
  storedBytes: 0,
};
const notBuiltFlows: FlowUsage[] = [
  { flow: 'annual-reviews', volume: 'annualReviews', landed: false, perEvent: noUsage },
];
/** Landed but not measured: printed by the cost model as costing nothing, never given a number. */
const notMeasured = [
  'the calendar of asks (asks entered, their clash checks and clash emails: no monthly volume of asks is known)',
  'the EHCP reminders and overdue lists a case causes, and the daily sweep and weekly summary runs (their invocations are in the fixed costs, their DynamoDB and SES calls are not)',
  "the bookings' daily sweeps (place-offer lapse, days-lapse reminders), the Friday preview, the Monday breach summary and the hourly recovery runs: invocations in the fixed costs, their calls not",
  'reads (GET routes), edits and breach reports, which have no monthly volume in the model',
  'API Gateway access logs (one JSON record per request) and SNS (alarm and bounce notifications)',
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
// The production bundles and their floors, built once for the sections that need them.
let built: Promise<BuiltBundle[]> | undefined;
const productionBundles = () => {
  built ??= buildBundles();
  return built;
};
const runs = Number(values.runs);
await run('cold-import', async () => coldImportSection(await productionBundles(), runs));
await run('source-maps', () => sourceMapsSection(runs));
await run('bundle-contents', async () => bundleContentsSection(await productionBundles()));
await run('layer-cost', async () => layerCostSection(await productionBundles(), runs));
await run('layers', () => layersSection(runs));
let flows: FlowUsage[] = [];
await run('per-event', async () => {
  const section = await measurePerEvent({ records: Number(values.records) });
  const data = section.data as {
    flows: FlowUsage[];
    landedFlows: FlowUsage[];
    ruleTargetSqsSendsPerBooking: number;
  };
  // The booking flow's events are bookings. EventBridge's delivery to the email queue is a billed
  // SQS request that no handler makes, so the SDK counter cannot see it: add it here.
  const bookings = data.flows.map((f) => ({
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
  flows = [...bookings, ...data.landedFlows];
  return section;
});
await run('throughput', () => measureThroughput({ bookings: Number(values.bookings) }));
await run('school-import', () => measureSchoolImport());
await run('sweep', () => measureSweep());
await run('monday-edition', () => measureMondayEdition());
await run('cost', () =>
  costModelSection([...flows, ...notBuiltFlows], {
    inventory: deploymentInventory(systemWiring),
    notMeasured,
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

// The cold-start budget guard: every function as deployed within BUDGET × its bare floor.
const coldImport = sections.find((s) => s.id === 'cold-import');
if (coldImport) {
  const over = (coldImport.data as { overBudget: OverBudget[] }).overBudget;
  console.log(
    over.length === 0
      ? `Cold start: every function within ${BUDGET}× its bare clients floor.`
      : `OVER BUDGET (cold start > ${BUDGET}× the bare clients floor): ${over
          .map((o) => `${o.function} ${o.ratio}× (+${o.overMs} ms)`)
          .join(', ')}`,
  );
}
