/**
 * An open EHCP caseload as a CSV file (one row per case, a header row naming the columns), read
 * into each case's events for the backfill (`npm run import:ehcp`). The columns are in
 * {@link CASELOAD_COLUMNS}; any other column is ignored. A row's problems are named by column.
 */
import { caseTimeline } from '#domain/ehcp/case-timeline';
import { ImpossibleCaseEventError } from '#domain/ehcp/impossible-case-event-error';
import type { IsoDate } from '#domain/shared/iso-date';
import { type EhcpCaseEvent, EhcpCaseEventSchema } from '#events/ehcp/case-event';
import { QUADRANT_CODES, QUADRANTS } from '#events/ehcp/quadrant';

/** The caseload file's columns, and what each holds. */
export const CASELOAD_COLUMNS = {
  caseRef: 'case reference, e.g. EHC-2025-0417 (required)',
  childInitials: "the child's initials, 1 to 3 capital letters, never a name (required)",
  quadrant: 'North East, Mid, South or West (required)',
  caseOfficerName: "the case officer's name (required)",
  caseOfficerEmail: "the case officer's work email (required)",
  requestReceivedOn: 'YYYY-MM-DD the request for an assessment was received (an assessment in progress)',
  requestedBy: 'parent, young-person, school-or-college or other-referral (with requestReceivedOn)',
  receivedVia: 'online-form, email, post, by-hand or phone (with requestReceivedOn)',
  decisionToAssessOn: 'YYYY-MM-DD the decision whether to assess was notified',
  decisionToAssess: 'assess or not-assess (with decisionToAssessOn)',
  draftPlanServedOn: 'YYYY-MM-DD the draft plan was served',
  draftPlanMethod: 'email, post, by-hand or portal (with draftPlanServedOn)',
  finalPlanIssuedOn: 'YYYY-MM-DD the final plan was issued',
  planMadeOn: 'YYYY-MM-DD an existing plan was made (instead of requestReceivedOn)',
  lastReviewedOn: 'YYYY-MM-DD of its last annual review meeting (with planMadeOn)',
  phaseTransferYear: 'calendar year of a coming phase transfer, e.g. 2026',
  phaseTransfer: 'school-phase or post-16 (with phaseTransferYear)',
} as const;

/** A column of the caseload file. */
export type CaseloadColumn = keyof typeof CASELOAD_COLUMNS;

const REQUIRED: readonly CaseloadColumn[] = [
  'caseRef',
  'childInitials',
  'quadrant',
  'caseOfficerName',
  'caseOfficerEmail',
];

/** The file cannot be read as a caseload at all. */
export class CaseloadFileError extends Error {
  override readonly name = 'CaseloadFileError';
}

/** One problem with a row, named by its column. */
export interface RowIssue {
  readonly column: string;
  readonly message: string;
}

/** A row read: its case's events, or why it was rejected. */
export type CaseloadRow =
  | { readonly line: number; readonly caseRef: string; readonly events: EhcpCaseEvent[] }
  | { readonly line: number; readonly caseRef: string; readonly rejected: readonly RowIssue[] };

/**
 * RFC 4180 CSV: comma-separated fields, double-quoted when they hold commas, quotes or line
 * breaks (a quote inside doubled), CRLF or LF line ends, an optional byte-order mark. Each row
 * comes with the line it starts on.
 */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) throw new CaseloadFileError(`a quoted field opened on line ${rowLine} is never closed`);
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

/** Which column a field of an event came from, so a problem is named as the file names it. */
const COLUMN_OF: Record<string, Partial<Record<string, CaseloadColumn>>> = {
  'request-received': { date: 'requestReceivedOn', requestedBy: 'requestedBy', receivedVia: 'receivedVia' },
  'decision-to-assess': { date: 'decisionToAssessOn', decision: 'decisionToAssess' },
  'draft-plan-served': { date: 'draftPlanServedOn', method: 'draftPlanMethod' },
  'final-plan-issued': { date: 'finalPlanIssuedOn' },
  'plan-made': { date: 'planMadeOn', lastReviewedOn: 'lastReviewedOn' },
  'phase-transfer-due': { transferYear: 'phaseTransferYear', transfer: 'phaseTransfer' },
};
const COMMON_COLUMNS: Record<string, CaseloadColumn> = {
  caseRef: 'caseRef',
  childInitials: 'childInitials',
  quadrant: 'quadrant',
  'caseOfficer.name': 'caseOfficerName',
  'caseOfficer.email': 'caseOfficerEmail',
};

/** The column behind `path` of an event of `type` (`date` of a decision → `decisionToAssessOn`). */
export const columnOf = (type: string, path: string): string =>
  COMMON_COLUMNS[path] ?? COLUMN_OF[type]?.[path] ?? `${type} ${path}`;

/** A message about `path` ("date must be...") said about the column instead ("decisionToAssessOn must be..."). */
const inColumnWords = (message: string, path: string, column: string) => {
  const label = path.replace(/\./g, ' ');
  return message.startsWith(`${label} `) ? `${column}${message.slice(label.length)}` : message;
};

