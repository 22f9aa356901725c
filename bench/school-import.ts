import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { provision } from '#local/provision';
import { startStandIns } from '#local/stand-ins';
import { systemWiring } from '#wiring/system';
import { ROOT } from './bundles.ts';
import { writeSyntheticExtract } from './gias-generator.ts';
import type { WorkerResult } from './school-import-worker.ts';
import { type BenchSection, round } from './section.ts';

const WORKER = resolve(ROOT, 'bench/school-import-worker.ts');

/**
 * The V8 heap cap (--max-old-space-size, MB) of one extra 50,000-row run: an import that held
 * the rows would fail under it, so finishing proves memory bounded. Timed runs have no cap (a
 * tight cap triples the CPU spent collecting garbage).
 */
const HEAP_CAP_MB = 32;

/** Runs the worker in its own process (its own peak RSS) and reads its one line of JSON. */
async function runWorker(args: string[], heapCapMb?: number): Promise<WorkerResult> {
  const flags = [...(heapCapMb ? [`--max-old-space-size=${heapCapMb}`] : []), '--import', 'tsx'];
  const { stdout } = await promisify(execFile)(process.execPath, [...flags, WORKER, ...args], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
    timeout: 10 * 60_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as WorkerResult;
}

/**
 * The schools directory import: a synthetic GIAS extract (all 139 columns, Windows-1252, a few
 * malformed rows) read, decoded, parsed and mapped as a stream, at 5,000 and 50,000 rows (peak
 * RSS compared, to show memory stays bounded), then the full import into DynamoDB Local.
 */
export async function measureSchoolImport(
  options: { rows?: number; smallRows?: number; writeRows?: number } = {},
): Promise<BenchSection> {
  const rows = options.rows ?? 50_000;
  const smallRows = options.smallRows ?? 5_000;
  const writeRows = options.writeRows ?? rows;
  const dir = mkdtempSync(join(tmpdir(), 'gias-bench-'));
  try {
    const big = await writeSyntheticExtract(join(dir, 'big.csv'), { rows });
    const small = await writeSyntheticExtract(join(dir, 'small.csv'), { rows: smallRows });
    const write =
      writeRows === rows ? big : await writeSyntheticExtract(join(dir, 'write.csv'), { rows: writeRows });
    const parseSmall = await runWorker([small.path]);
    const parseBig = await runWorker([big.path]);
    const parseCapped = await runWorker([big.path], HEAP_CAP_MB);

    // The import columns write to DynamoDB Local, started for them and stopped after.
    const standIns = await startStandIns({ sesPort: 0 });
    const [importedSmall, imported] = await (async () => {
      try {
        const local = {
          region: 'eu-west-2',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        };
        const dynamoDb = new DynamoDBClient({ ...local, endpoint: standIns.endpoints.dynamodb });
        const sqs = new SQSClient({ ...local, endpoint: standIns.endpoints.sqs });
        const directoryOnly = {
          ...systemWiring,
          tables: { directory: systemWiring.tables.directory },
          queues: {},
        };
        const { tables } = await provision(
          directoryOnly,
          { dynamoDb, sqs, sqsEndpoint: standIns.endpoints.sqs },
          'bench-',
        );
        dynamoDb.destroy();
        sqs.destroy();
        const into = ['--table', tables.directory!, '--endpoint', standIns.endpoints.dynamodb];
        return [await runWorker([small.path, ...into]), await runWorker([write.path, ...into])];
      } finally {
        await standIns.stop();
      }
    })();

    const perSecond = (r: WorkerResult) => round(r.read / (r.wallMs / 1000), 0);
    const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);
    const column = (r: WorkerResult, fileBytes: number) => [
      r.read,
      r.imported,
      r.rejected,
      mb(fileBytes),
      round(r.wallMs / 1000, 2),
      round(r.cpuMs / 1000, 2),
      perSecond(r),
      round(r.read / (r.cpuMs / 1000), 0),
      r.baselineRssMb,
      r.peakRssMb,
      round(r.peakRssMb - r.baselineRssMb, 1),
    ];
    const labels = [
      'rows read',
      'schools imported',
      'rows rejected (reported)',
      'file (MB)',
      'wall time (s)',
      'CPU (s)',
      'rows per second (wall)',
      'rows per CPU second',
      'RSS before reading (MB)',
      'peak RSS (MB)',
      'peak RSS over baseline (MB)',
    ];
    const cols = [
      column(parseSmall, small.bytes),
      column(parseBig, big.bytes),
      column(parseCapped, big.bytes),
      column(importedSmall, small.bytes),
      column(imported, write.bytes),
    ];
    return {
      id: 'school-import',
      title: `Schools directory: GIAS extract import (${rows.toLocaleString('en-GB')} rows)`,
      status: 'measured',
      columns: [
        '',
        `parse+map ${smallRows.toLocaleString('en-GB')}`,
        `parse+map ${rows.toLocaleString('en-GB')}`,
        `parse+map ${rows.toLocaleString('en-GB')}, ${HEAP_CAP_MB} MB heap cap`,
        `import ${smallRows.toLocaleString('en-GB')} to DynamoDB Local`,
        `import ${writeRows.toLocaleString('en-GB')} to DynamoDB Local`,
      ],
      rows: labels.map((label, i) => [label, ...cols.map((c) => c[i]!)]),
      notes: [
        `Synthetic extract from bench/gias-generator.ts: every one of the 139 published columns, Windows-1252 with curly apostrophes, ${big.malformedRows} malformed rows in ${rows.toLocaleString('en-GB')} (too few fields, an impossible date, a non-numeric URN, an unknown status, an unclosed quote that takes in the row after it: ${big.rowsTakenIn}). Each was reported with its line and reason and the import went on.`,
        'Each column ran in its own Node process (tsx): fs stream → iconv-lite (win1252) → csv-parse → row mapper → importer, batches of 500 schools. "parse+map" gives the importer a directory that stores nothing; the import column writes through the DynamoDB adapter (BatchWriteItem, 25 items, 4 in flight) to DynamoDB Local in memory.',
        `Memory stays bounded: the ${rows.toLocaleString('en-GB')}-row extract (${mb(big.bytes)} MB, twice that as decoded text) was read and mapped with V8's old-generation heap capped at ${HEAP_CAP_MB} MB (--max-old-space-size), so its rows were never all held at once; the import adds only bounded batches (500 schools, 4 writes of 25 in flight, the reader waiting meanwhile). Peak RSS is shown as measured: ten times the rows added ${round(parseBig.peakRssMb - parseSmall.peakRssMb, 1)} MB reading and ${round(imported.peakRssMb - importedSmall.peakRssMb, 1)} MB importing, and under the cap it was ${round(parseCapped.peakRssMb - parseBig.peakRssMb, 1)} MB higher than without (more collector work; memory V8 keeps rather than hands back), so it shows V8's appetite more than what the import keeps. What the import does keep is the set of URNs seen (duplicate detection), about 50 bytes a row.`,
        'Wall times vary with what else the 2 shared cores are doing; CPU time is the steadier measure. DynamoDB Local is far slower at writes than DynamoDB; in AWS the write rate is bounded by on-demand throughput and the 4 batches in flight, not measured here.',
      ],
      data: { parseSmall, parseBig, parseCapped, importedSmall, imported, files: { big, small, write } },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
