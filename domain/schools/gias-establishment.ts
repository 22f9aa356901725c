import type { RowRejection } from './row-rejection.ts';
import type { CodeAndName, School, SchoolStatus, SchoolStatusName } from './school.ts';

/**
 * One row of the GIAS all-establishments extract, keyed by column name as its header names
 * them (`"URN"`, `"LA (code)"`, ...). Columns are found by name, never by position: GIAS adds
 * and drops columns between releases, and the ones not read here are ignored.
 */
export type GiasRecord = Readonly<Record<string, string | undefined>>;

/** A row of the extract the directory did not take, and why (naming the GIAS column at fault). */
export type GiasRejection = RowRejection;

/** What one row of the extract became: a school, or a rejection. */
export type GiasRow =
  | {
      readonly kind: 'school';
      /** Line of the extract the row starts on (the header is line 1). */
      readonly line: number;
      readonly school: School;
    }
  | { readonly kind: 'rejected'; readonly rejection: GiasRejection };

/** The GIAS columns the directory reads. */
export const GIAS_COLUMNS = {
  urn: 'URN',
  laCode: 'LA (code)',
  laName: 'LA (name)',
  name: 'EstablishmentName',
  typeCode: 'TypeOfEstablishment (code)',
  typeName: 'TypeOfEstablishment (name)',
  typeGroupCode: 'EstablishmentTypeGroup (code)',
  typeGroupName: 'EstablishmentTypeGroup (name)',
  statusCode: 'EstablishmentStatus (code)',
  statusName: 'EstablishmentStatus (name)',
  phaseCode: 'PhaseOfEducation (code)',
  phaseName: 'PhaseOfEducation (name)',
  lowAge: 'StatutoryLowAge',
  highAge: 'StatutoryHighAge',
  postcode: 'Postcode',
  openDate: 'OpenDate',
  closeDate: 'CloseDate',
} as const;

/** Columns an extract must have for any row to become a school (the others may be absent). */
export const REQUIRED_GIAS_COLUMNS: readonly string[] = [
  GIAS_COLUMNS.urn,
  GIAS_COLUMNS.name,
  GIAS_COLUMNS.laCode,
  GIAS_COLUMNS.typeCode,
  GIAS_COLUMNS.typeGroupCode,
  GIAS_COLUMNS.statusCode,
];

/** Values GIAS publishes where there is none. */
const PLACEHOLDERS = new Set(['', 'not applicable', 'does not apply', 'none']);

