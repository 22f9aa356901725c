/**
 * Child process of the school-import benchmark, so each measurement has its own peak RSS:
 * `tsx bench/school-import-worker.ts <extract.csv> [--table <name> --endpoint <url>]`.
 * Reads (and maps) the extract; with a table, also writes it to the directory on that
 * DynamoDB endpoint through the importer. Prints one JSON line of measurements.
 */
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { importSchools } from '#domain/schools/import-directory';
import { dynamoDbSchoolDirectory } from '#functions/adapters/dynamodb-school-directory';
import { readGiasExtract } from '#functions/adapters/gias-extract';

/** What one run measured. */
export interface WorkerResult {
  readonly read: number;
  readonly imported: number;
  readonly rejected: number;
  readonly reasons: readonly string[];
  readonly wallMs: number;
  readonly cpuMs: number;
  /** RSS once the modules are loaded, before reading. */
  readonly baselineRssMb: number;
  /** The process's peak RSS over its whole life (getrusage maxrss). */
  readonly peakRssMb: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { table: { type: 'string' }, endpoint: { type: 'string' } },
});
const file = positionals[0]!;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const baselineRssMb = mb(process.memoryUsage().rss);
const reasons: string[] = [];
const cpu = process.cpuUsage();
const started = performance.now();
let summary: { read: number; imported: number; rejected: number };
if (values.table && values.endpoint) {
  const client = new DynamoDBClient({
    region: 'eu-west-2',
    endpoint: values.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const directory = dynamoDbSchoolDirectory(DynamoDBDocumentClient.from(client), values.table);
  summary = await importSchools(readGiasExtract(createReadStream(file)), directory, {
    onRejected: (r) => reasons.push(`line ${r.line}: ${r.reason.slice(0, 120)}`),
  });
  client.destroy();
} else {
  // Parse and map only: the importer's own loop with a directory that keeps nothing.
  summary = await importSchools(
    readGiasExtract(createReadStream(file)),
    { putSchools: async () => undefined },
    { onRejected: (r) => reasons.push(`line ${r.line}: ${r.reason.slice(0, 120)}`) },
  );
}
const wallMs = performance.now() - started;
const used = process.cpuUsage(cpu);
const result: WorkerResult = {
  ...summary,
  reasons,
  wallMs,
  cpuMs: (used.user + used.system) / 1000,
  baselineRssMb,
  peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
};
console.log(JSON.stringify(result));
