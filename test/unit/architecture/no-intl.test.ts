import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
/** A use of `Intl` in code (a formatter, a collator...), not a mention in a comment. */
const INTL = /(?<![\w$.])Intl\s*\./;
const COMMENT = /^\s*(\/\/|\/\*|\*)/;

const sourcesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));

const intlUses = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((line, i) =>
      !COMMENT.test(line) && INTL.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
    );

describe('no function pays for ICU at its cold start', () => {
  // The first Intl formatter with a time zone starts ICU, ≈ 20 ms: more than a function's whole
  // cold-start budget (docs/cold-start.md, rule 1). London time and money are computed by hand
  // (domain/shared/london-time.ts, money.ts); tests may compare them with Intl.
  it('no module of domain/, events/ or functions/ uses Intl', () => {
    const offenders = [
      ...sourcesUnder('domain'),
      ...sourcesUnder('events'),
      ...sourcesUnder('functions'),
    ].flatMap(intlUses);

    expect(offenders).toEqual([]);
  });

  it.each([
    ["const f = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London' });", true],
    ['  return Intl.NumberFormat(locale).format(n);', true],
    [' * through `Intl.DateTimeFormat` (ICU)', false],
    ['// no Intl.DateTimeFormat here', false],
    ['const intl = myIntl.format(x);', false],
  ])('recognises a use of Intl in %j: %s', (line, uses) => {
    expect(!COMMENT.test(line) && INTL.test(line)).toBe(uses);
  });
});
