import { describe, expect, it } from 'vitest';
import { type GiasRecord, isoDateFromGias, schoolFromGias } from '#domain/schools/gias-establishment';

/** A row as GIAS publishes it (the City of London school GIAS.md shows), with overrides. */
const aRow = (overrides: Record<string, string> = {}): GiasRecord => ({
  URN: '100000',
  'LA (code)': '201',
  'LA (name)': 'City of London',
  EstablishmentNumber: '3614',
  EstablishmentName: 'The Aldgate School',
  'TypeOfEstablishment (code)': '02',
  'TypeOfEstablishment (name)': 'Voluntary aided school',
  'EstablishmentTypeGroup (code)': '4',
  'EstablishmentTypeGroup (name)': 'Local authority maintained schools',
  'EstablishmentStatus (code)': '1',
  'EstablishmentStatus (name)': 'Open',
  'PhaseOfEducation (code)': '2',
  'PhaseOfEducation (name)': 'Primary',
  StatutoryLowAge: '3',
  StatutoryHighAge: '11',
  OpenDate: '',
  CloseDate: '',
  Postcode: 'EC3A 5DE',
  'Gender (name)': 'Mixed',
  ...overrides,
});

const rejectionOf = (record: GiasRecord) => {
  const row = schoolFromGias(record, 7);
  if (row.kind !== 'rejected') throw new Error(`expected a rejection, got ${JSON.stringify(row)}`);
  return row.rejection;
};

describe('a GIAS row becomes a school', () => {
  it('keeps URN, name, LA, type, type group, status, phase, ages and postcode, codes as published', () => {
    const row = schoolFromGias(aRow(), 2);

    expect(row).toEqual({
      kind: 'school',
      line: 2,
      school: {
        urn: '100000',
        name: 'The Aldgate School',
        la: { code: '201', name: 'City of London' },
        establishmentType: { code: '02', name: 'Voluntary aided school' },
        typeGroup: { code: '4', name: 'Local authority maintained schools' },
        status: { code: '1', name: 'Open', is: 'open' },
        phase: { code: '2', name: 'Primary' },
        statutoryLowAge: 3,
        statutoryHighAge: 11,
        postcode: 'EC3A 5DE',
      },
    });
  });

  it('turns DD-MM-YYYY opening and closing dates into YYYY-MM-DD days', () => {
    const row = schoolFromGias(
      aRow({
        OpenDate: '19-04-2013',
        CloseDate: '31-08-2023',
        'EstablishmentStatus (code)': '2',
        'EstablishmentStatus (name)': 'Closed',
      }),
      2,
    );

    expect(row.kind === 'school' && row.school).toMatchObject({
      openDate: '2013-04-19',
      closeDate: '2023-08-31',
      status: { code: '2', name: 'Closed', is: 'closed' },
    });
  });

  it.each([
    ['3', 'Open, but proposed to close', 'proposed to close'],
    ['4', 'Proposed to open', 'proposed to open'],
  ])('reads status %s "%s" as %s', (code, name, is) => {
    const row = schoolFromGias(
      aRow({ 'EstablishmentStatus (code)': code, 'EstablishmentStatus (name)': name }),
      2,
    );

    expect(row.kind === 'school' && row.school.status).toEqual({ code, name, is });
  });

  it('reads "Not applicable", "Does not apply", "None" and empty values as none', () => {
    const row = schoolFromGias(
      aRow({
        'PhaseOfEducation (code)': '0',
        'PhaseOfEducation (name)': 'Not applicable',
        StatutoryLowAge: '',
        StatutoryHighAge: 'Does not apply',
        Postcode: 'None',
        OpenDate: 'Not applicable',
      }),
      2,
    );

    expect(row.kind).toBe('school');
    const school = row.kind === 'school' ? row.school : undefined;
    for (const field of [
      'phase',
      'statutoryLowAge',
      'statutoryHighAge',
      'postcode',
      'openDate',
      'closeDate',
    ]) {
      expect(school).not.toHaveProperty(field);
    }
  });

  it('ignores columns it does not read, and finds the ones it does by name wherever they are', () => {
    const shuffled = Object.fromEntries(Object.entries(aRow({ SomeNewColumn: 'x' })).reverse());

    expect(schoolFromGias(shuffled, 2)).toEqual(schoolFromGias(aRow(), 2));
  });

  it('trims values and writes postcodes in capitals', () => {
    const row = schoolFromGias(aRow({ URN: ' 100000 ', Postcode: ' ec3a   5de ' }), 2);

    expect(row.kind === 'school' && [row.school.urn, row.school.postcode]).toEqual(['100000', 'EC3A 5DE']);
  });
});

