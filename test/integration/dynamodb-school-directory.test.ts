import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { isOpen, type School } from '#domain/schools/school';
import { type SchoolDirectory, UnknownSchoolError } from '#domain/schools/school-directory';
import { dynamoDbSchoolDirectory } from '#functions/adapters/dynamodb-school-directory';
import { provision } from '#local/provision';
import { SAMPLE_SCHOOL_FILES } from '#local/runtime';
import { importSchoolFiles, type SchoolFilesSummary } from '#local/school-files';
import { systemWiring } from '#wiring/system';
import { standInClients, uniquePrefix } from '../support/aws-clients.ts';

const endpoints = inject('standIns');
const clients = standInClients(endpoints);
let directory: SchoolDirectory;
let imported: SchoolFilesSummary;

const aSchool = (urn: string, overrides: Partial<School> = {}): School => ({
  urn,
  name: `Example School ${urn}`,
  la: { code: '999', name: 'Example Borough' },
  establishmentType: { code: '01', name: 'Community school' },
  typeGroup: { code: '4', name: 'Local authority maintained schools' },
  status: { code: '1', name: 'Open', is: 'open' },
  ...overrides,
});

beforeAll(async () => {
  const resources = await provision(
    systemWiring,
    { ...clients, sqsEndpoint: endpoints.sqs },
    uniquePrefix('directory'),
  );
  directory = dynamoDbSchoolDirectory(
    DynamoDBDocumentClient.from(clients.dynamoDb, { marshallOptions: { removeUndefinedValues: true } }),
    resources.tables.directory!,
  );
  imported = await importSchoolFiles(directory, SAMPLE_SCHOOL_FILES);
});

describe('DynamoDB school directory (DynamoDB Local)', () => {
  it('imports the sample extract and its contacts', () => {
    expect(imported.schools).toEqual({ read: 40, imported: 40, rejected: 0 });
    expect(imported.contacts!.rejected).toBe(0);
  });

  it('reads a school back as GIAS recorded it, with its contacts in order', async () => {
    const entry = await directory.get('999003');

    expect(entry!.school).toEqual({
      urn: '999003',
      name: 'St Mary’s Catholic Primary School',
      la: { code: '881', name: 'Essex' },
      establishmentType: { code: '02', name: 'Voluntary aided school' },
      typeGroup: { code: '4', name: 'Local authority maintained schools' },
      status: { code: '1', name: 'Open', is: 'open' },
      phase: { code: '2', name: 'Primary' },
      statutoryLowAge: 4,
      statutoryHighAge: 11,
      postcode: 'CM7 9ZC',
    });
    expect(entry!.contacts.map((c) => c.role)).toEqual([
      'headteacher',
      'school-business-manager',
      'senco',
      'office',
    ]);
  });

  it('finds no school for an unknown URN', async () => {
    expect(await directory.get('123')).toBeUndefined();
  });

  it('lists an LA’s schools by status, with their contacts; other councils’ schools are not among them', async () => {
    const open: string[] = [];
    for await (const entry of directory.listSchools({ laCode: '881', status: 'open' })) {
      expect(entry.school.la.code).toBe('881');
      expect(entry.school.status.is).toBe('open');
      expect(entry.contacts.length).toBeGreaterThanOrEqual(2);
      open.push(entry.school.urn);
    }
    const all: School[] = [];
    for await (const entry of directory.listSchools({ laCode: '881' })) all.push(entry.school);
    const stillOpen: string[] = [];
    for await (const entry of directory.listSchools({
      laCode: '881',
      status: ['open', 'proposed to close'],
    })) {
      stillOpen.push(entry.school.urn);
    }

    expect(open).toContain('999001');
    expect(open).not.toContain('999033');
    expect(open).toEqual([...open].sort());
    expect(stillOpen).toEqual([...open, '999033']);
    expect(
      all
        .filter(isOpen)
        .map((s) => s.urn)
        .sort(),
    ).toEqual([...stillOpen].sort());
    expect(all.some((s) => s.status.is === 'closed')).toBe(true);
    expect(all.some((s) => s.la.code !== '881')).toBe(false);
  });

  it('pages through an LA with more schools than one page holds', async () => {
    const many = Array.from({ length: 230 }, (_, i) => aSchool(String(800_000 + i)));
    await directory.putSchools(many);

    const listed: string[] = [];
    for await (const entry of directory.listSchools({ laCode: '999', status: 'open' }))
      listed.push(entry.school.urn);

    expect(listed).toEqual(many.map((s) => s.urn));
  });

  it('replaces a school’s contacts, and keeps them when GIAS is imported again', async () => {
    const contacts = [{ role: 'office' as const, name: 'Sam Sample', email: 'office@new.example.org' }];

    await directory.putContacts('999123', contacts);
    await directory.putSchools([aSchool('999123', { name: 'Example Park Primary School (renamed)' })]);

    expect(await directory.get('999123')).toMatchObject({
      school: { name: 'Example Park Primary School (renamed)', la: { code: '999' } },
      contacts,
    });
  });

  it('moves a school between statuses in the listing when GIAS says it closed', async () => {
    await directory.putSchools([aSchool('700001')]);
    await directory.putSchools([aSchool('700001', { status: { code: '2', name: 'Closed', is: 'closed' } })]);

    const closed: string[] = [];
    for await (const e of directory.listSchools({ laCode: '999', status: 'closed' }))
      closed.push(e.school.urn);
    const open: string[] = [];
    for await (const e of directory.listSchools({ laCode: '999', status: 'open' })) open.push(e.school.urn);

    expect(closed).toEqual(['700001']);
    expect(open).not.toContain('700001');
  });

  it('refuses contacts for a school the directory does not have, storing nothing', async () => {
    await expect(
      directory.putContacts('123456', [
        { role: 'office', name: 'Sam Sample', email: 'office@x.example.org' },
      ]),
    ).rejects.toBeInstanceOf(UnknownSchoolError);
    expect(await directory.get('123456')).toBeUndefined();
  });

  it('stores a URN given twice in one batch once, as its last record', async () => {
    await directory.putSchools([aSchool('700002', { name: 'First' }), aSchool('700002', { name: 'Last' })]);

    expect((await directory.get('700002'))!.school.name).toBe('Last');
  });
});
