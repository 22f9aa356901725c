import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepOwnCodeInSourceMap } from './own-code-source-map.ts';

/** The repository root: function entries, and the source paths in our source maps, are relative to it. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The esbuild settings for every function bundle, in one place: the CDK function construct
 * passes them to NodejsFunction, and the benchmarks build with them directly, so what is
 * measured is what is deployed. ESM for Node 24, the AWS SDK bundled (pinned, tree-shaken),
 * minified, with a linked source map and a `require` shim for CommonJS inside an ESM bundle.
 *
 * Stack traces: the source map carries no `sourcesContent` (a stack trace needs only the
 * mappings) and, after {@link afterBundling}, maps our own code only (4-11 KB instead of
 * 2.3-2.7 MB). No function runs with `--enable-source-maps`: Node would read the map and scan
 * the whole bundle at every cold start. Instead {@link STACK_TRACES} is injected first into
 * every bundle and maps our frames when a stack is first formatted (see `npm run bench`,
 * section source-maps, for what each option costs).
 */
/** Formats stack traces with our frames source-mapped, reading the map only when one is formatted. */
export const STACK_TRACES = join(PROJECT_ROOT, 'functions', 'commons', 'source-mapped-stack-traces.ts');

export const BUNDLING = {
  format: 'esm',
  target: 'node24',
  platform: 'node',
  mainFields: ['module', 'main'],
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  inject: [STACK_TRACES],
  externalModules: [] as string[],
  banner: "import { createRequire } from 'node:module';const require = createRequire(import.meta.url);",
} as const;

/** The same settings as esbuild build options (what NodejsFunction runs with these props). */
export const esbuildOptions = () => ({
  bundle: true,
  format: BUNDLING.format,
  target: BUNDLING.target,
  platform: BUNDLING.platform,
  mainFields: [...BUNDLING.mainFields],
  minify: BUNDLING.minify,
  sourcemap: BUNDLING.sourceMap,
  sourcesContent: BUNDLING.sourcesContent,
  inject: [...BUNDLING.inject],
  external: [...BUNDLING.externalModules],
  banner: { js: BUNDLING.banner },
  outExtension: { '.js': '.mjs' },
});

/** The step after esbuild on every bundle in `outputDir`: its source map keeps our own code only. */
export const afterBundling = (outputDir: string): void =>
  keepOwnCodeInSourceMap(join(outputDir, 'index.mjs.map'), PROJECT_ROOT);

const quote = (arg: string) => `"${arg.replaceAll('"', '\\"')}"`;

/**
 * {@link afterBundling} as NodejsFunction command hooks. They run on the host (the bundling is
 * local: esbuild is a dev dependency), with the Node that runs the CDK app (24, which runs
 * the TypeScript script directly).
 */
export const commandHooks = {
  beforeBundling: (): string[] => [],
  beforeInstall: (): string[] => [],
  afterBundling: (_inputDir: string, outputDir: string): string[] => [
    [
      process.execPath,
      join(PROJECT_ROOT, 'cdk', 'own-code-source-map.ts'),
      join(outputDir, 'index.mjs.map'),
      PROJECT_ROOT,
    ]
      .map(quote)
      .join(' '),
  ],
};
