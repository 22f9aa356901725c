import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseloadFileError, parseCsv, readCaseload } from '#functions/adapters/ehcp-caseload-csv';

const HEADER =
  'caseRef,childInitials,quadrant,caseOfficerName,caseOfficerEmail,requestReceivedOn,requestedBy,receivedVia,decisionToAssessOn,decisionToAssess,planMadeOn,lastReviewedOn,phaseTransferYear,phaseTransfer';

describe('reading CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF ends and a byte-order mark', () => {
    const rows = parseCsv('\ufeffa,b\r\n"x, y","say ""hi""\nthere"\r\nlast,\n');

    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"\nthere'] },
      { line: 4, fields: ['last', ''] },
    ]);
  });

  it('refuses a quoted field never closed, naming its line', () => {
    expect(() => parseCsv('a,b\n"open,b\n')).toThrow(/line 2 is never closed/);
  });
});

describe('reading a caseload', () => {
  it('turns an assessment row into its events, with ids that make a second import change nothing', () => {
    const [row] = readCaseload(
      `${HEADER}\nEHC-1,AB,North East,Sam Example,sam.example@example.gov.uk,2025-01-13,parent,email,2025-02-21,assess,,,,`,
      '2025-04-07',
    );

    expect(row).toMatchObject({
      line: 2,
      caseRef: 'EHC-1',
      events: [
        {
          type: 'request-received',
          eventId: 'IMPORT-EHC-1-request-received',
          quadrant: 'north-east',
          date: '2025-01-13',
        },
        {
          type: 'decision-to-assess',
          eventId: 'IMPORT-EHC-1-decision-to-assess',
          decision: 'assess',
          date: '2025-02-21',
        },
      ],
    });
  });

  it('records a coming phase transfer on an existing plan as of the import day', () => {
    const [row] = readCaseload(
      `${HEADER}\nEHC-2,EF,West,Alex Sample,alex.sample@example.gov.uk,,,,,,2019-06-03,2024-06-10,2026,post-16`,
      '2025-04-07',
    );

    expect(row).toMatchObject({
      events: [
        { type: 'plan-made', date: '2019-06-03', lastReviewedOn: '2024-06-10' },
        { type: 'phase-transfer-due', date: '2025-04-07', transferYear: 2026, transfer: 'post-16' },
      ],
    });
  });

  it('rejects each bad row with its reasons by column, and keeps the good rows', () => {
    const rows = readCaseload(
      readFileSync(new URL('../../../local/sample/ehcp-caseload.csv', import.meta.url), 'utf8'),
      '2025-04-07',
    );

    expect(rows.filter((r) => 'events' in r).map((r) => r.caseRef)).toEqual([
      'EHC-SAMPLE-0001',
      'EHC-SAMPLE-0002',
      'EHC-SAMPLE-0003',
      'EHC-SAMPLE-0004',
    ]);
    expect(rows.flatMap((r) => ('rejected' in r ? [[r.line, r.rejected]] : []))).toEqual([
      [
        6,
        [
          {
            column: 'childInitials',
            message: 'childInitials must be 1 to 3 capital letters (initials only, never a name)',
          },
        ],
      ],
      [
        7,
        [
          {
            column: 'requestReceivedOn',
            message: 'requestReceivedOn must be a real calendar date written YYYY-MM-DD, got "2025-02-30"',
          },
        ],
      ],
      [
        8,
        [
          {
            column: 'decisionToAssessOn',
            message: 'decisionToAssessOn 2025-02-28 is before the request for an assessment (2025-03-03)',
          },
        ],
      ],
      [9, [{ column: 'quadrant', message: 'quadrant must be one of north-east, mid, south, west' }]],
    ]);
  });

  it('rejects a row with neither a request nor a plan, and a decision date without the decision', () => {
    const rows = readCaseload(
      `${HEADER}\nEHC-3,AB,Mid,Sam Example,sam.example@example.gov.uk,,,,2025-02-21,,,,,`,
      '2025-04-07',
    );

    expect(rows[0]).toMatchObject({
      rejected: [
        {
          column: 'requestReceivedOn',
          message: 'a row needs requestReceivedOn (an assessment) or planMadeOn (a plan)',
        },
        { column: 'decisionToAssess', message: 'decisionToAssess is required with decisionToAssessOn' },
      ],
    });
  });

  it('refuses a file without the required columns, naming them', () => {
    expect(() => readCaseload('caseRef,quadrant\nEHC-1,Mid', '2025-04-07')).toThrow(CaseloadFileError);
    expect(() => readCaseload('caseRef,quadrant\nEHC-1,Mid', '2025-04-07')).toThrow(
      /no childInitials, caseOfficerName, caseOfficerEmail column/,
    );
  });
});
