import type { GiasRow } from './gias-establishment.ts';
import type { RowRejection } from './row-rejection.ts';
import type { School } from './school.ts';
import type { SchoolContact } from './school-contact.ts';
import { type SchoolDirectory, UnknownSchoolError } from './school-directory.ts';

/** What an import did. */
export interface ImportSummary {
  /** Data rows read (the header not counted). */
  readonly read: number;
  /** Rows stored (schools, or contacts). */
  readonly imported: number;
  readonly rejected: number;
}

/** How an import reports as it goes. */
export interface ImportOptions {
  /** Schools written per `putSchools` call: bounds memory whatever the file's size (500). */
  readonly batchSize?: number;
  /** Told of each rejected row, in file order. */
  readonly onRejected?: (rejection: RowRejection) => void;
}

/**
 * Loads the schools of a GIAS extract, as its reader maps them row by row, into the directory:
 * 1. each school is kept until a batch is full, then the batch is written (memory stays
 *    bounded: the reader waits while a batch is written);
 * 2. a URN seen on an earlier row is rejected (the first row stands);
 * 3. every rejected row is reported with its line and reason, and the import goes on.
 */
export async function importSchools(
  rows: AsyncIterable<GiasRow>,
  directory: Pick<SchoolDirectory, 'putSchools'>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 500;
  let read = 0;
  let imported = 0;
  let rejected = 0;
  const seen = new Set<string>();
  let batch: School[] = [];
  const reject = (rejection: RowRejection) => {
    rejected++;
    options.onRejected?.(rejection);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const writing = batch;
    batch = [];
    await directory.putSchools(writing);
    imported += writing.length;
  };
  for await (const row of rows) {
    read++;
    if (row.kind === 'rejected') {
      reject(row.rejection);
      continue;
    }
    const { school, line } = row;
    if (seen.has(school.urn)) {
      reject({ line, urn: school.urn, reason: `URN ${school.urn} appears on an earlier row, which stands` });
      continue;
    }
    seen.add(school.urn);
    batch.push(school);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return { read, imported, rejected };
}

/** One school's contacts as read from a contacts file, or a row that was not taken. */
export type ContactsRow =
  | {
      readonly kind: 'contacts';
      /** First line of the school's rows. */
      readonly line: number;
      /** How many rows of the file these contacts came from. */
      readonly rows: number;
      readonly urn: string;
      readonly contacts: readonly SchoolContact[];
    }
  | { readonly kind: 'rejected'; readonly rejection: RowRejection };

/**
 * Stores each school's contacts as read from a contacts file (replacing what the school had).
 * A school the directory does not have is reported, not fatal. `read` and `rejected` count rows
 * of the file; `imported` counts rows stored.
 */
export async function importContacts(
  rows: AsyncIterable<ContactsRow>,
  directory: Pick<SchoolDirectory, 'putContacts'>,
  options: Pick<ImportOptions, 'onRejected'> = {},
): Promise<ImportSummary> {
  let read = 0;
  let imported = 0;
  let rejected = 0;
  for await (const row of rows) {
    if (row.kind === 'rejected') {
      read++;
      rejected++;
      options.onRejected?.(row.rejection);
      continue;
    }
    read += row.rows;
    try {
      await directory.putContacts(row.urn, row.contacts);
      imported += row.rows;
    } catch (error) {
      if (!(error instanceof UnknownSchoolError)) throw error;
      rejected += row.rows;
      options.onRejected?.({
        line: row.line,
        urn: row.urn,
        reason: `urn: no school with URN ${row.urn} is in the directory (${row.rows} contact rows ignored)`,
      });
    }
  }
  return { read, imported, rejected };
}
