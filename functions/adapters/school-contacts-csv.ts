import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CsvError, parse } from 'csv-parse';
import type { ContactsRow } from '#domain/schools/import-directory';
import type { RowRejection } from '#domain/schools/row-rejection';
import type { SchoolContact } from '#domain/schools/school-contact';
import { SchoolContactSchema } from '#events/school-contacts';
import { SchoolUrnSchema } from '#events/school-urn';

/** The columns a contacts file has, in any order (others are ignored). */
export const CONTACTS_COLUMNS = ['urn', 'role', 'name', 'email'] as const;

/** The file is not a contacts file (nothing in it can be imported). */
export class ContactsFileError extends Error {
  override readonly name = 'ContactsFileError';
}

/**
 * Reads a contacts file (UTF-8 CSV with the header `urn,role,name,email`; one row per person,
 * a school's rows anywhere in the file) and yields each school's contacts, in the order of
 * their first row, and each row that was not taken, naming the column at fault. The file is
 * small (a few rows per school) and is read whole, so a school's rows can be gathered.
 */
export async function* readSchoolContacts(source: Readable): AsyncGenerator<ContactsRow> {
  let header: string[] = [];
  const parser = parse({
    columns: (names: string[]) => {
      header = names.map((name) => name.trim().toLowerCase());
      return header;
    },
    info: true,
    skip_records_with_error: true,
    skip_empty_lines: true,
    bom: true,
  });
  const out: (ContactsRow & { order: number })[] = [];
  const bySchool = new Map<
    string,
    { line: number; rows: number; contacts: SchoolContact[]; order: number }
  >();
  const reject = (rejection: RowRejection) =>
    out.push({ kind: 'rejected', rejection, order: rejection.line });
  let lastSkippedLine = -1;
  parser.on('skip', (error: CsvError) => {
    const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
    if (line === lastSkippedLine) return;
    lastSkippedLine = line;
    reject({ line, reason: `malformed CSV row: ${error.message.replace(/\s*at line \d+\.?$/, '')}` });
  });
  const done = pipeline(source, parser);
  done.catch(() => undefined);
  let checked = false;
  const checkHeader = () => {
    if (checked || header.length === 0) return;
    checked = true;
    const missing = CONTACTS_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length > 0) {
      throw new ContactsFileError(
        `the contacts file's header has no ${missing.join(', ')} column: it needs ${CONTACTS_COLUMNS.join(',')}`,
      );
    }
  };
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    checkHeader();
    const line = info.lines;
    const urn = SchoolUrnSchema.safeParse(record.urn?.trim());
    const contact = SchoolContactSchema.safeParse({
      role: record.role?.trim(),
      name: record.name,
      email: record.email?.trim(),
    });
    const problems = [
      ...(urn.success ? [] : [`urn: ${urn.error.issues[0]?.message}`]),
      ...(contact.success ? [] : contact.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)),
    ];
    if (!urn.success || !contact.success) {
      reject({ line, ...(urn.success ? { urn: urn.data } : {}), reason: problems.join('; ') });
      continue;
    }
    const school = bySchool.get(urn.data) ?? { line, rows: 0, contacts: [], order: line };
    bySchool.set(urn.data, school);
    school.rows++;
    school.contacts.push(contact.data);
  }
  await done;
  checkHeader();
  for (const [urn, school] of bySchool) {
    out.push({
      kind: 'contacts',
      urn,
      line: school.line,
      rows: school.rows,
      contacts: school.contacts,
      order: school.order,
    });
  }
  out.sort((a, b) => a.order - b.order);
  for (const { order: _order, ...row } of out) yield row as ContactsRow;
}
