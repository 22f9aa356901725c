import { decode, encode } from '@jridgewell/sourcemap-codec';
import { describe, expect, it } from 'vitest';
import { ownCodeSourceMap } from '#cdk/own-code-source-map';

// A bundle written to /repo/.out/fn/index.mjs, its map beside it: sources are relative to /repo/.out/fn.
const mapDir = '/repo/.out/fn';
const projectRoot = '/repo';
const sources = [
  '../../functions/commons/env.ts',
  '../../node_modules/zod/v4/core/core.js',
  '../../functions/bookings/get-booking.ts',
  '../../node_modules/@aws-sdk/client-dynamodb/dist-es/index.js',
];

describe('source maps of our own code', () => {
  it('keeps our sources, named from the repository root, and drops the dependencies’', () => {
    const map = ownCodeSourceMap(
      { version: 3, sources, names: [], mappings: encode([[[0, 0, 0, 0]]]) },
      mapDir,
      projectRoot,
    );

    expect(map.sources).toEqual(['functions/commons/env.ts', 'functions/bookings/get-booking.ts']);
  });

  it('maps our code where it was, and leaves a dependency’s code unmapped rather than mapped to a line of ours', () => {
    const original = encode([
      [
        [0, 0, 3, 2, 0], // env.ts line 4, name requiredEnv
        [10, 1, 100, 0, 1], // zod
        [20, 1, 101, 0], // zod again
        [30, 2, 14, 6], // get-booking.ts line 15
      ],
      [
        [0, 3, 5, 0], // the SDK
        [8, 0, 0, 0], // env.ts line 1
      ],
    ]);

    const map = ownCodeSourceMap(
      { version: 3, sources, names: ['requiredEnv', 'parse'], mappings: original },
      mapDir,
      projectRoot,
    );

    expect(decode(map.mappings)).toEqual([[[0, 0, 3, 2, 0], [10], [30, 1, 14, 6]], [[8, 0, 0, 0]]]);
    expect(map.names).toEqual(['requiredEnv']);
  });

  it('keeps the source text of our files only, when the map carries any', () => {
    const map = ownCodeSourceMap(
      {
        version: 3,
        sources,
        sourcesContent: ['env', 'zod', 'get-booking', 'sdk'],
        names: [],
        mappings: '',
      },
      mapDir,
      projectRoot,
    );

    expect(map.sourcesContent).toEqual(['env', 'get-booking']);
  });
});
