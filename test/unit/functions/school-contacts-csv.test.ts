import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ContactsRow } from '#domain/schools/import-directory';
import { ContactsFileError, readSchoolContacts } from '#functions/adapters/school-contacts-csv';

const readAll = async (text: string) => {
  const rows: ContactsRow[] = [];
  for await (const row of readSchoolContacts(Readable.from([Buffer.from(text)]))) rows.push(row);
  return rows;
};

describe('reading a contacts file', () => {
  it('gathers each school’s rows, wherever they are, in the order of its first row', async () => {
    const rows = await readAll(
      [
        'urn,role,name,email',
        '999001,headteacher,Alex Example,head@example-primary.example.org',
        '999002,office,"Sample, Sam",office@example-academy.example.org',
        '999001,senco,Jo Bloggs,senco@example-primary.example.org',
      ].join('\n'),
    );

    expect(rows).toEqual([
      {
        kind: 'contacts',
        urn: '999001',
        line: 2,
        rows: 2,
        contacts: [
          { role: 'headteacher', name: 'Alex Example', email: 'head@example-primary.example.org' },
          { role: 'senco', name: 'Jo Bloggs', email: 'senco@example-primary.example.org' },
        ],
      },
      {
        kind: 'contacts',
        urn: '999002',
        line: 3,
        rows: 1,
        contacts: [{ role: 'office', name: 'Sample, Sam', email: 'office@example-academy.example.org' }],
      },
    ]);
  });

  it('rejects a row with an unknown role, a bad email or a bad URN, naming the column', async () => {
    const rows = await readAll(
      [
        'urn,role,name,email',
        '999001,caretaker,Alex Example,head@example-primary.example.org',
        '999001,headteacher,Alex Example,not-an-email',
        'ABC,office,Sam Sample,office@example.org',
      ].join('\n'),
    );

    expect(rows).toEqual([
      {
        kind: 'rejected',
        rejection: {
          line: 2,
          urn: '999001',
          reason: 'role: role must be one of headteacher, school-business-manager, senco, office',
        },
      },
      {
        kind: 'rejected',
        rejection: { line: 3, urn: '999001', reason: 'email: email must be a valid email address' },
      },
      {
        kind: 'rejected',
        rejection: {
          line: 4,
          reason: 'urn: urn must be a DfE unique reference number (digits, e.g. 100000)',
        },
      },
    ]);
  });

  it('refuses a file without the columns it needs', async () => {
    await expect(readAll('urn,person\n999001,Alex')).rejects.toThrow(ContactsFileError);
  });
});