/** A problem with an event's field, named by the column it came from. */
const rowIssue = (type: string, path: string, message: string): RowIssue => {
  const column = columnOf(type, path);
  return { column, message: inColumnWords(message, path, column) };
};

const quadrantCode = (value: string) =>
  QUADRANT_CODES.find((code) => code === value || QUADRANTS[code].toLowerCase() === value.toLowerCase()) ??
  value;

/**
 * Reads a caseload file into each row's events (ids `IMPORT-<caseRef>-<step>`, so importing the
 * same file again changes nothing). `today` dates the phase-transfer record and bounds every
 * date. A row whose fields are wrong or whose events cannot have happened is rejected with each
 * problem named by column; the other rows are unaffected.
 */
export function readCaseload(text: string, today: IsoDate): CaseloadRow[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new CaseloadFileError('the file is empty: it needs a header row naming the columns');
  const names = header.fields.map((name) => name.trim());
  const missing = REQUIRED.filter((column) => !names.includes(column));
  if (missing.length > 0)
    throw new CaseloadFileError(
      `the header row has no ${missing.join(', ')} column (columns: ${Object.keys(CASELOAD_COLUMNS).join(', ')})`,
    );

  return rows.map(({ line, fields }) => {
    const cell = (column: CaseloadColumn) => {
      const at = names.indexOf(column);
      const value = at < 0 ? '' : (fields[at] ?? '').trim();
      return value === '' ? undefined : value;
    };
    const caseRef = cell('caseRef') ?? '';
    const issues: RowIssue[] = [];
    const need = (column: CaseloadColumn, when: CaseloadColumn) => {
      if (cell(when) !== undefined && cell(column) === undefined)
        issues.push({ column, message: `${column} is required with ${when}` });
    };
    if (cell('requestReceivedOn') === undefined && cell('planMadeOn') === undefined)
      issues.push({
        column: 'requestReceivedOn',
        message: 'a row needs requestReceivedOn (an assessment) or planMadeOn (a plan)',
      });
    need('requestedBy', 'requestReceivedOn');
    need('receivedVia', 'requestReceivedOn');
    need('decisionToAssess', 'decisionToAssessOn');
    need('draftPlanMethod', 'draftPlanServedOn');
    need('phaseTransfer', 'phaseTransferYear');
    if (issues.length > 0) return { line, caseRef, rejected: issues };

    const common = {
      caseRef,
      childInitials: cell('childInitials'),
      quadrant: quadrantCode(cell('quadrant') ?? ''),
      caseOfficer: { name: cell('caseOfficerName'), email: cell('caseOfficerEmail') },
    };
    const step = (type: string, date: string | undefined, own: Record<string, unknown> = {}) => ({
      type,
      eventId: `IMPORT-${caseRef}-${type}`,
      ...common,
      date,
      ...own,
    });
    const drafts: Record<string, unknown>[] = [];
    if (cell('requestReceivedOn'))
      drafts.push(
        step('request-received', cell('requestReceivedOn'), {
          requestedBy: cell('requestedBy'),
          receivedVia: cell('receivedVia'),
        }),
      );
    if (cell('decisionToAssessOn'))
      drafts.push(
        step('decision-to-assess', cell('decisionToAssessOn'), { decision: cell('decisionToAssess') }),
      );
    if (cell('draftPlanServedOn'))
      drafts.push(step('draft-plan-served', cell('draftPlanServedOn'), { method: cell('draftPlanMethod') }));
    if (cell('finalPlanIssuedOn')) drafts.push(step('final-plan-issued', cell('finalPlanIssuedOn')));
    if (cell('planMadeOn'))
      drafts.push(
        step(
          'plan-made',
          cell('planMadeOn'),
          cell('lastReviewedOn') ? { lastReviewedOn: cell('lastReviewedOn') } : {},
        ),
      );
    if (cell('phaseTransferYear'))
      drafts.push(
        step('phase-transfer-due', today, {
          transferYear: Number(cell('phaseTransferYear')),
          transfer: cell('phaseTransfer'),
        }),
      );

    const events: EhcpCaseEvent[] = [];
    for (const draft of drafts) {
      const parsed = EhcpCaseEventSchema.safeParse(draft);
      if (parsed.success) events.push(parsed.data);
      else
        for (const issue of parsed.error.issues)
          issues.push(rowIssue(draft.type as string, issue.path.map(String).join('.'), issue.message));
    }
    const unique = new Map(issues.map((i) => [`${i.column}: ${i.message}`, i]));
    if (unique.size > 0) return { line, caseRef, rejected: [...unique.values()] };
    try {
      caseTimeline(events, today);
    } catch (error) {
      if (!(error instanceof ImpossibleCaseEventError)) throw error;
      return {
        line,
        caseRef,
        rejected: error.issues.map((i) => rowIssue(i.type, i.path, i.message)),
      };
    }
    return { line, caseRef, events };
  });
}
