import { createReadStream } from 'node:fs';
import { type ImportSummary, importContacts, importSchools } from '#domain/schools/import-directory';
import type { RowRejection } from '#domain/schools/row-rejection';
import type { SchoolDirectory } from '#domain/schools/school-directory';
import { readGiasExtract } from '#functions/adapters/gias-extract';
import { readSchoolContacts } from '#functions/adapters/school-contacts-csv';

/** Files to load into the schools directory. */
export interface SchoolFiles {
  /** A GIAS all-establishments extract (Windows-1252 CSV). */
  readonly extract: string;
  /** Optional contacts file: `urn,role,name,email` (UTF-8 CSV). */
  readonly contacts?: string;
  /** The extract's character encoding, if not Windows-1252. */
  readonly encoding?: string;
}

/** What loading the files did. */
export interface SchoolFilesSummary {
  readonly schools: ImportSummary;
  readonly contacts?: ImportSummary;
}

/**
 * Loads a GIAS extract, then (optionally) a contacts file, into the directory: the one code
 * path behind `npm run import:schools` and the sample `npm start` loads. The extract is
 * streamed; rejected rows are reported through `onRejected` and the import goes on.
 */
export async function importSchoolFiles(
  directory: SchoolDirectory,
  files: SchoolFiles,
  report: {
    onRejected?: (file: 'extract' | 'contacts', rejection: RowRejection) => void;
    batchSize?: number;
  } = {},
): Promise<SchoolFilesSummary> {
  const schools = await importSchools(
    readGiasExtract(createReadStream(files.extract), files.encoding ? { encoding: files.encoding } : {}),
    directory,
    {
      ...(report.batchSize ? { batchSize: report.batchSize } : {}),
      onRejected: (rejection) => report.onRejected?.('extract', rejection),
    },
  );
  if (!files.contacts) return { schools };
  const contacts = await importContacts(readSchoolContacts(createReadStream(files.contacts)), directory, {
    onRejected: (rejection) => report.onRejected?.('contacts', rejection),
  });
  return { schools, contacts };
}

/** "line 12 (URN 100000): OpenDate ..." */
export const describeRejection = (rejection: RowRejection): string =>
  `line ${rejection.line}${rejection.urn ? ` (URN ${rejection.urn})` : ''}: ${rejection.reason}`;
