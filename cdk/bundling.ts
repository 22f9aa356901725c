/**
 * The esbuild settings for every function bundle, in one place: the CDK function construct
 * passes them to NodejsFunction, and the benchmarks build with them directly, so what is
 * measured is what is deployed. ESM for Node 24, the AWS SDK bundled (pinned, tree-shaken),
 * minified, with linked source maps and a `require` shim for CommonJS inside an ESM bundle.
 */
export const BUNDLING = {
  format: 'esm',
  target: 'node24',
  platform: 'node',
  mainFields: ['module', 'main'],
  minify: true,
  sourceMap: true,
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
  external: [...BUNDLING.externalModules],
  banner: { js: BUNDLING.banner },
  outExtension: { '.js': '.mjs' },
});