describe('a GIAS row that cannot be a school is rejected, naming the column', () => {
  it.each([
    ['a missing URN', { URN: '' }, 'URN is missing'],
    ['a URN that is not a number', { URN: '10000A' }, 'URN "10000A" is not a number'],
    ['a missing name', { EstablishmentName: '' }, 'EstablishmentName is missing'],
    ['a missing LA', { 'LA (code)': '' }, 'LA (code) is missing'],
    [
      'an establishment type that is not a code',
      { 'TypeOfEstablishment (code)': 'VA' },
      'TypeOfEstablishment (code) "VA" is not a GIAS code (digits)',
    ],
    [
      'a missing type group',
      { 'EstablishmentTypeGroup (code)': '' },
      'EstablishmentTypeGroup (code) is missing',
    ],
    [
      'an unknown status',
      { 'EstablishmentStatus (code)': '9', 'EstablishmentStatus (name)': 'Mothballed' },
      'EstablishmentStatus (code) "9" is not a status GIAS uses (1-4)',
    ],
    [
      'a status name that contradicts its code',
      { 'EstablishmentStatus (code)': '1', 'EstablishmentStatus (name)': 'Closed' },
      'EstablishmentStatus (name) "Closed" contradicts EstablishmentStatus (code) 1 ("Open")',
    ],
    [
      'a date that does not exist',
      { OpenDate: '31-02-2021' },
      'OpenDate "31-02-2021" is not a date in the form DD-MM-YYYY',
    ],
    [
      'a date in another form',
      { CloseDate: '2021-08-31' },
      'CloseDate "2021-08-31" is not a date in the form DD-MM-YYYY',
    ],
    [
      'an age that is not whole years',
      { StatutoryHighAge: 'eleven' },
      'StatutoryHighAge "eleven" is not an age in whole years',
    ],
  ])('%s', (_, overrides, reason) => {
    const rejection = rejectionOf(aRow(overrides));

    expect(rejection.reason).toBe(reason);
    expect(rejection.line).toBe(7);
  });

  it('names every fault of the row, and keeps the URN as written to find it by', () => {
    const rejection = rejectionOf(
      aRow({ EstablishmentName: 'None', OpenDate: '00-01-2020', StatutoryLowAge: '-1' }),
    );

    expect(rejection).toEqual({
      line: 7,
      urn: '100000',
      reason:
        'EstablishmentName is missing; StatutoryLowAge "-1" is not an age in whole years; OpenDate "00-01-2020" is not a date in the form DD-MM-YYYY',
    });
  });

  it('rejects a row with no URN column at all', () => {
    const { URN: _urn, ...withoutUrn } = aRow();

    expect(rejectionOf(withoutUrn)).toEqual({ line: 7, reason: 'URN is missing' });
  });
});

describe('GIAS dates', () => {
  it.each([
    ['29-02-2024', '2024-02-29'],
    ['1-9-2023', '2023-09-01'],
    ['01/09/2023', '2023-09-01'],
    ['29-02-2023', undefined],
    ['29-02-1900', undefined],
    ['29-02-2000', '2000-02-29'],
    ['31-04-2023', undefined],
    ['01-13-2023', undefined],
    ['Monday', undefined],
  ])('%s is %s', (text, iso) => {
    expect(isoDateFromGias(text)).toBe(iso);
  });
});
