import type { Metafile } from 'esbuild';
import type { BuiltBundle } from './bundles.ts';
import { type BenchSection, round } from './section.ts';

/** The package an input belongs to: `zod`, `@aws-lambda-powertools/logger`, or `ours:functions` for our code. */
export const packageOf = (input: string): string => {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return `ours:${input.replace(/^(\.\.\/)+/, '').split('/')[0]}`;
  const [first, second] = input.slice(at + 'node_modules/'.length).split('/');
  return first!.startsWith('@') ? `${first}/${second}` : first!;
};

/** Bytes each input contributes to the bundle's output (after tree shaking and minifying). */
const bytesByInput = (metafile: Metafile): Map<string, number> => {
  const output = Object.entries(metafile.outputs).find(([file]) => file.endsWith('.mjs'))![1];
  return new Map(Object.entries(output.inputs).map(([input, { bytesInOutput }]) => [input, bytesInOutput]));
};

const sumBy = <K>(entries: Iterable<[string, number]>, key: (input: string) => K): Map<K, number> => {
  const sums = new Map<K, number>();
  for (const [input, bytes] of entries) sums.set(key(input), (sums.get(key(input)) ?? 0) + bytes);
  return sums;
};

/** For each package, which of our files import it directly: why it is in the bundle. */
const importersOf = (metafile: Metafile): Map<string, Set<string>> => {
  const importers = new Map<string, Set<string>>();
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    if (input.includes('node_modules/')) continue;
    for (const { path } of imports) {
      if (!path.includes('node_modules/')) continue;
      const pkg = packageOf(path);
      if (!importers.has(pkg)) importers.set(pkg, new Set());
      importers.get(pkg)!.add(input.replace(/^(\.\.\/)+/, ''));
    }
  }
  return importers;
};

/** The AWS SDK's own packages: a function's clients, measured by its floor. */
const isAwsSdk = (pkg: string) => /^@(aws-sdk|smithy|aws-crypto)\//.test(pkg);

const kb = (bytes: number) => round(bytes / 1024, 1);

/**
 * What each function's bundle keeps beyond its clients floor, by package, from esbuild's
 * metafile: where its extra kilobytes (parsed and compiled at every cold start) come from,
 * and which of our files pull each package in.
 */
export function bundleContentsSection(bundles: readonly BuiltBundle[]): BenchSection {
  const functions = bundles.filter((b) => b.kind === 'function' && b.metafile);
  const analysed = functions.map((fn) => {
    const floor = bundles.find((b) => b.floorOf === fn.name)!;
    const inputs = bytesByInput(fn.metafile!);
    const floorInputs = bytesByInput(floor.metafile!);
    const beyond = [...inputs]
      .map(([input, bytes]) => [input, bytes - (floorInputs.get(input) ?? 0)] as [string, number])
      .filter(([, bytes]) => bytes > 0);
    const packages = [...sumBy(beyond, packageOf)].sort((a, b) => b[1] - a[1]);
    const importers = importersOf(fn.metafile!);
    return {
      function: fn.name,
      bytes: fn.bytes,
      floorBytes: floor.bytes,
      beyondFloorBytes: beyond.reduce((sum, [, bytes]) => sum + bytes, 0),
      packages: packages.map(([pkg, bytes]) => ({
        package: pkg,
        bytes,
        importedBy: [...(importers.get(pkg) ?? [])].sort(),
      })),
      topInputs: beyond
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([input, bytes]) => ({ input: input.replace(/^(\.\.\/)+/, ''), bytes })),
    };
  });
  const ours = (a: (typeof analysed)[number]) =>
    a.packages.filter((p) => p.package.startsWith('ours:')).reduce((sum, p) => sum + p.bytes, 0);
  return {
    id: 'bundle-contents',
    title: 'Bundle contents beyond the clients floor (esbuild metafile, KB in the minified output)',
    status: 'measured',
    columns: [
      'function',
      'KB',
      'floor KB',
      'beyond floor KB',
      'ours KB',
      'largest packages beyond the floor (KB)',
    ],
    rows: analysed.map((a) => [
      a.function,
      kb(a.bytes),
      kb(a.floorBytes),
      kb(a.beyondFloorBytes),
      kb(ours(a)),
      a.packages
        .filter((p) => !p.package.startsWith('ours:'))
        .slice(0, 5)
        .map((p) => `${p.package} ${kb(p.bytes)}`)
        .join(', '),
    ]),
    notes: [
      'beyond floor = bytes from inputs the floor does not contain, or contains less of (the SDK code a function’s commands add counts here too).',
      ...analysed.map(
        (a) =>
          `${a.function}: largest inputs beyond the floor: ${a.topInputs.map((i) => `${i.input} ${kb(i.bytes)}`).join(', ')}.`,
      ),
      ...analysed.map(
        (a) =>
          `${a.function} pulls in (besides the AWS SDK): ${a.packages
            .filter((p) => p.importedBy.length > 0 && !isAwsSdk(p.package))
            .map((p) => `${p.package} (from ${p.importedBy.join(', ')})`)
            .join('; ')}.`,
      ),
    ],
    data: { functions: analysed },
  };
}
