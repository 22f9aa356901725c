import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode, encode, type SourceMapLine, type SourceMapSegment } from '@jridgewell/sourcemap-codec';

/** The parts of a version 3 source map that esbuild writes. */
export interface RawSourceMap {
  version: number;
  sources: string[];
  sourcesContent?: (string | null)[];
  sourceRoot?: string;
  mappings: string;
  names: string[];
  [key: string]: unknown;
}

/** Where a source is ours: a file of the project, not a dependency. */
const isOwnCode = (absolutePath: string, projectRoot: string) => {
  const path = relative(projectRoot, absolutePath);
  return !path.startsWith('..') && !isAbsolute(path) && !path.split(sep).includes('node_modules');
};

/**
 * A bundle's source map cut down to our own code: mappings into `node_modules` become
 * unmapped segments (so a frame inside a dependency shows its bundle position rather than a
 * wrong line of ours), those sources and their names are dropped, and our sources are named
 * relative to the project root (`functions/commons/env.ts`), which Node resolves beside the
 * bundle (`/var/task/functions/commons/env.ts` in Lambda) on every machine alike.
 *
 * Node reads and parses the whole map at import when `--enable-source-maps` is on: a map of
 * only our code is a few tens of KB instead of 1.5-2.8 MB.
 */
export function ownCodeSourceMap(map: RawSourceMap, mapDir: string, projectRoot: string): RawSourceMap {
  const absolute = map.sources.map((s) => resolve(mapDir, map.sourceRoot ?? '', s));
  const sourceIndex = new Map<number, number>();
  const sources: string[] = [];
  const sourcesContent: (string | null)[] = [];
  absolute.forEach((path, i) => {
    if (!isOwnCode(path, projectRoot)) return;
    sourceIndex.set(i, sources.length);
    sources.push(relative(projectRoot, path).split(sep).join('/'));
    sourcesContent.push(map.sourcesContent?.[i] ?? null);
  });
  const nameIndex = new Map<number, number>();
  const names: string[] = [];
  const keepName = (i: number) => {
    let kept = nameIndex.get(i);
    if (kept === undefined) {
      kept = names.length;
      nameIndex.set(i, kept);
      names.push(map.names[i]!);
    }
    return kept;
  };
  const mappings = decode(map.mappings).map((line) => {
    const kept: SourceMapLine = [];
    let mapped = false;
    for (const segment of line) {
      const source = segment.length > 1 ? sourceIndex.get(segment[1]!) : undefined;
      if (source === undefined) {
        // A dependency's code (or esbuild's own): end the previous mapping of ours here.
        if (mapped) kept.push([segment[0]]);
        mapped = false;
        continue;
      }
      const s = segment as [number, number, number, number, number?];
      kept.push(
        (s[4] === undefined
          ? [s[0], source, s[2], s[3]]
          : [s[0], source, s[2], s[3], keepName(s[4])]) satisfies SourceMapSegment,
      );
      mapped = true;
    }
    return kept;
  });
  const { sourceRoot: _root, sourcesContent: _content, ...rest } = map;
  return {
    ...rest,
    sources,
    ...(map.sourcesContent ? { sourcesContent } : {}),
    names,
    mappings: encode(mappings),
  };
}

/** Rewrites the map file beside a bundle (`index.mjs.map`) in place, keeping our code only. */
export function keepOwnCodeInSourceMap(mapFile: string, projectRoot: string): void {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap;
  writeFileSync(mapFile, JSON.stringify(ownCodeSourceMap(map, dirname(mapFile), projectRoot)));
}

// Run by the function construct's after-bundling hook: `node cdk/own-code-source-map.ts <map> <root>`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [mapFile, projectRoot] = process.argv.slice(2);
  if (!mapFile || !projectRoot) {
    console.error('usage: node cdk/own-code-source-map.ts <bundle>.map <project root>');
    process.exit(2);
  }
  keepOwnCodeInSourceMap(mapFile, projectRoot);
}
