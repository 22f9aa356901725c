/**
 * `npm run import:schools -- <gias.csv> [--contacts <contacts.csv>] [--encoding <enc>]
 *   [--table <name> --region <region>]`
 *
 * Loads a DfE GIAS all-establishments extract (as published: Windows-1252 CSV) and optionally a
 * contacts file (`urn,role,name,email`) into the schools directory: by default the running
 * local system's (`npm start` writes where it is to `.local/runtime.json`), or with `--table`
 * and `--region` a directory table in AWS (credentials from the usual AWS environment).
 *
 * Prints what it read, imported and rejected, and each rejected row with its line and reason.
 * Rejected rows do not fail the import: it exits non-zero only if nothing could be read (no
 * such file, not a GIAS extract, no rows) or the directory could not be written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoDbSchoolDirectory } from '#functions/adapters/dynamodb-school-directory';
import { GiasExtractError } from '#functions/adapters/gias-extract';
import { ContactsFileError } from '#functions/adapters/school-contacts-csv';
import type { LocalRuntimeState } from './runtime.ts';
import { describeRejection, importSchoolFiles } from './school-files.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STATE_FILE = resolve(ROOT, '.local/runtime.json');
const USAGE =
  'usage: npm run import:schools -- <gias.csv> [--contacts <contacts.csv>] [--encoding win1252] [--table <name> --region <region>]';

/** Fails with a message and exit code, never a stack trace. */
class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The directory table to write to, and a client for it. */
function target(values: { table?: string; region?: string }) {
  if (values.table || values.region) {
    if (!values.table || !values.region) throw new CliError(`--table and --region go together\n${USAGE}`, 2);
    return {
      where: `table ${values.table} (${values.region})`,
      table: values.table,
      client: new DynamoDBClient({ region: values.region }),
    };
  }
  const how = 'Start it with `npm start`, or give --table and --region for a directory table in AWS.';
  if (!existsSync(STATE_FILE)) throw new CliError(`No local system is running (no ${STATE_FILE}). ${how}`);
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as LocalRuntimeState;
  if (!isRunning(state.pid)) {
    throw new CliError(`The local system that wrote ${STATE_FILE} (pid ${state.pid}) is not running. ${how}`);
  }
  const table = state.tables.directory;
  if (!table) throw new CliError(`The running local system has no directory table.`);
  return {
    where: `the local system at ${state.apiUrl} (table ${table})`,
    table,
    client: new DynamoDBClient({
      region: state.region,
      endpoint: state.endpoints.dynamodb,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  };
}

const parseCommandLine = () =>
  parseArgs({
    allowPositionals: true,
    options: {
      contacts: { type: 'string' },
      encoding: { type: 'string' },
      table: { type: 'string' },
      region: { type: 'string' },
    },
  });

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine();
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CliError(USAGE, 2);
  const extract = resolve(positionals[0]!);
  const contacts = values.contacts ? resolve(values.contacts) : undefined;
  for (const file of [extract, contacts]) {
    if (file && !existsSync(file)) throw new CliError(`No such file: ${file}`);
  }

  const { where, table, client } = target(values);
  const directory = dynamoDbSchoolDirectory(
    DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    table,
  );
  console.log(`Importing ${extract}${contacts ? ` and ${contacts}` : ''} into ${where}`);
  const started = performance.now();
  try {
    const summary = await importSchoolFiles(
      directory,
      {
        extract,
        ...(contacts ? { contacts } : {}),
        ...(values.encoding ? { encoding: values.encoding } : {}),
      },
      {
        onRejected: (file, rejection) => console.log(`  rejected (${file}) ${describeRejection(rejection)}`),
      },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const { schools } = summary;
    console.log(
      `Schools: ${schools.read} rows read, ${schools.imported} imported, ${schools.rejected} rejected (${seconds} s)`,
    );
    if (summary.contacts) {
      const c = summary.contacts;
      console.log(`Contacts: ${c.read} rows read, ${c.imported} imported, ${c.rejected} rejected`);
    }
    return schools.read === 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof GiasExtractError || error instanceof ContactsFileError)
      throw new CliError(error.message);
    throw error;
  } finally {
    client.destroy();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof CliError) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else {
    console.error(`Import failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
