import * as z from 'zod';
import { EVENT_CATALOGUE } from '#events/catalogue';
import type { AnyWiring, RouteSpec } from './types.ts';

type JsonSchema = Record<string, unknown>;

/**
 * A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), inlined. Requests are described
 * as clients write them (`input`), responses and events as they are produced (`output`).
 * Refinements (cross-field rules) cannot be written in JSON Schema: the handlers still apply them.
 */
const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    reused: 'inline',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
};

const PATH_PARAMETER = /\{(\w+)\+?\}/g;

/** `Submit booking` → `postBookings`, `GET /bookings/{bookingId}` → `getBookingsBookingId`: stable operation ids. */
const operationId = (route: RouteSpec<string>) =>
  route.method.toLowerCase() +
  route.path
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/[{}+]/g, ''))
    .map(
      (segment) =>
        segment.charAt(0).toUpperCase() + segment.slice(1).replace(/-(\w)/g, (_, c) => c.toUpperCase()),
    )
    .join('');

const parameters = (route: RouteSpec<string>) => {
  const pathShape = route.request?.path?.shape ?? {};
  const fromPath = [...route.path.matchAll(PATH_PARAMETER)].map(([, name]) => ({
    name: name!,
    in: 'path',
    required: true,
    schema: pathShape[name!] ? jsonSchema(pathShape[name!] as z.ZodType, 'input') : { type: 'string' },
  }));
  const queryShape = route.request?.query?.shape ?? {};
  const fromQuery = Object.entries(queryShape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !(schema as z.ZodType).safeParse(undefined).success,
    schema: jsonSchema(schema as z.ZodType, 'input'),
  }));
  return [...fromPath, ...fromQuery];
};

const operation = (route: RouteSpec<string>) => {
  const params = parameters(route);
  return {
    operationId: operationId(route),
    summary: route.summary,
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.request?.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.request.body, 'input') } },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          ...(response.body
            ? { content: { 'application/json': { schema: jsonSchema(response.body, 'output') } } }
            : {}),
        },
      ]),
    ),
    ...(route.auth === 'iam' ? { security: [{ sigv4: [] }] } : { security: [] }),
  };
};

/**
 * The API described as OpenAPI 3.1, generated from the wiring's routes and the same zod schemas
 * the handlers validate with, so the description cannot drift from the code. The event contracts
 * are listed under `components.schemas` (one per event: the envelope its consumers accept).
 */
export function openApiDocument(wiring: AnyWiring, options: { serverUrl?: string } = {}) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of wiring.routes) {
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'ECC Education Directorate workflows API',
      version: '1.0.0',
      description:
        'Bookings of traded school-improvement services, the schools directory and the other Education Directorate workflows. Routes marked with sigv4 take IAM-signed requests from council systems; the others are public.',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    paths,
    components: {
      securitySchemes: {
        sigv4: {
          type: 'apiKey',
          name: 'Authorization',
          in: 'header',
          description: 'AWS Signature Version 4 (API Gateway IAM authorisation)',
        },
      },
      schemas: Object.fromEntries(
        Object.values(EVENT_CATALOGUE).map((contract) => [
          contract.name,
          {
            ...jsonSchema(contract.schema, 'input'),
            description: `${contract.source} ${contract.name} ${contract.version}`,
          },
        ]),
      ),
    },
  };
}
