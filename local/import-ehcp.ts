/**
 * `npm run import:ehcp -- <caseload.csv> [--api <url>] [--table <name> --region <region>] [--today YYYY-MM-DD]`
 *
 * Backfills an open EHCP caseload (the columns are in the README and in
 * functions/adapters/ehcp-caseload-csv.ts): each row becomes its case's events, checked field
 * by field and against each other. By default the rows go to the running local system's
 * `POST /ehcp/events` (found from `.local/runtime.json`, or `--api <url>`), which checks them against what
 * each case already holds and publishes them; with `--table` and `--region` they are applied
 * directly to an `ehcp` table in AWS (credentials from the usual AWS environment), as the
 * case-event consumer applies them.
 *
 * Prints what it loaded and each rejected row with its line, case and reasons, by column.
 * Rejected rows do not stop the import: it exits 1 only when the file cannot be read or nothing
 * could be written, 2 on a usage error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { applyCaseEvent } from '#domain/ehcp/apply-case-event';
import { ImpossibleCaseEventError } from '#domain/ehcp/impossible-case-event-error';
import { type IsoDate, isIsoDate } from '#domain/shared/iso-date';
import { londonDateOf } from '#domain/shared/london-time';
import { dynamoDbEhcpCaseReader } from '#functions/adapters/dynamodb-ehcp-case-reader';
import { dynamoDbEhcpCaseWriter } from '#functions/adapters/dynamodb-ehcp-case-writer';
import {
  CaseloadFileError,
  type CaseloadRow,
  columnOf,
  type RowIssue,
  readCaseload,
} from '#functions/adapters/ehcp-caseload-csv';
import type { LocalRuntimeState } from './runtime.ts';

/** Where `npm start` says it runs. */
const STATE_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../.local/runtime.json');

/** The running local system's API (from its state file), else the default port's. */
const localApi = (): string => {
  if (existsSync(STATE_FILE)) {
    const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as LocalRuntimeState;
    try {
      process.kill(state.pid, 0);
      return state.apiUrl;
    } catch {
      // written by a system no longer running
    }
  }
  return `http://127.0.0.1:${process.env.PORT ?? 3000}`;
};

const USAGE =
  'usage: npm run import:ehcp -- <caseload.csv> [--api <url>] [--table <name> --region <region>] [--today YYYY-MM-DD]';

/** Loads one row's events somewhere; resolves with the row's problems (none when loaded). */
type Loader = (row: Extract<CaseloadRow, { events: unknown }>) => Promise<readonly RowIssue[]>;

/** Posts each row's events to `POST /ehcp/events` (the local system, or any API that needs no signing). */
const apiLoader =
  (api: string): Loader =>
  async ({ events }) => {
    const response = await fetch(`${api}/ehcp/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events }),
    });
    if (response.status === 202) return [];
    const body = (await response.json().catch(() => ({}))) as {
      issues?: { path: string; message: string }[];
    };
    if (response.status !== 400 || !body.issues) throw new Error(`${api} answered ${response.status}`);
    return body.issues.map(({ path, message }) => {
      const [, index, ...field] = path.split('.');
      const event = events[Number(index)];
      const column = event ? columnOf(event.type, field.join('.')) : path;
      return { column, message };
    });
  };

/** Applies each row's events to an `ehcp` table directly, as the consumer does. */
const tableLoader = (table: string, region: string, today: IsoDate): Loader => {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region }), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const load = dynamoDbEhcpCaseReader(client, table);
  const save = dynamoDbEhcpCaseWriter(client, table);
  return async ({ events }) => {
    try {
      for (const event of events) await applyCaseEvent(event, { load, save, today });
      return [];
    } catch (error) {
      if (!(error instanceof ImpossibleCaseEventError)) throw error;
      return error.issues.map((i) => ({ column: columnOf(i.type, i.path), message: i.message }));
    }
  };
};

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      api: { type: 'string' },
      table: { type: 'string' },
      region: { type: 'string' },
      today: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) return usage('give one caseload file');
  if (Boolean(values.table) !== Boolean(values.region)) return usage('--table and --region go together');
  if (values.today !== undefined && !isIsoDate(values.today)) return usage('--today must be YYYY-MM-DD');
  // A command-line tool, not a handler: today is the machine's London date unless given.
  const today = (values.today as IsoDate | undefined) ?? londonDateOf(new Date());

  let rows: CaseloadRow[];
  try {
    rows = readCaseload(readFileSync(file, 'utf8'), today);
  } catch (error) {
    if (error instanceof CaseloadFileError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`Cannot read ${file}: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
  const api = values.api ?? localApi();
  const loader = values.table ? tableLoader(values.table, values.region!, today) : apiLoader(api);
  const where = values.table ? `table ${values.table} (${values.region})` : api;

  const rejected: { line: number; caseRef: string; issues: readonly RowIssue[] }[] = [];
  let loaded = 0;
  let events = 0;
  for (const row of rows) {
    const issues = 'rejected' in row ? row.rejected : await loader(row);
    if (issues.length > 0) rejected.push({ line: row.line, caseRef: row.caseRef, issues });
    else if ('events' in row) {
      loaded++;
      events += row.events.length;
    }
  }

  console.log(
    `Read ${rows.length} rows from ${file}; loaded ${loaded} cases (${events} events) into ${where}.`,
  );
  if (rejected.length > 0) {
    console.log(`Rejected ${rejected.length} rows:`);
    for (const r of rejected)
      console.log(
        `  line ${r.line} (${r.caseRef || 'no caseRef'}): ${r.issues.map((i) => (i.message.startsWith(`${i.column} `) ? i.message : `${i.column}: ${i.message}`)).join('; ')}`,
      );
  }
  return loaded === 0 && rows.length > 0 ? 1 : 0;
}

function usage(problem: string): number {
  console.error(`${problem}\n${USAGE}`);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Import failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
