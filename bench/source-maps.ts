import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '#cdk/bundling';
import { ownCodeSourceMap, type RawSourceMap } from '#cdk/own-code-source-map';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';
import { BENCH_DIR, type BuiltBundle, bundle, deployedEnvironment } from './bundles.ts';
import { measureColdImports, type Variant } from './cold-import.ts';
import { type BenchSection, round } from './section.ts';

/** Node's own source-map support, which every option but the shipped one relies on. */
const NODE_SOURCE_MAPS = '--enable-source-maps';

/**
 * The ways to give a bundle a readable stack trace, measured side by side. Every bundle is
 * built as deployed, so it carries the injected formatter (cdk/bundling.ts); under
 * `--enable-source-maps` Node still reads the map and scans the bundle at import, which is
 * the cost these rows measure.
 */
const OPTIONS = [
  {
    id: 'full',
    label: `${NODE_SOURCE_MAPS}, map of all code with sourcesContent (esbuild’s default; deployed before)`,
    trace: 'our file:line',
  },
  {
    id: 'no-content',
    label: `${NODE_SOURCE_MAPS}, map of all code without sourcesContent`,
    trace: 'our file:line',
  },
  {
    id: 'own-content',
    label: `${NODE_SOURCE_MAPS}, map of our code only, with sourcesContent`,
    trace: 'our file:line',
  },
  {
    id: 'own',
    label: `${NODE_SOURCE_MAPS}, map of our code only, without sourcesContent`,
    trace: 'our file:line; dependencies as index.mjs:line:col',
  },
  {
    id: 'shipped',
    label: 'no flag, map of our code only, read by the injected formatter on the first stack (shipped)',
    trace: 'our file:line; dependencies as index.mjs:line:col (without the map file: index.mjs:1:NNNNN only)',
  },
] as const;

type MapOption = (typeof OPTIONS)[number]['id'];

/** Functions measured (the first in the wiring): 5 variants each; a map's cost follows its size, not its function. */
const SAMPLE = 4;

/** The map each option ships, derived from esbuild's full map. */
const mapFor = (option: MapOption, full: RawSourceMap, mapDir: string): RawSourceMap => {
  const { sourcesContent: _content, ...withoutContent } = full;
  switch (option) {
    case 'full':
      return full;
    case 'no-content':
      return withoutContent;
    case 'own-content':
      return ownCodeSourceMap(full, mapDir, PROJECT_ROOT);
    case 'own':
    case 'shipped':
      return ownCodeSourceMap(withoutContent, mapDir, PROJECT_ROOT);
  }
};

/**
 * Source-map options side by side: each function built once with esbuild's full map, then
 * run with each option's map under Node's `--enable-source-maps`, against the same bundle as
 * deployed (no flags; our injected formatter maps frames when a stack is formatted). What each
 * costs at a cold start, and what a stack trace then shows.
 */
export async function sourceMapsSection(
  runs: number,
  wiring: AnyWiring = systemWiring,
): Promise<BenchSection> {
  const variants: Variant[] = [];
  const mapKb = new Map<MapOption, number[]>(OPTIONS.map((o) => [o.id, []]));
  const names = Object.keys(wiring.functions).slice(0, SAMPLE);
  for (const name of names) {
    const dir = join(BENCH_DIR, 'source-maps', name);
    const built = await bundle(resolve(PROJECT_ROOT, wiring.functions[name]!.entry), join(dir, 'full'), {
      sourceMap: 'esbuild',
    });
    const full = JSON.parse(readFileSync(`${built.file}.map`, 'utf8')) as RawSourceMap;
    for (const option of OPTIONS) {
      // Every option's directory sits at the same depth as `full`, so the map's relative sources still resolve.
      const optionDir = join(dir, option.id);
      if (option.id !== 'full') {
        rmSync(optionDir, { recursive: true, force: true });
        mkdirSync(optionDir, { recursive: true });
        copyFileSync(built.file, join(optionDir, 'index.mjs'));
        writeFileSync(
          join(optionDir, 'index.mjs.map'),
          JSON.stringify(mapFor(option.id, full, join(dir, 'full'))),
        );
      }
      const file = join(optionDir, 'index.mjs');
      const mapBytes = statSync(`${file}.map`).size;
      mapKb.get(option.id)!.push(mapBytes / 1024);
      const b: BuiltBundle = {
        name: `${name} [${option.id}]`,
        kind: 'function',
        file,
        bytes: built.bytes,
        mapBytes,
        clients: [],
        env: {
          ...deployedEnvironment(wiring, name),
          ...(option.id === 'shipped' ? {} : { NODE_OPTIONS: NODE_SOURCE_MAPS }),
        },
        memoryMb: wiring.functions[name]!.memoryMb,
      };
      variants.push({ name: b.name, bundle: b });
    }
  }
  const medians = measureColdImports(variants, runs);
  const ms = (name: string, option: MapOption) => medians.get(`${name} [${option}]`)!.processMs;
  const range = (values: number[]) =>
    values.length === 0
      ? '-'
      : `${round(Math.min(...values), 0)}-${round(Math.max(...values), 0)}`.replace(/^(\d+)-\1$/, '$1');
  return {
    id: 'source-maps',
    title:
      'Stack traces: cold-import cost of each source-map option (ms over the bundle as deployed, medians)',
    status: 'measured',
    columns: ['source maps', 'map KB', ...names.map((n) => `${n} +ms`), 'a stack trace shows'],
    rows: OPTIONS.map((o) => [
      o.label,
      range(mapKb.get(o.id)!),
      ...names.map((n) =>
        o.id === 'shipped'
          ? `0 (${round(ms(n, 'shipped'), 1)} ms)`
          : round(medians.difference(`${n} [${o.id}]`, `${n} [shipped]`), 1),
      ),
      o.trace,
    ]),
    notes: [
      `${runs} interleaved runs, on the first ${SAMPLE} functions of the wiring, each with its deployed environment; the last row is the bundle as deployed (no NODE_OPTIONS), the baseline of the others: +ms = median over rounds of (option − baseline) in the same round.`,
      `Under ${NODE_SOURCE_MAPS} Node reads and parses a bundle’s whole map when it imports the bundle, and scans the bundle’s text for line lengths, on every cold start: the map’s size is what the first four options change; the last one does neither.`,
      'Shipped: esbuild’s sourcesContent off and the map cut down to our own code (cdk/own-code-source-map.ts, the construct’s after-bundling hook), no NODE_OPTIONS, and functions/commons/source-mapped-stack-traces.ts injected first into every bundle: it maps our frames when a stack is first formatted (Error.prepareStackTrace), reading the map then, never at import.',
      'Deleting the map instead leaves the same import cost and bundle positions only in the logs (what Powertools’ error logging alone would show).',
    ],
    data: {
      runs,
      medians: Object.fromEntries(medians),
      mapKb: Object.fromEntries(mapKb),
    },
  };
}
