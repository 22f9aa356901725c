import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The one module allowed to turn what triggered a handler into its "now". */
const CLOCK_MODULE = 'functions/commons/clock.ts';
/** `new Date()`, `Date.now()` and `Date()` read the machine's clock; `new Date(value)` does not. */
const WALL_CLOCK = /new\s+Date\s*\(\s*\)|\bDate\s*\.\s*now\s*\(|(?<!new\s+)\bDate\s*\(\s*\)/;

const sourcesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));

const wallClockReads = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => (WALL_CLOCK.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));

describe('time comes from the event that triggered a handler', () => {
  it('no module of domain/ or functions/ reads the wall clock, except the clock module', () => {
    const offenders = [...sourcesUnder('domain'), ...sourcesUnder('functions')]
      .filter((file) => file !== CLOCK_MODULE)
      .flatMap(wallClockReads);

    expect(offenders).toEqual([]);
  });

  it.each([
    ['const now = new Date();', true],
    ['const t = Date.now();', true],
    ['const s = Date();', true],
    ['const t = new Date( );', true],
    ['const t = new Date(event.time);', false],
    ['const t = new Date(Number(record.attributes.SentTimestamp));', false],
    ['const updated = lastUpdate.now;', false],
  ])('recognises a wall-clock read in %j: %s', (line, reads) => {
    expect(WALL_CLOCK.test(line)).toBe(reads);
  });
});
