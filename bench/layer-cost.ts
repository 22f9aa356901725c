import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Metafile, Plugin } from 'esbuild';
import { PROJECT_ROOT } from '#cdk/bundling';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';
import { packageOf } from './bundle-contents.ts';
import { BENCH_DIR, type BuiltBundle, bundle } from './bundles.ts';
import { BUDGET, measureColdImports, type Variant } from './cold-import.ts';
import { type BenchSection, round } from './section.ts';

/**
 * The layers a handler is made of, each removable from a bundle by an import filter. A
 * layer's cost in a function is the function's cold import minus the same function built with
 * that layer stubbed out: what the layer costs *there*, after what the function's AWS clients
 * already load (node:crypto, node:http, ...), which a layer alone over an empty handler cannot show.
 */
const LAYERS = [
  { id: 'zod', label: 'zod and every schema built with it', filter: /^zod(\/.*)?$/, packages: ['zod'] },
  {
    id: 'events',
    label: 'our event schemas (events/*) built at import',
    filter: /^#events\//,
    packages: ['ours:events'],
  },
  {
    id: 'logger',
    label: 'Powertools logger',
    filter: /^@aws-lambda-powertools\/logger(\/.*)?$/,
    packages: ['@aws-lambda-powertools/logger'],
  },
  {
    id: 'metrics',
    label: 'Powertools metrics',
    filter: /^@aws-lambda-powertools\/metrics(\/.*)?$/,
    packages: ['@aws-lambda-powertools/metrics'],
  },
  {
    id: 'idempotency',
    label: 'Powertools idempotency (+ jmespath)',
    filter: /^@aws-lambda-powertools\/idempotency(\/.*)?$/,
    packages: ['@aws-lambda-powertools/idempotency'],
  },
  {
    id: 'glue',
    label: 'middy + Powertools parser + batch',
    filter: /^(@middy\/core|@aws-lambda-powertools\/(parser|batch))(\/.*)?$/,
    packages: ['@middy/core', '@aws-lambda-powertools/parser', '@aws-lambda-powertools/batch'],
  },
  {
    id: 'intl',
    label:
      'Intl formatters built at import (the first with a time zone loads ICU’s locale and zone data; none of ours since london-time.ts computes the UK clock rule by hand)',
    global: 'Intl',
  },
] as const;

type Layer = (typeof LAYERS)[number];

/**
 * A value that stands in for anything: every property, call and construction gives the stub
 * back, so module-scope code (`new Logger()`, `z.object({...}).extend(...)`, `middy().use(...)`)
 * still runs, at no cost. Measurement only: the handler is imported, never invoked.
 */
const STUB = `
const stub = new Proxy(function stub() {}, {
  get: (_target, key) =>
    key === Symbol.toPrimitive ? () => 'stub' : key === 'then' || key === '__esModule' ? undefined : stub,
  apply: () => stub,
  construct: () => stub,
  getPrototypeOf: () => stub,
});
`;

/** An esbuild plugin that replaces every import matching `filter` with {@link STUB}. */
const stubOutImports = (filter: RegExp): Plugin => ({
  name: 'bench-stub',
  setup(build) {
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'bench-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'bench-stub' }, () => ({
      contents: `${STUB}module.exports = stub;`,
      loader: 'js',
    }));
  },
});

