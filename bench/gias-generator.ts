/**
 * A full-size synthetic GIAS all-establishments extract for benchmarks: `rows` establishments
 * (50,000 by default, about the size of the real file) across English local authorities,
 * every one of the 139 published columns, Windows-1252 (curly apostrophes as byte 0x92), and
 * a few deliberately malformed rows. Deterministic for a seed, written as a stream.
 *
 * Run alone: `npx tsx bench/gias-generator.ts <file> [rows]`.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { GIAS_HEADER, type GiasValues, giasDataLine, giasHeaderLine } from '#local/sample/gias-csv';

/** What was written, and what an import of it should find. */
export interface SyntheticExtract {
  readonly path: string;
  readonly rows: number;
  readonly bytes: number;
  /** Rows written to be rejected (malformed CSV, bad values). */
  readonly malformedRows: number;
  /** Well-formed rows a malformed one takes in (an unclosed quote runs on into the next row). */
  readonly rowsTakenIn: number;
}

// mulberry32: small, fast, deterministic.
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

const LAS: readonly (readonly [string, string])[] = [
  ['881', 'Essex'],
  ['882', 'Southend-on-Sea'],
  ['883', 'Thurrock'],
  ['919', 'Hertfordshire'],
  ['873', 'Cambridgeshire'],
  ['935', 'Suffolk'],
  ['926', 'Norfolk'],
  ['886', 'Kent'],
  ['201', 'City of London'],
  ['202', 'Camden'],
  ['330', 'Birmingham'],
  ['352', 'Manchester'],
  ['383', 'Leeds'],
  ['850', 'Hampshire'],
  ['855', 'Leicestershire'],
  ['908', 'Cornwall'],
];
const TYPES: readonly (readonly [string, string, string, string])[] = [
  ['01', 'Community school', '4', 'Local authority maintained schools'],
  ['02', 'Voluntary aided school', '4', 'Local authority maintained schools'],
  ['03', 'Voluntary controlled school', '4', 'Local authority maintained schools'],
  ['05', 'Foundation school', '4', 'Local authority maintained schools'],
  ['07', 'Community special school', '5', 'Special schools'],
  ['11', 'Other independent school', '3', 'Independent schools'],
  ['14', 'Pupil referral unit', '4', 'Local authority maintained schools'],
  ['15', 'Local authority nursery school', '4', 'Local authority maintained schools'],
  ['28', 'Academy sponsor led', '10', 'Academies'],
  ['34', 'Academy converter', '10', 'Academies'],
  ['35', 'Free schools', '11', 'Free Schools'],
  ['44', 'Academy special converter', '10', 'Academies'],
];
const PHASES = [
  ['1', 'Nursery', 2, 5],
  ['2', 'Primary', 4, 11],
  ['4', 'Secondary', 11, 16],
  ['6', '16 plus', 16, 19],
  ['7', 'All-through', 4, 18],
  ['0', 'Not applicable', 5, 19],
] as const;
const NAMES = [
  'Meadow',
  'Oak',
  'Riverside',
  'St Mary’s',
  'Hill',
  'Park',
  'St John’s',
  'Green',
  'Brook',
  'Valley',
];
const KINDS = ['Primary School', 'Academy', 'High School', 'Infant School', 'Junior School', 'School'];

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const day = (next: () => number, fromYear: number, years: number) =>
  `${String(1 + Math.floor(next() * 28)).padStart(2, '0')}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${fromYear + Math.floor(next() * years)}`;

