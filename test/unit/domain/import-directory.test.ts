import { describe, expect, it } from 'vitest';
import type { GiasRow } from '#domain/schools/gias-establishment';
import { type ContactsRow, importContacts, importSchools } from '#domain/schools/import-directory';
import type { RowRejection } from '#domain/schools/row-rejection';
import type { School } from '#domain/schools/school';
import type { SchoolContact } from '#domain/schools/school-contact';
import { UnknownSchoolError } from '#domain/schools/school-directory';

const aSchool = (urn: string): School => ({
  urn,
  name: `School ${urn}`,
  la: { code: '881', name: 'Essex' },
  establishmentType: { code: '01', name: 'Community school' },
  typeGroup: { code: '4', name: 'Local authority maintained schools' },
  status: { code: '1', name: 'Open', is: 'open' },
});

async function* rowsOf(rows: GiasRow[]) {
  yield* rows;
}

const recordingDirectory = () => {
  const batches: string[][] = [];
  return {
    batches,
    putSchools: async (batch: readonly School[]) => void batches.push(batch.map((s) => s.urn)),
  };
};

describe('importing a GIAS extract into the directory', () => {
  it('writes schools in batches of the given size, the last batch partly full', async () => {
    const directory = recordingDirectory();
    const rows: GiasRow[] = ['1', '2', '3', '4', '5'].map((urn, i) => ({
      kind: 'school',
      line: i + 2,
      school: aSchool(urn),
    }));

    const summary = await importSchools(rowsOf(rows), directory, { batchSize: 2 });

    expect(directory.batches).toEqual([['1', '2'], ['3', '4'], ['5']]);
    expect(summary).toEqual({ read: 5, imported: 5, rejected: 0 });
  });

  it('reports rejected rows in file order and goes on', async () => {
    const directory = recordingDirectory();
    const rejected: RowRejection[] = [];
    const rows: GiasRow[] = [
      { kind: 'school', line: 2, school: aSchool('1') },
      { kind: 'rejected', rejection: { line: 3, urn: '2', reason: 'OpenDate "x" is not a date' } },
      { kind: 'school', line: 4, school: aSchool('3') },
    ];

    const summary = await importSchools(rowsOf(rows), directory, { onRejected: (r) => rejected.push(r) });

    expect(summary).toEqual({ read: 3, imported: 2, rejected: 1 });
    expect(rejected).toEqual([{ line: 3, urn: '2', reason: 'OpenDate "x" is not a date' }]);
    expect(directory.batches.flat()).toEqual(['1', '3']);
  });

  it('keeps the first row of a URN that appears twice and rejects the later one', async () => {
    const directory = recordingDirectory();
    const rejected: RowRejection[] = [];
    const rows: GiasRow[] = [
      { kind: 'school', line: 2, school: aSchool('1') },
      { kind: 'school', line: 3, school: { ...aSchool('1'), name: 'Second' } },
    ];

    const summary = await importSchools(rowsOf(rows), directory, { onRejected: (r) => rejected.push(r) });

    expect(summary).toEqual({ read: 2, imported: 1, rejected: 1 });
    expect(rejected).toEqual([
      { line: 3, urn: '1', reason: 'URN 1 appears on an earlier row, which stands' },
    ]);
  });

  it('imports nothing from an extract with no rows', async () => {
    const directory = recordingDirectory();

    expect(await importSchools(rowsOf([]), directory)).toEqual({ read: 0, imported: 0, rejected: 0 });
    expect(directory.batches).toEqual([]);
  });
});

describe('importing contacts', () => {
  const head: SchoolContact = { role: 'headteacher', name: 'Alex Example', email: 'head@a.example.org' };

  it('stores each school’s contacts, and reports a school the directory does not have', async () => {
    const stored = new Map<string, readonly SchoolContact[]>();
    const directory = {
      putContacts: async (urn: string, contacts: readonly SchoolContact[]) => {
        if (urn === '404') throw new UnknownSchoolError(urn);
        stored.set(urn, contacts);
      },
    };
    const rejected: RowRejection[] = [];
    async function* rows(): AsyncGenerator<ContactsRow> {
      yield { kind: 'contacts', line: 2, rows: 2, urn: '1', contacts: [head, { ...head, role: 'office' }] };
      yield {
        kind: 'rejected',
        rejection: { line: 4, reason: 'email: email must be a valid email address' },
      };
      yield { kind: 'contacts', line: 5, rows: 1, urn: '404', contacts: [head] };
    }

    const summary = await importContacts(rows(), directory, { onRejected: (r) => rejected.push(r) });

    expect(summary).toEqual({ read: 4, imported: 2, rejected: 2 });
    expect(stored.get('1')).toHaveLength(2);
    expect(rejected.map((r) => r.line)).toEqual([4, 5]);
    expect(rejected[1]!.reason).toContain('no school with URN 404');
  });
});