/** GIAS EstablishmentStatus codes and the names GIAS gives them. */
const STATUSES: Readonly<Record<string, { name: string; is: SchoolStatusName }>> = {
  '1': { name: 'Open', is: 'open' },
  '2': { name: 'Closed', is: 'closed' },
  '3': { name: 'Open, but proposed to close', is: 'proposed to close' },
  '4': { name: 'Proposed to open', is: 'proposed to open' },
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * A GIAS date (`DD-MM-YYYY`; `DD/MM/YYYY` also read) as `YYYY-MM-DD`, or undefined if it is not
 * a real calendar date.
 */
export function isoDateFromGias(text: string): string | undefined {
  const match = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const monthDays = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day > monthDays) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DIGITS = /^\d+$/;

/**
 * Maps one row of the GIAS extract to a {@link School}, or to a rejection naming every column
 * at fault: a missing or non-numeric URN, a missing name, LA, establishment type or type group,
 * an unknown status (or a status name that contradicts its code), a date that is not
 * DD-MM-YYYY, an age that is not a whole number. "Not applicable", "Does not apply", "None"
 * and empty values mean none.
 */
export function schoolFromGias(record: GiasRecord, line: number): GiasRow {
  const problems: string[] = [];
  const value = (column: string): string | undefined => {
    const text = record[column]?.trim();
    return text === undefined || PLACEHOLDERS.has(text.toLowerCase()) ? undefined : text;
  };
  const published = (column: string) => record[column]?.trim() ?? '';

  const urnText = published(GIAS_COLUMNS.urn);
  if (urnText === '') problems.push('URN is missing');
  else if (!DIGITS.test(urnText)) problems.push(`URN "${urnText}" is not a number`);

  const name = value(GIAS_COLUMNS.name);
  if (name === undefined) problems.push('EstablishmentName is missing');

  // A required code/name pair: the code must be there (digits); the name is as GIAS publishes it.
  const requiredPair = (codeColumn: string, nameColumn: string): CodeAndName | undefined => {
    const code = published(codeColumn);
    if (code === '') {
      problems.push(`${codeColumn} is missing`);
      return undefined;
    }
    if (!DIGITS.test(code)) {
      problems.push(`${codeColumn} "${code}" is not a GIAS code (digits)`);
      return undefined;
    }
    return { code, name: published(nameColumn) };
  };
  const la = requiredPair(GIAS_COLUMNS.laCode, GIAS_COLUMNS.laName);
  const establishmentType = requiredPair(GIAS_COLUMNS.typeCode, GIAS_COLUMNS.typeName);
  const typeGroup = requiredPair(GIAS_COLUMNS.typeGroupCode, GIAS_COLUMNS.typeGroupName);

  let status: SchoolStatus | undefined;
  const statusPair = requiredPair(GIAS_COLUMNS.statusCode, GIAS_COLUMNS.statusName);
  if (statusPair) {
    const known = STATUSES[String(Number(statusPair.code))];
    if (!known) {
      problems.push(`${GIAS_COLUMNS.statusCode} "${statusPair.code}" is not a status GIAS uses (1-4)`);
    } else if (statusPair.name !== '' && statusPair.name.toLowerCase() !== known.name.toLowerCase()) {
      problems.push(
        `${GIAS_COLUMNS.statusName} "${statusPair.name}" contradicts ${GIAS_COLUMNS.statusCode} ${statusPair.code} ("${known.name}")`,
      );
    } else {
      status = { code: statusPair.code, name: statusPair.name || known.name, is: known.is };
    }
  }

  // An optional pair is absent when either half says there is none ("0" / "Not applicable").
  const phaseCode = value(GIAS_COLUMNS.phaseCode);
  const phaseName = value(GIAS_COLUMNS.phaseName);
  const phase =
    phaseCode !== undefined && phaseName !== undefined ? { code: phaseCode, name: phaseName } : undefined;

  const age = (column: string): number | undefined => {
    const text = value(column);
    if (text === undefined) return undefined;
    if (!/^\d{1,2}$/.test(text)) {
      problems.push(`${column} "${text}" is not an age in whole years`);
      return undefined;
    }
    return Number(text);
  };
  const statutoryLowAge = age(GIAS_COLUMNS.lowAge);
  const statutoryHighAge = age(GIAS_COLUMNS.highAge);

  const date = (column: string): string | undefined => {
    const text = value(column);
    if (text === undefined) return undefined;
    const iso = isoDateFromGias(text);
    if (iso === undefined) problems.push(`${column} "${text}" is not a date in the form DD-MM-YYYY`);
    return iso;
  };
  const openDate = date(GIAS_COLUMNS.openDate);
  const closeDate = date(GIAS_COLUMNS.closeDate);

  const postcode = value(GIAS_COLUMNS.postcode)?.toUpperCase().replace(/\s+/g, ' ');

  if (problems.length > 0 || !name || !la || !establishmentType || !typeGroup || !status) {
    return {
      kind: 'rejected',
      rejection: { line, ...(urnText ? { urn: urnText.slice(0, 40) } : {}), reason: problems.join('; ') },
    };
  }
  const school: School = {
    urn: urnText,
    name,
    la,
    establishmentType,
    typeGroup,
    status,
    ...(phase ? { phase } : {}),
    ...(statutoryLowAge !== undefined ? { statutoryLowAge } : {}),
    ...(statutoryHighAge !== undefined ? { statutoryHighAge } : {}),
    ...(postcode ? { postcode } : {}),
    ...(openDate ? { openDate } : {}),
    ...(closeDate ? { closeDate } : {}),
  };
  return { kind: 'school', line, school };
}
