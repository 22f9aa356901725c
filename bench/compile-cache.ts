import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BuiltBundle } from './bundles.ts';

/**
 * A variant of a bundle that ships a V8 compile cache beside it: a wrapper entry enables
 * `module.enableCompileCache` on a directory inside the package and then imports the bundle.
 * The cache is produced at build time by importing the wrapper once.
 */
export function withCompileCache(bundle: BuiltBundle): BuiltBundle {
  const dir = join(dirname(dirname(bundle.file)), `${basename(dirname(bundle.file))}+compile-cache`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dirname(bundle.file)))
    copyFileSync(join(dirname(bundle.file), file), join(dir, file));
  const entry = join(dir, 'entry.mjs');
  writeFileSync(
    entry,
    [
      "import module from 'node:module';",
      "module.enableCompileCache(new URL('./compile-cache', import.meta.url).pathname);",
      "export const { handler } = await import('./index.mjs');",
      '',
    ].join('\n'),
  );
  const populate = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `await import(${JSON.stringify(entry)})`],
    {
      env: { ...process.env, ...bundle.env, AWS_REGION: 'eu-west-2' },
      encoding: 'utf8',
    },
  );
  if (populate.status !== 0) throw new Error(`could not populate the compile cache: ${populate.stderr}`);
  return { ...bundle, name: `${bundle.name}+compile-cache`, file: entry };
}
