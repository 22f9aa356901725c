/**
 * Readable stack traces at no cold-start cost: injected first into every function bundle
 * (`cdk/bundling.ts`), this formats each error's stack with the frames of our code mapped
 * through the bundle's source map (`index.mjs.map`, our own code only), read the first time a
 * stack is formatted, never at import.
 *
 * Node's own `--enable-source-maps` reads the map and scans the whole bundle when it imports
 * it, on every cold start, whether anything ever throws: measured in `npm run bench`
 * (source-maps section). A frame of ours reads `at eM (/var/task/functions/commons/env.ts:4:21)`
 * (the repository path under the bundle's directory; function names stay minified), a frame
 * inside a dependency keeps its bundle position. Outside a bundle (tests, the local runtime)
 * this module is not loaded.
 */

type SourceMapLike = {
  findEntry(
    line: number,
    column: number,
  ): { originalSource?: string; originalLine?: number; originalColumn?: number };
};

const bundleUrl = import.meta.url;
let sourceMap: SourceMapLike | null | undefined;

/** The bundle's source map, read once on first use; `null` if there is none or it cannot be read. */
const bundleSourceMap = (): SourceMapLike | null => {
  if (sourceMap !== undefined) return sourceMap;
  try {
    const { readFileSync } = process.getBuiltinModule('node:fs');
    const { SourceMap } = process.getBuiltinModule('node:module');
    const { fileURLToPath } = process.getBuiltinModule('node:url');
    const { dirname, resolve } = process.getBuiltinModule('node:path');
    const file = fileURLToPath(bundleUrl);
    const payload = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    // Sources are named from the repository root; show them under the bundle's directory, as Node does.
    payload.sources = payload.sources.map((source: string) => resolve(dirname(file), source));
    sourceMap = new SourceMap(payload);
  } catch {
    sourceMap = null;
  }
  return sourceMap;
};

/** One frame as V8 writes it, its bundle position replaced by our source's if the map has one. */
const frame = (site: NodeJS.CallSite): string => {
  const text = String(site);
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  if (site.getFileName() !== bundleUrl || line === null || column === null) return text;
  const entry = bundleSourceMap()?.findEntry(line - 1, column - 1);
  if (entry?.originalSource === undefined || entry.originalLine === undefined) return text;
  const position = `${bundleUrl}:${line}:${column}`;
  const original = `${entry.originalSource}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
  return text.replace(position, original);
};

const header = (error: unknown): string => {
  try {
    return Error.prototype.toString.call(error);
  } catch {
    return '<error>';
  }
};

Error.prepareStackTrace = (error, sites) =>
  sites.length === 0 ? header(error) : `${header(error)}\n    at ${sites.map(frame).join('\n    at ')}`;
