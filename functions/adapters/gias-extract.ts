import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { type GiasRow, REQUIRED_GIAS_COLUMNS, schoolFromGias } from '#domain/schools/gias-establishment';
import type { RowRejection } from '#domain/schools/row-rejection';

/** The file is not a GIAS extract the directory can read (nothing in it can be imported). */
export class GiasExtractError extends Error {
  override readonly name = 'GiasExtractError';
}

/** How to read an extract. */
export interface GiasExtractOptions {
  /** Character encoding of the file: GIAS publishes Windows-1252 (`win1252`, the default). */
  readonly encoding?: string;
}

/** A malformed CSV row, in words: which row and what is wrong with it. */
const describeCsvError = (error: CsvError, columns: number) => {
  const fields = (error as CsvError & { record?: unknown[] }).record?.length;
  if (error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && fields !== undefined) {
    return `malformed CSV row: ${fields} fields where the header has ${columns}`;
  }
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') {
    return 'malformed CSV row: a quote inside a quoted value is not doubled (a " in text is written "")';
  }
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return 'malformed CSV: a quoted value is never closed, so the rest of the file cannot be read';
  }
  return `malformed CSV row: ${error.message.replace(/\s*at line \d+\.?$/, '')}`;
};

/**
 * Reads the DfE GIAS all-establishments extract as published (Windows-1252, quoted CSV, one
 * header line naming the columns) and yields each row as a school or a rejection, in file
 * order. It streams: the file is decoded and parsed a chunk at a time, and reading waits while
 * the consumer is busy, so memory stays bounded whatever the file's size.
 *
 * A malformed row (a stray quote, the wrong number of fields) is yielded as a rejection with
 * its line, and reading goes on. An extract whose header lacks a column every school needs is
 * not an extract the directory can read: that throws {@link GiasExtractError}.
 */
export async function* readGiasExtract(
  source: Readable,
  options: GiasExtractOptions = {},
): AsyncGenerator<GiasRow> {
  const encoding = options.encoding ?? 'win1252';
  if (!iconv.encodingExists(encoding)) throw new GiasExtractError(`unknown character encoding ${encoding}`);
  let header: string[] | undefined;
  let urnIndex = -1;
  const skipped: RowRejection[] = [];
  const parser = parse({
    columns: (names: string[]) => {
      header = names.map((name) => name.trim());
      urnIndex = header.indexOf('URN');
      return header;
    },
    info: true,
    skip_records_with_error: true,
    skip_empty_lines: true,
    bom: true,
  });
  let lastSkippedLine = -1;
  parser.on('skip', (error: CsvError) => {
    const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
    // A row with several faults is reported once, for its first.
    if (line === lastSkippedLine) return;
    lastSkippedLine = line;
    const record = (error as CsvError & { record?: unknown[] }).record;
    const urn = urnIndex >= 0 ? String(record?.[urnIndex] ?? '').trim() : '';
    skipped.push({
      line,
      ...(/^\d{1,9}$/.test(urn) ? { urn } : {}),
      reason: describeCsvError(error, header?.length ?? 0),
    });
  });
  const done = pipeline(source, iconv.decodeStream(encoding), parser);
  // A failure (an unreadable file) ends the iteration below with its error; nothing is left unhandled.
  done.catch(() => undefined);

  let checked = false;
  const checkHeader = () => {
    if (checked || !header) return;
    checked = true;
    const missing = REQUIRED_GIAS_COLUMNS.filter((column) => !header!.includes(column));
    if (missing.length > 0) {
      throw new GiasExtractError(
        `the header has no ${missing.map((c) => `"${c}"`).join(', ')} column${missing.length > 1 ? 's' : ''}: is this the GIAS all-establishments extract?`,
      );
    }
  };
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    checkHeader();
    while (skipped.length > 0 && skipped[0]!.line < info.lines) {
      yield { kind: 'rejected', rejection: skipped.shift()! };
    }
    yield schoolFromGias(record, info.lines);
  }
  await done;
  checkHeader();
  for (const rejection of skipped) yield { kind: 'rejected', rejection };
}
