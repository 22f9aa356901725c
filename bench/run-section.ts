/**
 * Runs one benchmark section alone and prints it as JSON:
 * `npx tsx bench/run-section.ts per-event|throughput|school-import|sweep [count]`.
 */
import { measurePerEvent } from './per-event.ts';
import { measureSchoolImport } from './school-import.ts';
import type { BenchSection } from './section.ts';
import { measureSweep } from './sweep.ts';
import { measureThroughput } from './throughput.ts';

const sections: Record<string, (count?: number) => Promise<BenchSection>> = {
  'per-event': (count) => measurePerEvent({ records: count }),
  throughput: (count) => measureThroughput({ bookings: count }),
  'school-import': (count) => measureSchoolImport(count ? { rows: count } : {}),
  sweep: (count) => measureSweep(count ? { sizes: [count] } : {}),
};

const [name, countArg] = process.argv.slice(2);
const run = name ? sections[name] : undefined;
if (!run) {
  console.error(`usage: tsx bench/run-section.ts ${Object.keys(sections).join('|')} [count]`);
  process.exit(2);
}
// Ctrl-C: exit through process.exit, so the stand-ins' exit hooks take DynamoDB Local with us.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const started = Date.now();
try {
  const section = await run(countArg ? Number(countArg) : undefined);
  console.log(JSON.stringify(section, null, 2));
  console.error(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
} catch (error) {
  console.error(error);
  process.exit(1);
}