/** An esbuild plugin that replaces a global (`Intl`) with {@link STUB} throughout the bundle. */
const stubOutGlobal = (name: string): Plugin => ({
  name: 'bench-stub-global',
  setup(build) {
    const file = join(BENCH_DIR, 'layer-cost', `${name}-stub.mjs`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${STUB}export { stub as bench${name}Stub };\n`);
    build.initialOptions.define = { ...build.initialOptions.define, [name]: `bench${name}Stub` };
    build.initialOptions.inject = [...(build.initialOptions.inject ?? []), file];
  },
});

const stubOut = (layer: Layer): Plugin =>
  'global' in layer ? stubOutGlobal(layer.global) : stubOutImports(layer.filter);

/** Whether a function's bundle contains a layer: its packages, or for a global, a use of it. */
const contains = (fn: BuiltBundle, layer: Layer) =>
  'global' in layer
    ? readFileSync(fn.file, 'utf8').includes(`${layer.global}.`)
    : layer.packages.some((p) => packagesIn(fn.metafile!).has(p));

const packagesIn = (metafile: Metafile) => new Set(Object.keys(metafile.inputs).map(packageOf));

/**
 * What each layer costs in each function (its cold import as deployed, minus the same with the
 * layer stubbed out), beside the function's budget: how many milliseconds above
 * {@link BUDGET} × its bare floor it is, and so which layers stand between it and the budget.
 */
export async function layerCostSection(
  bundles: readonly BuiltBundle[],
  runs: number,
  wiring: AnyWiring = systemWiring,
): Promise<BenchSection> {
  const functions = bundles.filter((b) => b.kind === 'function');
  const variants: Variant[] = [];
  const present = new Map<string, Layer[]>();
  for (const fn of functions) {
    variants.push({ name: fn.name, bundle: fn });
    const floor = bundles.find((b) => b.floorOf === fn.name)!;
    variants.push({ name: floor.name, bundle: floor });
    const layers = LAYERS.filter((l) => contains(fn, l));
    present.set(fn.name, layers);
    for (const layer of layers) {
      const built = await bundle(
        resolve(PROJECT_ROOT, wiring.functions[fn.name]!.entry),
        join(BENCH_DIR, 'layer-cost', fn.name, layer.id),
        { plugins: [stubOut(layer)] },
      );
      const name = `${fn.name} without ${layer.id}`;
      variants.push({ name, bundle: { ...fn, ...built, name } });
    }
  }
  const medians = measureColdImports(variants, runs);
  const ms = (name: string) => medians.get(name)!.processMs;
  const analysed = functions.map((fn) => {
    const floor = ms(`floor(${fn.name})`);
    const layers = present.get(fn.name)!;
    const without = (l: Layer) => `${fn.name} without ${l.id}`;
    return {
      function: fn.name,
      deployed: ms(fn.name),
      floor,
      overMs: (medians.ratio(fn.name, `floor(${fn.name})`) - BUDGET) * floor,
      costs: Object.fromEntries(layers.map((l) => [l.id, medians.difference(fn.name, without(l))])),
      cpuCosts: Object.fromEntries(
        layers.map((l) => [
          l.id,
          round(
            medians.paired(fn.name, without(l), (a, b) => a.cpuMs - b.cpuMs),
            1,
          ),
        ]),
      ),
    };
  });
  const cell = (cost: number | undefined) => (cost === undefined ? '-' : round(cost, 1));
  return {
    id: 'layer-cost',
    title: 'Layer cost inside each function (ms its cold import loses with the layer stubbed out, medians)',
    status: 'measured',
    columns: ['function', 'ms as deployed', 'ms over budget', ...LAYERS.map((l) => l.id)],
    rows: analysed.map((a) => [
      a.function,
      round(a.deployed, 1),
      a.overMs > 0 ? round(a.overMs, 1) : 'within',
      ...LAYERS.map((l) => cell(a.costs[l.id])),
    ]),
    notes: [
      `${runs} interleaved runs; each function as deployed beside its bare floor and beside itself built with one layer replaced by a stub (an empty stand-in: module-scope code runs, at no cost). A layer’s cost = the median over rounds of (as deployed − without the layer) in the same round; ms over budget = (× floor − ${BUDGET}) × floor ms.`,
      ...LAYERS.map((l) => `${l.id}: ${l.label}.`),
      'The same costs on CPU time (less disturbed by a busy machine) are in results.json (cpuCosts).',
      'A layer’s cost is what removing it alone would save at import; two layers’ costs do not simply add (they share code, e.g. Powertools commons). Moving a layer behind a lazy import() saves it at import but charges it to the first invocation that takes that path.',
    ],
    data: { runs, functions: analysed, medians: Object.fromEntries(medians) },
  };
}
