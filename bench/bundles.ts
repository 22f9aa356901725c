import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { esbuildOptions } from '#cdk/bundling';
import { environmentFor, settingValues } from '#wiring/environment';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
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
  /** AWS clients the bundle contains, read from esbuild's metafile. */
  readonly clients: string[];
  /** The function's environment variables (dummy values), so module scope runs as in Lambda. */
  readonly env: Record<string, string>;
}

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

/** Builds one entry with the CDK app's esbuild settings into `<outDir>/index.mjs`. */
export async function bundle(
  entry: string,
  outDir: string,
): Promise<{ file: string; bytes: number; metafile: Metafile }> {
  rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    ...esbuildOptions(),
    entryPoints: { index: entry },
    outdir: outDir,
    metafile: true,
    logLevel: 'error',
  });
  const file = join(outDir, 'index.mjs');
  return { file, bytes: statSync(file).size, metafile: result.metafile };
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

/** Dummy values for a function's environment (names as the stack sets them). */
const envOf = (wiring: AnyWiring, name: string): Record<string, string> => ({
  POWERTOOLS_SERVICE_NAME: name,
  POWERTOOLS_METRICS_NAMESPACE: 'EccEducation',
  ...environmentFor(wiring, wiring.functions[name]!, {
    table: (table) => `bench-${table}`,
    queueUrl: (queue) => `https://sqs.eu-west-2.amazonaws.com/000000000000/bench-${queue}`,
    busName: 'bench-bus',
    mailFrom: 'workforce.development@example.gov.uk',
    mailConfigurationSet: 'bench-mail',
    setting: settingValues(),
  }),
});

/**
 * Builds every function's production bundle, an empty handler, and per function a *clients
 * floor* (the same AWS clients, constructed at module scope, nothing else), all with the
 * CDK app's esbuild settings.
 */
export async function buildBundles(wiring: AnyWiring = systemWiring): Promise<BuiltBundle[]> {
  const entries = join(BENCH_DIR, 'entries');
  mkdirSync(entries, { recursive: true });
  const bundles: BuiltBundle[] = [];

  const emptyEntry = join(entries, 'empty.ts');
  writeFileSync(emptyEntry, 'export const handler = async () => ({});\n');
  const empty = await bundle(emptyEntry, join(BENCH_DIR, 'bundles', 'empty'));
  bundles.push({ name: 'empty', kind: 'empty', file: empty.file, bytes: empty.bytes, clients: [], env: {} });

  for (const [name, fn] of Object.entries(wiring.functions)) {
    const built = await bundle(resolve(ROOT, fn.entry), join(BENCH_DIR, 'bundles', name));
    const clients = clientsIn(built.metafile);
    const env = envOf(wiring, name);
    bundles.push({ name, kind: 'function', file: built.file, bytes: built.bytes, clients, env });

    const floorEntry = join(entries, `floor-${name}.ts`);
    writeFileSync(floorEntry, floorSource(clients));
    const floor = await bundle(floorEntry, join(BENCH_DIR, 'bundles', `floor-${name}`));
    bundles.push({
      name: `floor(${name})`,
      kind: 'floor',
      floorOf: name,
      file: floor.file,
      bytes: floor.bytes,
      clients: clientsIn(floor.metafile),
      env,
    });
  }
  return bundles;
}
