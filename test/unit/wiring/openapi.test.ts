import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { EVENT_CATALOGUE } from '#events/catalogue';
import { openApiDocument } from '#wiring/openapi';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';
import { aBookingRequest } from '../../support/booking-request.ts';

const wiring: AnyWiring = systemWiring;
const document = openApiDocument(wiring);

/** An independent JSON Schema 2020-12 validator (ajv), so zod is not checking itself. */
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

type Operation = {
  security: unknown[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content: { 'application/json': { schema: object } } };
  responses: Record<string, { content?: { 'application/json': { schema: object } } }>;
};
const operationOf = (method: string, path: string) =>
  (document.paths[path] as Record<string, Operation> | undefined)?.[method.toLowerCase()];

const fixturesDir = new URL('../../../events/fixtures/', import.meta.url);
const fixtures = Object.entries(EVENT_CATALOGUE).flatMap(([folder, contract]) =>
  readdirSync(new URL(`${folder}/`, fixturesDir))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({
      name: `${folder}/${file}`,
      contract: contract.name,
      body: JSON.parse(readFileSync(new URL(`${folder}/${file}`, fixturesDir), 'utf8')) as unknown,
    })),
);

describe('the API description (OpenAPI 3.1)', () => {
  it('names exactly the routes in the wiring, no more and no fewer', () => {
    const described = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );

    expect(described.sort()).toEqual(wiring.routes.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('asks for IAM signatures exactly on the routes the wiring keeps for council callers', () => {
    for (const route of wiring.routes) {
      const security = operationOf(route.method, route.path)!.security;

      expect(security).toEqual(route.auth === 'iam' ? [{ sigv4: [] }] : []);
    }
  });

  it('declares every path parameter the route template names', () => {
    for (const route of wiring.routes) {
      const names = [...route.path.matchAll(/\{(\w+)\+?\}/g)].map((m) => m[1]);
      const declared = (operationOf(route.method, route.path)!.parameters ?? [])
        .filter((p) => p.in === 'path')
        .map((p) => p.name);

      expect(declared).toEqual(names);
    }
  });

  it('compiles every schema it contains with an independent JSON Schema validator', () => {
    const schemas = Object.values(document.paths).flatMap((operations) =>
      Object.values(operations as Record<string, Operation>).flatMap((op) => [
        ...(op.requestBody ? [op.requestBody.content['application/json'].schema] : []),
        ...Object.values(op.responses).flatMap((r) =>
          r.content ? [r.content['application/json'].schema] : [],
        ),
      ]),
    );

    for (const schema of [...schemas, ...Object.values(document.components.schemas)]) {
      expect(() => ajv.compile(schema)).not.toThrow();
    }
  });

  it.each(fixtures)('validates the $name event fixture against its contract schema', ({ contract, body }) => {
    const validate = ajv.compile(document.components.schemas[contract]!);

    const valid = validate(body);

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('accepts a valid booking form and refuses one with a bad URN, as the handler does', () => {
    const validate = ajv.compile(
      operationOf('POST', '/bookings')!.requestBody!.content['application/json'].schema,
    );

    expect(validate(aBookingRequest())).toBe(true);
    expect(validate({ ...aBookingRequest(), school: { urn: '12', name: 'X' } })).toBe(false);
  });
});
