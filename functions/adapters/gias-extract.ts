import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CsvError, type Options, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import {
  GIAS_COLUMNS,
  type GiasRecord,
  type GiasRow,
  REQUIRED_GIAS_COLUMNS,
  schoolFromGias,
} from '#domain/schools/gias-establishment';
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

/**
 * Drops carriage returns from the decoded text: Windows line ends become `\n`, so csv-parse counts
 * each line once (it counts a CR LF inside a quoted value as two) and row numbers stay exact.
 */
const withoutCarriageReturns = () =>
  new Transform({
    decodeStrings: false,
    transform(chunk: string | Buffer, _encoding, done) {
      done(null, String(chunk).replaceAll('\r', ''));
    },
  });

/** A malformed CSV row, in words: which row and what is wrong with it. */
const describeCsvError = (error: CsvError, columns: number, line: number) => {
  const fields = (error as CsvError & { record?: unknown[] }).record?.length;
  const end = Number((error as CsvError & { lines?: number }).lines ?? line);
  if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && fields !== undefined) {
    const runsOn =
      end > line
        ? ` (a quote in it is not closed where it should be, so it runs on to line ${end} and takes in the rows between)`
        : '';
    return `malformed CSV row: ${fields} fields where the header has ${columns}${runsOn}`;
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
 * A malformed row (the wrong number of fields, a quote left open that runs into the next line)
 * is yielded as a rejection with the line it starts on, and reading goes on; a stray quote
 * inside a value is kept as written. Rows are numbered by the line they start on. An extract
 * whose header lacks a column every school needs is not one the directory can read: that
 * throws {@link GiasExtractError}.
 */
export async function* readGiasExtract(
  source: Readable,
  options: GiasExtractOptions = {},
): AsyncGenerator<GiasRow> {
  const encoding = options.encoding ?? 'win1252';
  if (!iconv.encodingExists(encoding)) throw new GiasExtractError(`unknown character encoding ${encoding}`);
  let header: string[] | undefined;
  let urnIndex = -1;
  // The columns the mapper reads, with where they are in this file's header. Rows are kept as
  // arrays and only these are picked out: a 139-key object per row would cost a third more time.
  let picked: (readonly [string, number])[] = [];
  const skipped: RowRejection[] = [];
  // Rows are numbered by the line they start on: the line after the previous row (and any empty
  // lines). csv-parse reports records and faults synchronously, in file order. A row with
  // several faults is reported once, at its first line.
  let lastEnd = 0;
  let emptyLines = 0;
  const nextLine = (emptyLinesNow: number) => {
    const line = lastEnd + 1 + (emptyLinesNow - emptyLines);
    emptyLines = emptyLinesNow;
    return line;
  };
  const parserOptions: Options<{ record: GiasRecord; line: number }, string[]> = {
    on_record: (fields, info) => {
      const line = nextLine(info.empty_lines);
      lastEnd = info.lines;
      if (!header) {
        header = fields.map((name) => name.trim());
        urnIndex = header.indexOf(GIAS_COLUMNS.urn);
        picked = Object.values(GIAS_COLUMNS).flatMap((column) => {
          const index = header!.indexOf(column);
          return index >= 0 ? [[column, index] as const] : [];
        });
        return null;
      }
      const record: Record<string, string | undefined> = {};
      for (const [column, index] of picked) record[column] = fields[index];
      return { record, line };
    },
    // A stray quote inside a value is kept as written rather than swallowing the rows after it.
    relax_quotes: true,
    skip_records_with_error: true,
    skip_empty_lines: true,
    bom: true,
  };
  // csv-parse types `on_record` as returning rows of the same shape; ours returns picked records.
  const parser = parse(parserOptions as unknown as Options);
  parser.on('skip', (error: CsvError & { lines?: number; empty_lines?: number; record?: unknown[] }) => {
    const end = Number(error.lines ?? lastEnd + 1);
    if (end <= lastEnd) return;
    const urn = urnIndex >= 0 ? String(error.record?.[urnIndex] ?? '').trim() : '';
    const line = nextLine(error.empty_lines ?? emptyLines);
    lastEnd = end;
    skipped.push({
      line,
      ...(/^\d{1,9}$/.test(urn) ? { urn } : {}),
      reason: describeCsvError(error, header?.length ?? 0, line),
    });
  });
  const done = pipeline(source, iconv.decodeStream(encoding), withoutCarriageReturns(), parser);
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
  for await (const { record, line } of parser as AsyncIterable<{ record: GiasRecord; line: number }>) {
    checkHeader();
    while (skipped.length > 0 && skipped[0]!.line < line) {
      yield { kind: 'rejected', rejection: skipped.shift()! };
    }
    yield schoolFromGias(record, line);
  }
  await done;
  checkHeader();
  for (const rejection of skipped) yield { kind: 'rejected', rejection };
}
