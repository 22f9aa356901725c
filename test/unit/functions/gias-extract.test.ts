import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { GiasRow } from '#domain/schools/gias-establishment';
import { GiasExtractError, readGiasExtract } from '#functions/adapters/gias-extract';
import { GIAS_HEADER, type GiasValues, giasDataLine, giasHeaderLine } from '#local/sample/gias-csv';

const aRow = (urn: number, overrides: GiasValues = {}): GiasValues => ({
  URN: urn,
  'LA (code)': '881',
  'LA (name)': 'Essex',
  EstablishmentName: `Example School ${urn}`,
  'TypeOfEstablishment (code)': '02',
  'TypeOfEstablishment (name)': 'Voluntary aided school',
  'EstablishmentTypeGroup (code)': '4',
  'EstablishmentTypeGroup (name)': 'Local authority maintained schools',
  'EstablishmentStatus (code)': '1',
  'EstablishmentStatus (name)': 'Open',
  OpenDate: '01-09-2020',
  ...overrides,
});

/** An extract from its text lines, as Windows-1252 bytes fed in chunks of `chunkBytes`. */
const extract = (lines: string[], chunkBytes = 1 << 16) => {
  const bytes = iconv.encode(`${lines.join('\r\n')}\r\n`, 'win1252');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkBytes) chunks.push(bytes.subarray(i, i + chunkBytes));
  return { bytes, stream: Readable.from(chunks) };
};

const readAll = async (source: Readable) => {
  const rows: GiasRow[] = [];
  for await (const row of readGiasExtract(source)) rows.push(row);
  return rows;
};

const summary = (rows: GiasRow[]) =>
  rows.map((row) =>
    row.kind === 'school' ? `${row.line} school ${row.school.urn}` : `${row.rejection.line} rejected`,
  );

describe('reading the GIAS extract as published', () => {
  it('decodes Windows-1252: the curly apostrophe 0x92 becomes ’', async () => {
    const { bytes, stream } = extract([
      giasHeaderLine(),
      giasDataLine(aRow(999003, { EstablishmentName: 'St Mary’s Catholic Primary School' })),
    ]);
    expect(bytes.includes(0x92)).toBe(true);

    const [row] = await readAll(stream);

    expect(row!.kind === 'school' && row!.school.name).toBe('St Mary’s Catholic Primary School');
  });

  it('reports a malformed row with its line and reason, and reads on to the end', async () => {
    const { stream } = extract([
      giasHeaderLine(),
      giasDataLine(aRow(999001)),
      '999002,"881","Essex","Too Few Fields"',
      giasDataLine(aRow(999003, { OpenDate: '31-02-2020' })),
      giasDataLine(aRow(999004)),
    ]);

    const rows = await readAll(stream);

    expect(summary(rows)).toEqual(['2 school 999001', '3 rejected', '4 rejected', '5 school 999004']);
    const rejections = rows.flatMap((r) => (r.kind === 'rejected' ? [r.rejection] : []));
    expect(rejections).toEqual([
      {
        line: 3,
        urn: '999002',
        reason: `malformed CSV row: 4 fields where the header has ${GIAS_HEADER.length}`,
      },
      { line: 4, urn: '999003', reason: 'OpenDate "31-02-2020" is not a date in the form DD-MM-YYYY' },
    ]);
  });

  it('keeps a stray quote inside a value as written, without losing the rows after it', async () => {
    const { stream } = extract([
      giasHeaderLine(),
      giasDataLine(aRow(999001, { EstablishmentName: 'St Mary"s School' })).replace('""', '"'),
      giasDataLine(aRow(999002)),
    ]);

    const rows = await readAll(stream);

    expect(summary(rows)).toEqual(['2 school 999001', '3 school 999002']);
    expect(rows[0]!.kind === 'school' && rows[0]!.school.name).toContain('St Mary"s School');
  });

  it('reports a row whose quote is never closed on its line, naming where it ends, and reads on', async () => {
    const { stream } = extract([
      giasHeaderLine(),
      giasDataLine(aRow(999001)).replace(/""$/, '"'),
      giasDataLine(aRow(999002)),
      giasDataLine(aRow(999003)),
    ]);

    const rows = await readAll(stream);

    expect(summary(rows)).toEqual(['2 rejected', '4 school 999003']);
    expect(rows[0]!.kind === 'rejected' && rows[0]!.rejection.reason).toMatch(
      /^malformed CSV row: \d+ fields where the header has 139 \(a quote in it is not closed where it should be, so it runs on to line 3/,
    );
  });

  it('numbers rows by the line they start on, across empty lines and values that hold a line break', async () => {
    const { stream } = extract([
      giasHeaderLine(),
      giasDataLine(aRow(999001, { EstablishmentName: 'Two\r\nLines' })),
      '',
      giasDataLine(aRow(999002)),
      '999003,"881"',
      giasDataLine(aRow(999004)),
    ]);

    const rows = await readAll(stream);

    expect(summary(rows)).toEqual(['2 school 999001', '5 school 999002', '6 rejected', '7 school 999004']);
  });

  it('reads the same rows whatever size of chunk the bytes arrive in', async () => {
    const lines = [
      giasHeaderLine(),
      ...[1, 2, 3].map((i) => giasDataLine(aRow(999000 + i, { EstablishmentName: `St Anne’s ${i}` }))),
      '999009,"881"',
      giasDataLine(aRow(999010, { EstablishmentName: 'A "quoted", comma school' })),
    ];

    const whole = await readAll(extract(lines).stream);
    const trickled = await readAll(extract(lines, 7).stream);

    expect(trickled).toEqual(whole);
    expect(summary(whole)).toEqual([
      '2 school 999001',
      '3 school 999002',
      '4 school 999003',
      '5 rejected',
      '6 school 999010',
    ]);
    expect(whole[4]!.kind === 'school' && whole[4]!.school.name).toBe('A "quoted", comma school');
  });

  it('finds columns by name: another order and unknown columns read the same', async () => {
    const header = ['SomeColumnFromNextYear', ...[...GIAS_HEADER].reverse()];

    const rows = await readAll(
      extract([
        giasHeaderLine(header),
        giasDataLine({ ...aRow(999001), SomeColumnFromNextYear: 'x' }, header),
      ]).stream,
    );
    const usual = await readAll(extract([giasHeaderLine(), giasDataLine(aRow(999001))]).stream);

    expect(rows).toEqual(usual);
  });

  it('reports a quote never closed before the end of the file rather than failing the import', async () => {
    const { stream } = extract([giasHeaderLine(), giasDataLine(aRow(999001)), '999002,"881","Essex']);

    const rows = await readAll(stream);

    expect(summary(rows)).toEqual(['2 school 999001', '3 rejected']);
  });

  it('refuses a file that is not a GIAS extract, naming the columns it lacks', async () => {
    const { stream } = extract(['"URN","Name"', '100000,"A school"']);

    await expect(readAll(stream)).rejects.toThrow(GiasExtractError);
    await expect(readAll(extract(['"URN","Name"', '100000,"A school"']).stream)).rejects.toThrow(
      /no "EstablishmentName", "LA \(code\)", .* columns/,
    );
  });

  it('reads an extract with a header and no rows as empty', async () => {
    expect(await readAll(extract([giasHeaderLine()]).stream)).toEqual([]);
  });
});
