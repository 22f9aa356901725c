import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuiltBundle } from './bundles.ts';
import { BENCH_DIR, ROOT } from './bundles.ts';
import { withCompileCache } from './compile-cache.ts';
import { type BenchSection, median, round } from './section.ts';

/** One measurement of a bundle's cold start. */
export interface ColdImport {
  readonly processMs: number;
  readonly importMs: number;
}

/** Lambda-like environment: the variables the Node runtime sets, dummy credentials, no endpoints. */
const lambdaEnv = (bundle: BuiltBundle, extra: Record<string, string>) => ({
  AWS_REGION: 'eu-west-2',
  AWS_DEFAULT_REGION: 'eu-west-2',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
  AWS_LAMBDA_FUNCTION_NAME: bundle.name,
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
  AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
  AWS_LAMBDA_LOG_FORMAT: 'JSON',
  AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  AWS_ACCESS_KEY_ID: 'ASIABENCHMARK',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SESSION_TOKEN: 'bench',
  LAMBDA_TASK_ROOT: dirname(bundle.file),
  LANG: 'en_US.UTF-8',
  TZ: ':UTC',
  // The function construct sets this on every function.
  NODE_OPTIONS: '--enable-source-maps',
  ...bundle.env,
  ...extra,
});

/** Imports `bundle` once in a fresh Node process; times the process and the import inside it. */
export function coldImport(bundle: BuiltBundle, extraEnv: Record<string, string> = {}): ColdImport {
  const started = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    [join(ROOT, 'bench', 'import-probe.mjs'), pathToFileURL(bundle.file).href],
    {
      env: lambdaEnv(bundle, extraEnv),
      cwd: BENCH_DIR,
      encoding: 'utf8',
    },
  );
  const processMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`importing ${bundle.name} failed: ${child.stderr}`);
  return { processMs, importMs: (JSON.parse(child.stdout) as { importMs: number }).importMs };
}

/** Variants of the same bundles, measured in the same interleaved runs. */
export interface Variant {
  readonly name: string;
  readonly bundle: BuiltBundle;
  readonly env?: Record<string, string>;
}

/**
 * Interleaved cold imports: each run imports every variant once, in rotating order, so drift
 * on a shared machine hits all of them alike. Returns the median per variant.
 */
export function measureColdImports(
  variants: readonly Variant[],
  runs: number,
): Map<string, { processMs: number; importMs: number }> {
  const samples = new Map(variants.map((v) => [v.name, [] as ColdImport[]]));
  for (const v of variants) coldImport(v.bundle, v.env); // warm the file cache, not counted
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(i + run) % variants.length]!;
      samples.get(v.name)!.push(coldImport(v.bundle, v.env));
    }
  }
  return new Map(
    [...samples].map(([name, list]) => [
      name,
      { processMs: median(list.map((s) => s.processMs)), importMs: median(list.map((s) => s.importMs)) },
    ]),
  );
}

/**
 * The bundle-size and cold-import section: every function beside the empty handler and its
 * clients floor, and each of those again with a V8 compile cache shipped beside it.
 */
export function coldImportSection(bundles: readonly BuiltBundle[], runs: number): BenchSection {
  const cached = bundles.filter((b) => b.kind !== 'empty').map(withCompileCache);
  const variants = [...bundles, ...cached].map((b) => ({ name: b.name, bundle: b }));
  const medians = measureColdImports(variants, runs);
  const ms = (name: string) => medians.get(name)!.processMs;
  const empty = ms('empty');
  const functions = bundles.filter((b) => b.kind === 'function');
  const rows = functions.map((b) => {
    const floor = bundles.find((f) => f.floorOf === b.name)!;
    return [
      b.name,
      round(b.bytes / 1024, 0),
      round(floor.bytes / 1024, 0),
      round(ms(b.name), 1),
      round(ms(floor.name), 1),
      round(ms(b.name) / empty, 2),
      round(ms(b.name) / ms(floor.name), 2),
      round(ms(`${b.name}+compile-cache`), 1),
      round(ms(`${b.name}+compile-cache`) / ms(floor.name), 2),
      b.clients.join('+'),
    ];
  });
  const ratios = functions.map((b) => ms(b.name) / ms(`floor(${b.name})`));
  const floors = functions.map((b) => ms(`floor(${b.name})`) / empty);
  return {
    id: 'cold-import',
    title: 'Bundle size and cold import (production bundles, fresh Node 24 process, medians)',
    status: 'measured',
    columns: [
      'function',
      'KB',
      'floor KB',
      'ms',
      'floor ms',
      '× empty',
      '× floor',
      '+cache ms',
      '+cache × floor',
      'AWS clients',
    ],
    rows,
    notes: [
      `empty handler: ${round(empty, 1)} ms; clients floors: ${round(Math.min(...floors), 2)}-${round(Math.max(...floors), 2)}× empty.`,
      `${runs} interleaved runs per variant; ms = spawn to exit of a fresh Node ${process.versions.node} process that imports the bundle (Lambda-like environment, NODE_OPTIONS=--enable-source-maps as deployed, no network).`,
      'floor = a bundle that only constructs, at module scope, the AWS clients the function contains (read from esbuild’s metafile), built with the same settings; × floor = function ms / floor ms.',
      '+cache = the same bundle with a V8 compile cache made at build time and enabled by a wrapper entry (module.enableCompileCache); measured, not deployed (see README).',
      `Target: every function ≤ 1.15× its floor. Today: ${round(Math.min(...ratios), 2)}-${round(Math.max(...ratios), 2)}×.`,
    ],
    data: {
      runs,
      medians: Object.fromEntries(medians),
      bundles: [...bundles, ...cached].map(({ env: _env, ...b }) => b),
    },
  };
}
