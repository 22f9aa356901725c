import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '#cdk/bundling';
import type { AnyWiring } from '#wiring/types';
import { synth } from './synth.ts';

const fn = (entry: string, description: string) => ({ entry, description, memoryMb: 128, timeoutSeconds: 5 });

/** Two functions that fail, bundled and deployed like every other. */
const failingWiring: AnyWiring = {
  tables: {},
  queues: {},
  functions: {
    throwingHandler: fn('test/support/throwing-handler.ts', 'throws when invoked'),
    misconfiguredHandler: fn('test/support/misconfigured-handler.ts', 'fails at its cold start'),
  },
  rules: [],
  schedules: [],
  // A REST API needs a method: the throwing handler answers one (it is invoked directly here).
  routes: [
    {
      method: 'POST',
      path: '/throw',
      function: 'throwingHandler',
      auth: 'iam',
      summary: 'Throws',
      responses: { 500: { description: 'it threw' } },
    },
  ],
};

/** The 1-based line of `source` (a repository file) that contains `text`. */
const lineOf = (source: string, text: string) =>
  readFileSync(join(PROJECT_ROOT, source), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

/** A frame of `source` at `line`, named (`at fn (path:line:col)`) or anonymous (`at path:line:col`). */
const frameAt = (source: string, line: number) =>
  new RegExp(`^ +at (\\S+ \\()?\\S*/${source.replaceAll('.', '\\.')}:${line}:\\d+\\)?$`, 'm');

type Deployed = { dir: string; environment: Record<string, string> };

/**
 * Imports a deployed function's bundle in a fresh Node 24 process with the environment its
 * template gives it (and nothing else: no NODE_OPTIONS of ours), invokes it once, and returns the
 * stack of what it threw.
 */
function stackOfFailure({ dir, environment }: Deployed, event: unknown): string {
  const script = `
    try {
      const { handler } = await import(${JSON.stringify(pathToFileURL(join(dir, 'index.mjs')).href)});
      await handler(${JSON.stringify(event)});
    } catch (error) {
      process.stdout.write(error.stack);
    }`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH, AWS_REGION: 'eu-west-2', ...environment },
    cwd: dir,
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  return child.stdout;
}

describe('stack traces of deployed functions', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-out-'));
  const deployed: Record<string, Deployed> = {};

  beforeAll(() => {
    const { stateless, statelessStack } = synth(failingWiring, { bundle: true, outdir });
    const resources = stateless.findResources('AWS::Lambda::Function');
    for (const [name, construct] of Object.entries(statelessStack.functions)) {
      const props = resources[statelessStack.getLogicalId(construct.node.defaultChild as never)]!.Properties;
      deployed[name] = {
        dir: join(outdir, `asset.${String(props.Code.S3Key).replace(/\.zip$/, '')}`),
        environment: props.Environment.Variables,
      };
    }
  }, 120_000);

  it('runs with no Node flags, as every function is deployed', () => {
    expect(deployed.throwingHandler!.environment).not.toHaveProperty('NODE_OPTIONS');
  });

  it('names our source file and line when a handler throws', () => {
    const stack = stackOfFailure(deployed.throwingHandler!, { days: 2 });

    expect(stack).toContain('RangeError: half days cannot be counted here');
    const line = lineOf('test/support/throwing-handler.ts', 'throw new RangeError');
    expect(stack).toMatch(frameAt('test/support/throwing-handler.ts', line));
  });

  it('names our source file and line when a function fails at its cold start', () => {
    const stack = stackOfFailure(deployed.misconfiguredHandler!, {});

    expect(stack).toContain('environment variable SETTING_NO_STACK_PROVIDES is not set');
    const envLine = lineOf('functions/commons/env.ts', 'throw new Error');
    expect(stack).toMatch(frameAt('functions/commons/env.ts', envLine));
    const line = lineOf('test/support/misconfigured-handler.ts', "requiredEnv('SETTING_NO_STACK_PROVIDES')");
    expect(stack).toMatch(frameAt('test/support/misconfigured-handler.ts', line));
  });
});
