import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOG_FORMAT } from '#cdk/function-environment';
import type { BuiltBundle } from './bundles.ts';
import { BENCH_DIR, describeBundle, ROOT } from './bundles.ts';
import { withCompileCache } from './compile-cache.ts';
import { type BenchSection, median, round } from './section.ts';

/** The most a function's cold import may take, as a multiple of its bare clients floor. */
export const BUDGET = 1.15;

/** One measurement of a bundle's cold start. */
export interface ColdImport {
  /** Spawn to exit, wall clock: the cold start. */
  readonly processMs: number;
  readonly importMs: number;
  /** CPU time of the process (all threads): less disturbed than wall time when the machine is busy. */
  readonly cpuMs: number;
}

/**
 * What the Lambda runtime sets for every function (region, identity, log format, memory,
 * credentials), dummy values where they would be secrets; no endpoints, no network.
 */
const lambdaRuntimeEnv = (bundle: BuiltBundle): Record<string, string> => ({
  AWS_REGION: 'eu-west-2',
  AWS_DEFAULT_REGION: 'eu-west-2',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
  AWS_LAMBDA_FUNCTION_NAME: bundle.floorOf ?? bundle.name,
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(bundle.memoryMb ?? 512),
  AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
  AWS_LAMBDA_LOG_FORMAT: LOG_FORMAT,
  AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  AWS_ACCESS_KEY_ID: 'ASIABENCHMARK',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SESSION_TOKEN: 'bench',
  LAMBDA_TASK_ROOT: dirname(bundle.file),
  LANG: 'en_US.UTF-8',
  TZ: ':UTC',
});

/** Variants of the same bundles, measured in the same interleaved runs. */
export interface Variant {
  readonly name: string;
  readonly bundle: BuiltBundle;
  /** `false`: run without the bundle's NODE_OPTIONS (what its code costs with no Node flags). */
  readonly flags?: boolean;
}

/** The environment a variant runs in: Lambda's own variables, then the bundle's as deployed. */
export const variantEnv = ({ bundle, flags = true }: Variant): Record<string, string> => {
  const env = { ...lambdaRuntimeEnv(bundle), ...bundle.env };
  if (!flags) delete env.NODE_OPTIONS;
  return env;
};

/** Imports a variant once in a fresh Node process; times the process and the import inside it. */
export function coldImport(variant: Variant): ColdImport {
  const started = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    [join(ROOT, 'bench', 'import-probe.mjs'), pathToFileURL(variant.bundle.file).href],
    { env: variantEnv(variant), cwd: BENCH_DIR, encoding: 'utf8' },
  );
  const processMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`importing ${variant.name} failed: ${child.stderr}`);
  const { importMs, cpuMs } = JSON.parse(child.stdout) as { importMs: number; cpuMs: number };
  return { processMs, importMs, cpuMs };
}

/**
 * Each variant's median cold import, and its samples round by round, so that two variants can
 * be compared within each round (a ratio or a difference per round, then the median of those):
 * a burst of load on a shared machine then moves both sides of a comparison alike.
 */
export class Medians extends Map<string, ColdImport> {
  readonly rounds: ReadonlyMap<string, readonly ColdImport[]>;

  constructor(rounds: ReadonlyMap<string, readonly ColdImport[]>) {
    super(
      [...rounds].map(([name, list]) => [
        name,
        {
          processMs: median(list.map((s) => s.processMs)),
          importMs: median(list.map((s) => s.importMs)),
          cpuMs: median(list.map((s) => s.cpuMs)),
        },
      ]),
    );
    this.rounds = rounds;
  }

  /** The median over rounds of `compare(a, b)`, both measured in the same round. */
  paired(a: string, b: string, compare: (a: ColdImport, b: ColdImport) => number): number {
    const as = this.rounds.get(a)!;
    const bs = this.rounds.get(b)!;
    return median(as.map((sample, round) => compare(sample, bs[round]!)));
  }

  /** `a`'s wall time over `b`'s, round by round (median). */
  ratio(a: string, b: string): number {
    return this.paired(a, b, (x, y) => x.processMs / y.processMs);
  }

  /** `a`'s wall time minus `b`'s, round by round (median). */
  difference(a: string, b: string): number {
    return this.paired(a, b, (x, y) => x.processMs - y.processMs);
  }
}

/**
 * Interleaved cold imports: each run imports every variant once, in rotating order, so drift
 * on a shared machine hits all of them alike; variants listed together run close in time.
 */
export function measureColdImports(variants: readonly Variant[], runs: number): Medians {
  const samples = new Map(variants.map((v) => [v.name, [] as ColdImport[]]));
  for (const v of variants) coldImport(v); // warm the file cache, not counted
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(i + run) % variants.length]!;
      samples.get(v.name)!.push(coldImport(v));
    }
  }
  return new Medians(samples);
}

/** A function over its budget: deployed cold import above {@link BUDGET} × its bare floor. */
export interface OverBudget {
  readonly function: string;
  readonly ratio: number;
  /** Milliseconds above the budget. */
  readonly overMs: number;
}

/**
 * The bundle-size and cold-import section: every function as deployed (its whole environment,
 * NODE_OPTIONS included if it has any) and without Node flags, beside its bare clients floor
 * (the same AWS clients, no NODE_OPTIONS), and again with a V8 compile cache shipped beside it.
 */