/** The `i`th synthetic establishment, with every column given a value of the published kind. */
function establishment(i: number, next: () => number): GiasValues {
  const [laCode, laName] = i % 9 === 0 ? LAS[0]! : pick(next, LAS);
  const [typeCode, typeName, groupCode, groupName] = pick(next, TYPES);
  const [phaseCode, phaseName, low, high] = pick(next, PHASES);
  const closed = next() < 0.25;
  const opened = groupCode === '10' || groupCode === '11' || next() < 0.2;
  const values: Record<string, string | number> = {};
  // Fill every column, as the real file does for most; the directory must ignore what it does not read.
  for (const column of GIAS_HEADER)
    values[column] = column.endsWith('(code)') ? String(Math.floor(next() * 9)) : '';
  return {
    ...values,
    URN: 100_000 + i,
    'LA (code)': laCode,
    'LA (name)': laName,
    EstablishmentNumber: 1000 + (i % 9000),
    EstablishmentName: `${pick(next, NAMES)} ${pick(next, KINDS)} ${i}`,
    'TypeOfEstablishment (code)': typeCode,
    'TypeOfEstablishment (name)': typeName,
    'EstablishmentTypeGroup (code)': groupCode,
    'EstablishmentTypeGroup (name)': groupName,
    'EstablishmentStatus (code)': closed ? '2' : '1',
    'EstablishmentStatus (name)': closed ? 'Closed' : 'Open',
    'ReasonEstablishmentOpened (name)': opened ? 'Academy Converter' : 'Not applicable',
    OpenDate: opened ? day(next, 2005, 20) : '',
    'ReasonEstablishmentClosed (name)': closed ? 'Academy Converter' : 'Not applicable',
    CloseDate: closed ? day(next, 1995, 30) : '',
    'PhaseOfEducation (code)': phaseCode,
    'PhaseOfEducation (name)': phaseName,
    StatutoryLowAge: low,
    StatutoryHighAge: high,
    'Boarders (name)': 'No boarders',
    'Gender (name)': 'Mixed',
    'ReligiousCharacter (name)': 'Does not apply',
    SchoolCapacity: 100 + Math.floor(next() * 1500),
    NumberOfPupils: 80 + Math.floor(next() * 1400),
    NumberOfBoys: 40 + Math.floor(next() * 700),
    NumberOfGirls: 40 + Math.floor(next() * 700),
    PercentageFSM: (next() * 40).toFixed(1),
    UKPRN: 10_000_000 + i,
    LastChangedDate: day(next, 2020, 6),
    Street: `${1 + Math.floor(next() * 200)} Example Road`,
    Town: `${laName} Town`,
    'County (name)': laName,
    Postcode: `EX${1 + (i % 99)} ${1 + (i % 9)}XX`,
    SchoolWebsite: `https://www.school-${i}.example.org`,
    TelephoneNum: `01632 ${String(960_000 + (i % 1000)).padStart(6, '0')}`,
    'HeadTitle (name)': 'Mx',
    HeadFirstName: 'Alex',
    HeadLastName: 'Example',
    HeadPreferredJobTitle: 'Headteacher',
    'GOR (name)': 'East of England',
    'DistrictAdministrative (name)': `${laName} District`,
    'AdministrativeWard (name)': 'Example Ward',
    'ParliamentaryConstituency (name)': 'Example Constituency',
    'UrbanRural (name)': '(England/Wales) Urban city and town',
    Easting: 500_000 + Math.floor(next() * 100_000),
    Northing: 200_000 + Math.floor(next() * 100_000),
    'MSOA (name)': `${laName} 001`,
    'LSOA (name)': `${laName} 001A`,
    'Country (name)': 'United Kingdom',
    UPRN: 100_000_000_000 + i,
    'MSOA (code)': `E0200${String(i % 10_000).padStart(4, '0')}`,
    'LSOA (code)': `E0100${String(i % 10_000).padStart(4, '0')}`,
  };
}

/**
 * Writes a synthetic extract of `rows` establishments to `path`. Every 10,000th row (from row
 * 5,000) is malformed in turn: too few fields, a date that does not exist, a URN that is not a
 * number, an unknown status, a quote never closed (which takes the next row in with it).
 */
export async function writeSyntheticExtract(
  path: string,
  options: { rows?: number; seed?: number } = {},
): Promise<SyntheticExtract> {
  const rows = options.rows ?? 50_000;
  const next = random(options.seed ?? 881);
  const out = createWriteStream(path);
  let bytes = 0;
  let malformedRows = 0;
  let rowsTakenIn = 0;
  const write = async (text: string) => {
    const chunk = iconv.encode(text, 'win1252');
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  };
  await write(`${giasHeaderLine()}\r\n`);
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const values = establishment(i, next);
    let line = giasDataLine(values);
    if (i % 10_000 === 5_000) {
      malformedRows++;
      switch (((i - 5_000) / 10_000) % 5) {
        case 0:
          line = line.split(',').slice(0, 20).join(',');
          break;
        case 1:
          line = giasDataLine({ ...values, OpenDate: '31-02-2020' });
          break;
        case 2:
          line = giasDataLine({ ...values, URN: `${values.URN}A` });
          break;
        case 3:
          line = giasDataLine({ ...values, 'EstablishmentStatus (code)': '9' });
          break;
        default:
          line = line.slice(0, -1);
          if (i + 1 < rows) rowsTakenIn++;
      }
    }
    lines.push(line);
    if (lines.length === 1_000) {
      await write(`${lines.join('\r\n')}\r\n`);
      lines = [];
    }
  }
  if (lines.length > 0) await write(`${lines.join('\r\n')}\r\n`);
  out.end();
  await once(out, 'finish');
  return { path, rows, bytes, malformedRows, rowsTakenIn };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, rows] = process.argv.slice(2);
  if (!path) {
    console.error('usage: npx tsx bench/gias-generator.ts <file> [rows]');
    process.exit(2);
  }
  const written = await writeSyntheticExtract(path, rows ? { rows: Number(rows) } : {});
  console.log(JSON.stringify(written));
}
