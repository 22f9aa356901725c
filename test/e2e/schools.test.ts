import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '#local/runtime';
import { giasExtractBytes, giasHeaderLine } from '#local/sample/gias-csv';
import { uniquePrefix } from '../support/aws-clients.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const endpoints = inject('standIns');
let runtime: LocalRuntime;
let scratch: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'schools-e2e-'));
  runtime = await startLocalRuntime({
    standIns: endpoints,
    port: 0,
    prefix: uniquePrefix('schools'),
    logLevel: 'SILENT',
  });
});
afterAll(async () => {
  await runtime?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${runtime.apiUrl}${path}`);
const put = (path: string, body: unknown) =>
  fetch(`${runtime.apiUrl}${path}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the schools directory, end to end through the local runtime', () => {
  it('loads the invented sample at start', () => {
    expect(runtime.schools).toMatchObject({
      schools: { read: 40, imported: 40, rejected: 0 },
      contacts: { rejected: 0 },
      rejections: [],
    });
  });

  it('GET /schools/{urn} answers the school, its price band and its contacts', async () => {
    const response = await get('/schools/999002');

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      school: {
        urn: '999002',
        name: 'Example Academy',
        la: { code: '881', name: 'Essex' },
        typeGroup: { code: '10', name: 'Academies' },
        status: { is: 'open' },
        openDate: '2011-09-01',
      },
      priceBand: 'essex-academy',
      contacts: expect.arrayContaining([
        { role: 'headteacher', name: expect.any(String), email: 'head@example-academy.example.org' },
      ]),
    });
  });

  it.each([
    ['999123', 'essex-maintained'],
    ['999040', 'outside-essex'],
    ['999042', 'outside-essex'],
    ['999026', 'outside-essex'],
  ])('prices school %s in band %s', async (urn, band) => {
    expect(((await (await get(`/schools/${urn}`)).json()) as { priceBand: string }).priceBand).toBe(band);
  });

  it('answers 404 for a URN the directory does not have, 400 for one that is not a URN', async () => {
    expect((await get('/schools/123456')).status).toBe(404);
    const bad = await get('/schools/St-Marys');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ issues: [{ path: 'pathParameters.urn' }] });
  });

  it('PUT /schools/{urn}/contacts replaces the school’s contacts', async () => {
    const contacts = [
      {
        role: 'headteacher',
        name: 'Robin Example',
        email: 'head@example-foundation-high-school.example.org',
      },
      { role: 'senco', name: 'Casey Sample', email: 'senco@example-foundation-high-school.example.org' },
    ];

    const response = await put('/schools/999004/contacts', { contacts });
    const after = (await (await get('/schools/999004')).json()) as { contacts: unknown };

    expect(response.status).toBe(200);
    expect(after.contacts).toEqual(contacts);
  });

  it('PUT answers 400 naming each bad field, and changes nothing', async () => {
    const before = await (await get('/schools/999005')).json();

    const response = await put('/schools/999005/contacts', {
      contacts: [{ role: 'caretaker', name: 'Sam', email: 'not-an-email' }],
    });

    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: { path: string }[] };
    expect(body.issues.map((i) => i.path)).toEqual(['contacts.0.role', 'contacts.0.email']);
    expect(await (await get('/schools/999005')).json()).toEqual(before);
    expect((await put('/schools/999005/contacts', '{"contacts":')).status).toBe(400);
  });

  it('PUT answers 404 for a school the directory does not have', async () => {
    const response = await put('/schools/123456/contacts', { contacts: [] });

    expect(response.status).toBe(404);
  });
});

describe('npm run import:schools', () => {
  const runImport = async (args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'local/import-schools.ts', ...args],
        { cwd: ROOT, env: { ...process.env, AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb } },
      );
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, output: e.stdout + e.stderr };
    }
  };
  const target = () => ['--table', runtime.resources.tables.directory!, '--region', 'eu-west-2'];

  it('imports an extract into a table, reporting each rejected row with its line and reason', async () => {
    const file = join(scratch, 'extract.csv');
    const school = {
      URN: 990501,
      'LA (code)': '881',
      'LA (name)': 'Essex',
      EstablishmentName: 'Example Imported School',
      'TypeOfEstablishment (code)': '34',
      'TypeOfEstablishment (name)': 'Academy converter',
      'EstablishmentTypeGroup (code)': '10',
      'EstablishmentTypeGroup (name)': 'Academies',
      'EstablishmentStatus (code)': '1',
      'EstablishmentStatus (name)': 'Open',
    };
    const good = giasExtractBytes([school]);
    const malformed = Buffer.from('990502,"881","Essex"\r\n', 'latin1');
    writeFileSync(
      file,
      Buffer.concat([
        good,
        malformed,
        giasExtractBytes([{ ...school, URN: 990503, OpenDate: '32-01-2020' }]).subarray(
          giasHeaderLine().length + 2,
        ),
      ]),
    );
    const contacts = join(scratch, 'contacts.csv');
    writeFileSync(contacts, 'urn,role,name,email\n990501,office,Sam Sample,office@imported.example.org\n');

    const { code, output } = await runImport([file, '--contacts', contacts, ...target()]);

    expect(code).toBe(0);
    expect(output).toContain(
      'rejected (extract) line 3 (URN 990502): malformed CSV row: 3 fields where the header has 139',
    );
    expect(output).toContain('rejected (extract) line 4 (URN 990503): OpenDate "32-01-2020" is not a date');
    expect(output).toMatch(/Schools: 3 rows read, 1 imported, 2 rejected/);
    expect(output).toContain('Contacts: 1 rows read, 1 imported, 0 rejected');
    expect(await (await get('/schools/990501')).json()).toMatchObject({
      priceBand: 'essex-academy',
      contacts: [{ role: 'office' }],
    });
  });

  it('fails only when nothing can be read: no rows, not an extract, no such file', async () => {
    const empty = join(scratch, 'empty.csv');
    writeFileSync(empty, `${giasHeaderLine()}\r\n`);
    const other = join(scratch, 'other.csv');
    writeFileSync(other, 'a,b\r\n1,2\r\n');

    const results = await Promise.all([
      runImport([empty, ...target()]),
      runImport([other, ...target()]),
      runImport([join(scratch, 'missing.csv'), ...target()]),
    ]);

    expect(results.map((r) => r.code)).toEqual([1, 1, 1]);
    expect(results[1]!.output).toContain('is this the GIAS all-establishments extract?');
    expect(results[2]!.output).toContain('No such file');
  });
});