export function coldImportSection(bundles: readonly BuiltBundle[], runs: number): BenchSection {
  const functions = bundles.filter((b) => b.kind === 'function');
  const floorOf = (b: BuiltBundle) => bundles.find((f) => f.floorOf === b.name)!;
  const cached = functions.map(withCompileCache);
  // Each function's variants next to each other, so that they run close in time in every round.
  const variants: Variant[] = [
    ...bundles.filter((b) => b.kind === 'empty').map((b) => ({ name: b.name, bundle: b })),
    ...functions.flatMap((b, i) => [
      { name: b.name, bundle: b },
      { name: floorOf(b).name, bundle: floorOf(b) },
      // Without Node flags: a variant of its own only for a function deployed with some.
      ...(b.env.NODE_OPTIONS ? [{ name: `${b.name} (no flags)`, bundle: b, flags: false }] : []),
      { name: cached[i]!.name, bundle: cached[i]! },
    ]),
  ];
  const medians = measureColdImports(variants, runs);
  const ms = (name: string) => medians.get(name)!.processMs;
  // A function deployed with no Node flags runs as deployed and without flags alike.
  const noFlagsMs = (b: BuiltBundle) =>
    ms(medians.has(`${b.name} (no flags)`) ? `${b.name} (no flags)` : b.name);
  const empty = ms('empty');
  const ratio = (b: BuiltBundle) => medians.ratio(b.name, floorOf(b).name);
  const noFlagsName = (b: BuiltBundle) =>
    medians.has(`${b.name} (no flags)`) ? `${b.name} (no flags)` : b.name;
  const overBudget: OverBudget[] = functions
    .filter((b) => ratio(b) > BUDGET)
    .map((b) => ({
      function: b.name,
      ratio: round(ratio(b), 2),
      overMs: round((ratio(b) - BUDGET) * ms(floorOf(b).name), 1),
    }));
  const rows = functions.map((b) => {
    const floor = ms(floorOf(b).name);
    return [
      b.name,
      round(b.bytes / 1024, 0),
      round(b.mapBytes / 1024, 0),
      round(floorOf(b).bytes / 1024, 0),
      round(ms(b.name), 1),
      round(noFlagsMs(b), 1),
      round(floor, 1),
      round(ratio(b), 2),
      round(medians.ratio(noFlagsName(b), floorOf(b).name), 2),
      ratio(b) > BUDGET ? `OVER by ${round((ratio(b) - BUDGET) * floor, 1)} ms` : 'ok',
      round(
        medians.paired(b.name, floorOf(b).name, (x, y) => x.cpuMs / y.cpuMs),
        2,
      ),
      round(medians.ratio(`${b.name}+compile-cache`, floorOf(b).name), 2),
      b.clients.join('+'),
    ];
  });
  const ratios = functions.map(ratio);
  const floors = functions.map((b) => medians.ratio(floorOf(b).name, 'empty'));
  return {
    id: 'cold-import',
    title: 'Bundle size and cold import (production bundles, fresh Node 24 process, medians)',
    status: 'measured',
    columns: [
      'function',
      'KB',
      'map KB',
      'floor KB',
      'ms as deployed',
      'ms no flags',
      'floor ms',
      '× floor as deployed',
      '× floor no flags',
      `budget ${BUDGET}×`,
      '× floor CPU',
      '+cache × floor',
      'AWS clients',
    ],
    rows,
    notes: [
      `empty handler: ${round(empty, 1)} ms; bare clients floors: ${round(Math.min(...floors), 2)}-${round(Math.max(...floors), 2)}× empty.`,
      `${runs} interleaved runs per variant; ms = spawn to exit of a fresh Node ${process.versions.node} process that imports the bundle, with the variables the Lambda runtime sets (log format ${LOG_FORMAT}, memory, dummy credentials; no network).`,
      'as deployed = the function’s whole deployed environment (cdk/function-environment.ts: Powertools settings, its own variables, and NODE_OPTIONS if it had any); no flags = the same without NODE_OPTIONS (the same run when a function is deployed with none, as every function is today).',
      'floor = a bundle that only constructs, at module scope, the AWS clients the function contains (read from esbuild’s metafile), built with the same settings and run bare (no NODE_OPTIONS, no function variables); × floor = function ms / floor ms in the same round, median over rounds (ms columns: medians of each variant).',
      '× floor CPU = the same ratio on the processes’ CPU time (all threads), a cross-check that a busy machine disturbs less than wall time; the budget is on wall time.',
      '+cache = the deployed bundle with a V8 compile cache made at build time and enabled by a wrapper entry (module.enableCompileCache); measured, not deployed (see README).',
      `Budget: every function ≤ ${BUDGET}× its bare floor as deployed. Today: ${round(Math.min(...ratios), 2)}-${round(Math.max(...ratios), 2)}×; ${
        overBudget.length === 0
          ? 'none over budget.'
          : `OVER BUDGET: ${overBudget.map((o) => `${o.function} ${o.ratio}× (+${o.overMs} ms)`).join(', ')}.`
      }`,
    ],
    data: {
      runs,
      budget: BUDGET,
      overBudget,
      medians: Object.fromEntries(medians),
      bundles: [...bundles, ...cached].map(describeBundle),
    },
  };
}
