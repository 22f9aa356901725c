import { createReadStream, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GiasRow } from '#domain/schools/gias-establishment';
import type { ContactsRow } from '#domain/schools/import-directory';
import { priceBandOf } from '#domain/schools/price-band';
import type { School } from '#domain/schools/school';
import { readGiasExtract } from '#functions/adapters/gias-extract';
import { readSchoolContacts } from '#functions/adapters/school-contacts-csv';
import { SAMPLE_SCHOOL_FILES } from '#local/runtime';
import { GIAS_HEADER, giasHeaderLine } from '#local/sample/gias-csv';

const rows: GiasRow[] = [];
const contacts: ContactsRow[] = [];
let schools: School[];
beforeAll(async () => {
  for await (const row of readGiasExtract(createReadStream(SAMPLE_SCHOOL_FILES.extract))) rows.push(row);
  for await (const row of readSchoolContacts(createReadStream(SAMPLE_SCHOOL_FILES.contacts!)))
    contacts.push(row);
  schools = rows.flatMap((r) => (r.kind === 'school' ? [r.school] : []));
});
const school = (urn: string) => schools.find((s) => s.urn === urn);

describe('the invented sample directory npm start loads', () => {
  it('is in the published shape: the 139-column header, Windows-1252 with a curly apostrophe', () => {
    const bytes = readFileSync(SAMPLE_SCHOOL_FILES.extract);

    expect(bytes.subarray(0, bytes.indexOf('\r\n')).toString('latin1')).toBe(giasHeaderLine());
    expect(GIAS_HEADER).toHaveLength(139);
    expect(bytes.includes(0x92)).toBe(true);
    expect(school('999003')!.name).toBe('St Mary’s Catholic Primary School');
  });

  it('imports every row, about 40 schools, all with invented 99xxxx URNs', () => {
    expect(rows.filter((r) => r.kind === 'rejected')).toEqual([]);
    expect(schools.length).toBeGreaterThanOrEqual(35);
    expect(schools.every((s) => /^99\d{4}$/.test(s.urn))).toBe(true);
  });

  it('has the demo’s and the tests’ schools open in Essex: 999001 and 999123 maintained primaries, 999002 an academy', () => {
    expect(
      [school('999001'), school('999123')].map((s) => [s!.status.is, s!.phase?.name, priceBandOf(s!)]),
    ).toEqual([
      ['open', 'Primary', 'essex-maintained'],
      ['open', 'Primary', 'essex-maintained'],
    ]);
    expect([school('999002')!.status.is, priceBandOf(school('999002')!)]).toEqual(['open', 'essex-academy']);
  });

  it('covers every band, each phase of academy, special schools, a PRU, neighbours and closed schools', () => {
    const bands = new Set(schools.map(priceBandOf));
    const academyPhases = new Set(
      schools.filter((s) => priceBandOf(s) === 'essex-academy').map((s) => s.phase?.name ?? 'Not applicable'),
    );
    const types = new Set(schools.map((s) => s.establishmentType.name));

    expect(bands).toEqual(new Set(['essex-maintained', 'essex-academy', 'outside-essex']));
    for (const phase of [
      'Nursery',
      'Primary',
      'Middle deemed secondary',
      'Secondary',
      'All-through',
      '16 plus',
    ]) {
      expect(academyPhases).toContain(phase);
    }
    for (const type of [
      'Community special school',
      'Academy special converter',
      'Pupil referral unit',
      'Other independent school',
    ]) {
      expect(types).toContain(type);
    }
    expect(schools.filter((s) => s.la.code === '882').length).toBeGreaterThan(0);
    expect(schools.filter((s) => s.la.code === '883').length).toBeGreaterThan(0);
    expect(schools.filter((s) => s.status.is === 'closed').every((s) => s.closeDate)).toBe(true);
    expect(schools.filter((s) => s.status.is === 'closed').length).toBeGreaterThanOrEqual(2);
  });

  it('gives every school that has staff 2 to 4 contacts at its own example.org domain', () => {
    const bySchool = new Map(contacts.flatMap((c) => (c.kind === 'contacts' ? [[c.urn, c.contacts]] : [])));

    expect(contacts.filter((c) => c.kind === 'rejected')).toEqual([]);
    for (const s of schools.filter((x) => x.status.is !== 'closed')) {
      const people = bySchool.get(s.urn) ?? [];
      expect(people.length, s.urn).toBeGreaterThanOrEqual(2);
      expect(people.length, s.urn).toBeLessThanOrEqual(4);
      const domains = new Set(people.map((p) => p.email.split('@')[1]));
      expect(domains.size, s.urn).toBe(1);
      expect([...domains][0]).toMatch(/\.example\.org$/);
    }
  });
});
