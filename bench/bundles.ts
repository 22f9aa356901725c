import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { afterBundling, esbuildOptions, PROJECT_ROOT } from '#cdk/bundling';
import { functionEnvironment } from '#cdk/function-environment';
import { environmentFor, settingValues } from '#wiring/environment';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';

export const ROOT = PROJECT_ROOT;
/** Where the benchmark builds its bundles (git-ignored). */
export const BENCH_DIR = join(ROOT, '.bench');

/** A production bundle the benchmark measures. */
export interface BuiltBundle {
  readonly name: string;
  readonly kind: 'function' | 'empty' | 'floor';
  /** For a floor: the function it is the floor of. */
  readonly floorOf?: string;
  readonly file: string;
  readonly bytes: number;
  /** Size of the source map beside the bundle (0 if none). */
  readonly mapBytes: number;
  /** AWS clients the bundle contains, read from esbuild's metafile. */
  readonly clients: string[];
  /**
   * The environment as deployed (dummy resource names): for a function, the construct's
   * defaults (Powertools settings; NODE_OPTIONS if any) and its own variables; for a floor, none.
   */
  readonly env: Record<string, string>;
  /** Memory the function is deployed with (Lambda passes it to the runtime). */
  readonly memoryMb?: number;
  /** What esbuild put in the bundle (not written to results.json). */
  readonly metafile?: Metafile;
}

/** A bundle as written to results.json: without its metafile. */
export const describeBundle = ({ metafile: _metafile, env: _env, ...rest }: BuiltBundle) => rest;

/** The AWS clients the benchmark recognises, and how a floor constructs each at module scope. */
const CLIENTS = [
  {
    id: 'DynamoDB',
    module: '@aws-sdk/client-dynamodb',
    import: 'DynamoDBClient',
    make: 'new DynamoDBClient({})',
  },
  {
    id: 'DynamoDBDocument',
    module: '@aws-sdk/lib-dynamodb',
    import: 'DynamoDBDocumentClient',
    make: 'DynamoDBDocumentClient.from(new DynamoDBClient({}))',
  },
  { id: 'SQS', module: '@aws-sdk/client-sqs', import: 'SQSClient', make: 'new SQSClient({})' },
  {
    id: 'EventBridge',
    module: '@aws-sdk/client-eventbridge',
    import: 'EventBridgeClient',
    make: 'new EventBridgeClient({})',
  },
  { id: 'SES', module: '@aws-sdk/client-sesv2', import: 'SESv2Client', make: 'new SESv2Client({})' },
] as const;

const clientsIn = (metafile: Metafile): string[] => {
  const inputs = Object.keys(metafile.inputs);
  return CLIENTS.filter((c) => inputs.some((i) => i.includes(`node_modules/${c.module}/`))).map((c) => c.id);
};

/** How {@link bundle} may depart from the deployed build, for a measured variant. */
export interface BundleVariant {
  /** esbuild plugins, e.g. one that stubs out a layer. */
  readonly plugins?: Plugin[];
  /** `esbuild`: the map as esbuild writes it, with source text, before {@link afterBundling}. */
  readonly sourceMap?: 'deployed' | 'esbuild';
}

/**
 * Builds one entry into `<outDir>/index.mjs` exactly as the CDK app does: its esbuild settings,
 * then its after-bundling step (the source map cut down to our own code).
 */
export async function bundle(
  entry: string,
  outDir: string,
  variant: BundleVariant = {},
): Promise<{ file: string; bytes: number; mapBytes: number; metafile: Metafile }> {
  rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    ...esbuildOptions(),
    ...(variant.sourceMap === 'esbuild' ? { sourcesContent: true } : {}),
    entryPoints: { index: entry },
    outdir: outDir,
    metafile: true,
    logLevel: 'error',
    plugins: variant.plugins ?? [],
  });
  if (variant.sourceMap !== 'esbuild') afterBundling(outDir);
  const file = join(outDir, 'index.mjs');
  const map = `${file}.map`;
  return {
    file,
    bytes: statSync(file).size,
    mapBytes: existsSync(map) ? statSync(map).size : 0,
    metafile: result.metafile,
  };
}

/** A floor's source: construct the given clients at module scope, and nothing else. */
export const floorSource = (clients: readonly string[]): string => {
  const used = CLIENTS.filter((c) => clients.includes(c.id));
  const needsDynamo = used.some((c) => c.id === 'DynamoDBDocument') && !used.some((c) => c.id === 'DynamoDB');
  const imports = [
    ...used.map((c) => `import { ${c.import} } from '${c.module}';`),
    ...(needsDynamo ? ["import { DynamoDBClient } from '@aws-sdk/client-dynamodb';"] : []),
  ];
  const made = used.map((c, i) => `const client${i} = ${c.make};`);
  return `${imports.join('\n')}\n${made.join('\n')}\nexport const handler = async () => [${used.map((_, i) => `client${i}`).join(', ')}].length;\n`;
};

/** Dummy values standing in for the deployment's resource names; settings at their placeholder defaults. */
const benchValues = {
  table: (name: string) => `bench-${name}`,
  queueUrl: (name: string) => `https://sqs.eu-west-2.amazonaws.com/000000000000/bench-${name}`,
  busName: 'bench-bus',
  mailFrom: 'workforce.development@example.gov.uk',
  mailConfigurationSet: 'bench-mail',
  setting: settingValues(),
};

/** A function's environment as the stack deploys it (the same derivation), with dummy resource names. */
export const deployedEnvironment = (wiring: AnyWiring, name: string): Record<string, string> =>
  functionEnvironment(name, environmentFor(wiring, wiring.functions[name]!, benchValues));

/**
 * Builds every function's production bundle, an empty handler, and per function a *clients
 * floor* (the same AWS clients, constructed at module scope, nothing else, run with no
 * NODE_OPTIONS: the bare floor), all with the CDK app's esbuild settings.
 */
export async function buildBundles(wiring: AnyWiring = systemWiring): Promise<BuiltBundle[]> {
  const entries = join(BENCH_DIR, 'entries');
  mkdirSync(entries, { recursive: true });
  const bundles: BuiltBundle[] = [];

  const emptyEntry = join(entries, 'empty.ts');
  writeFileSync(emptyEntry, 'export const handler = async () => ({});\n');
  const empty = await bundle(emptyEntry, join(BENCH_DIR, 'bundles', 'empty'));
  bundles.push({ name: 'empty', kind: 'empty', ...empty, clients: [], env: {} });

  for (const [name, fn] of Object.entries(wiring.functions)) {
    const built = await bundle(resolve(ROOT, fn.entry), join(BENCH_DIR, 'bundles', name));
    const clients = clientsIn(built.metafile);
    const env = deployedEnvironment(wiring, name);
    bundles.push({ name, kind: 'function', ...built, clients, env, memoryMb: fn.memoryMb });

    const floorEntry = join(entries, `floor-${name}.ts`);
    writeFileSync(floorEntry, floorSource(clients));
    const floor = await bundle(floorEntry, join(BENCH_DIR, 'bundles', `floor-${name}`));
    bundles.push({
      name: `floor(${name})`,
      kind: 'floor',
      floorOf: name,
      ...floor,
      clients: clientsIn(floor.metafile),
      env: {},
      memoryMb: fn.memoryMb,
    });
  }
  return bundles;
}
