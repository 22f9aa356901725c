import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { invoke, type LambdaHandler } from './lambda-context.ts';

/** A route served like an API Gateway REST API method with a Lambda proxy integration (payload 1.0). */
export interface LocalRoute {
  readonly method: string;
  readonly path: string;
  readonly function: { name: string; timeoutSeconds: number; memoryMb: number };
  readonly handler: LambdaHandler;
}

interface CompiledRoute extends LocalRoute {
  readonly routeKey: string;
  readonly pattern: RegExp;
  readonly params: string[];
}

/** The stage name the local API stands for (the first segment of `requestContext.path`). */
export const LOCAL_STAGE = 'local';

const compile = (route: LocalRoute): CompiledRoute => {
  const params: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)(\+?)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      params.push(param[1]!);
      return param[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { ...route, routeKey: `${route.method} ${route.path}`, pattern: new RegExp(`^${source}$`), params };
};

/** `requestContext.requestTime`: CLF format, `22/Nov/2026:12:00:00 +0000`. */
const apiTime = (date: Date) => {
  const [, day, month, year, time] = /^\w+, (\d+) (\w+) (\d+) ([\d:]+)/.exec(date.toUTCString()) ?? [];
  return `${day?.padStart(2, '0')}/${month}/${year}:${time} +0000`;
};

/** An X-Ray trace header as API Gateway adds it when the stage traces: `Root=1-<epoch s hex>-<96 bits hex>`. */
const traceHeader = (at: Date) =>
  `Root=1-${Math.floor(at.getTime() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;

/** One HTTP request, as the API adapter (or a benchmark) has it in hand. */
export interface ApiRequest {
  readonly route: { readonly method: string; readonly path: string };
  readonly url: URL;
  /** Every header line in order, names in the case the client sent them (Node's `rawHeaders`, paired). */
  readonly headers: readonly (readonly [name: string, value: string])[];
  readonly pathParameters?: Record<string, string>;
  readonly body: Buffer;
  readonly protocol?: string;
  readonly sourceIp?: string;
  /** When API Gateway received it: `requestContext.requestTime` and `requestTimeEpoch`. */
  readonly receivedAt: Date;
}

/**
 * The event an API Gateway REST API gives a Lambda proxy integration (payload format 1.0) for
 * a request, as API Gateway builds it:
 * - `headers` with names in the case the client sent them (API Gateway does not lower-case them;
 *   clients speaking HTTP/2, and Node's fetch, send lower case) and the last value of a repeated
 *   header; `multiValueHeaders` with every value. API Gateway adds `X-Forwarded-For` (the
 *   client's address appended), `X-Forwarded-Port`, `X-Forwarded-Proto` and, on a traced stage,
 *   `X-Amzn-Trace-Id`;
 * - `queryStringParameters` (last value) and `multiValueQueryStringParameters` (every value),
 *   both `null` without a query string; `pathParameters` `null` on a route without any;
 * - `resource` (the route's path), `path` (the request path, without the stage), `httpMethod`;
 * - `requestContext` with the stage-prefixed `path`, `resourcePath`, `requestId`,
 *   `requestTime`/`requestTimeEpoch` and `identity.sourceIp`;
 * - `body` as text, `null` when empty, `isBase64Encoded: false`: the API declares no binary
 *   media types, so API Gateway never base64-encodes a body.
 */
export function apiGatewayRestEvent(request: ApiRequest): APIGatewayProxyEvent {
  const { route, url, body } = request;
  const sourceIp = request.sourceIp ?? '127.0.0.1';
  const now = request.receivedAt;
  const lines = [...request.headers];
  const added = (name: string, value: (existing?: string) => string) => {
    const at = lines.findIndex(([n]) => n.toLowerCase() === name.toLowerCase());
    if (at === -1) lines.push([name, value()]);
    else lines[at] = [lines[at]![0], value(lines[at]![1])];
  };
  added('X-Forwarded-For', (existing) => (existing ? `${existing}, ${sourceIp}` : sourceIp));
  added('X-Forwarded-Port', () => url.port || (url.protocol === 'https:' ? '443' : '80'));
  added('X-Forwarded-Proto', () => url.protocol.replace(':', ''));
  added('X-Amzn-Trace-Id', () => traceHeader(now));
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [name, value] of lines) {
    headers[name] = value;
    multiValueHeaders[name] = [...(multiValueHeaders[name] ?? []), value];
  }
  const query: Record<string, string> = {};
  const multiQuery: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    query[key] = value;
    multiQuery[key] = [...(multiQuery[key] ?? []), value];
  }
  const hasQuery = url.searchParams.size > 0;
  const params = request.pathParameters ?? {};
  const host = headers.Host ?? headers.host ?? 'localhost';
  const userAgent = Object.entries(headers).find(([n]) => n.toLowerCase() === 'user-agent')?.[1] ?? null;
  const requestId = randomUUID();
  return {
    resource: route.path,
    path: url.pathname,
    httpMethod: route.method,
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters: Object.keys(params).length > 0 ? params : null,
    stageVariables: null,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: null,
      domainName: host,
      domainPrefix: host.split('.')[0]!,
      extendedRequestId: requestId,
      httpMethod: route.method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp,
        user: null,
        userAgent,
        userArn: null,
      },
      path: `/${LOCAL_STAGE}${url.pathname}`,
      protocol: request.protocol ?? 'HTTP/1.1',
      requestId,
      requestTime: apiTime(now),
      requestTimeEpoch: now.getTime(),
      resourceId: 'local',
      resourcePath: route.path,
      stage: LOCAL_STAGE,
    },
    body: body.length > 0 ? body.toString('utf8') : null,
    isBase64Encoded: false,
  };
}

const requestUrl = (req: IncomingMessage) => {
  try {
    return new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  } catch {
    return new URL(req.url ?? '/', 'http://localhost');
  }
};

const isProxyResult = (result: unknown): result is APIGatewayProxyResult =>
  typeof result === 'object' &&
  result !== null &&
  typeof (result as { statusCode?: unknown }).statusCode === 'number' &&
  ['string', 'undefined'].includes(typeof (result as { body?: unknown }).body);

/**
 * Serves API routes the way an API Gateway REST API does with Lambda proxy integrations: builds
 * the payload 1.0 event, invokes the handler and maps its result (`statusCode`, `headers` and
 * `multiValueHeaders`, `body`, `isBase64Encoded`). As API Gateway does, a handler that throws or
 * returns anything else is a `502 {"message": "Internal server error"}`, and a path or method
 * with no route is `403 {"message":"Missing Authentication Token"}` (see `answerUnknownRoute`).
 */
export class LocalHttpApi {
  private readonly routes: CompiledRoute[];
  private readonly now: () => Date;

  /** `now` stamps each request's time (the runtime's virtual clock). */
  constructor(routes: readonly LocalRoute[], now: () => Date) {
    this.routes = routes.map(compile);
    this.now = now;
  }

  /** Handles the request if a route matches; returns false so the caller may serve it otherwise. */
  async handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<boolean> {
    const url = requestUrl(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = decodeURIComponent(url.pathname);
    let matched: { route: CompiledRoute; match: RegExpExecArray } | undefined;
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (match && route.method === method) {
        matched = { route, match };
        break;
      }
    }
    if (!matched) return false;
    const { route, match } = matched;
    const event = this.toEvent(req, url, route, match, body);
    let result: unknown;
    try {
      result = await invoke(route.handler, event, route.function);
    } catch (error) {
      console.error(`[api] ${route.routeKey} failed: ${(error as Error).stack ?? error}`);
      return this.badGateway(res);
    }
    if (!isProxyResult(result)) {
      console.error(`[api] ${route.routeKey} returned a malformed Lambda proxy response`);
      return this.badGateway(res);
    }
    this.respond(res, result);
    return true;
  }

  /** What API Gateway (REST) answers for a path or method no route serves. */
  answerUnknownRoute(res: ServerResponse): void {
    res
      .writeHead(403, {
        'content-type': 'application/json',
        'x-amzn-errortype': 'MissingAuthenticationTokenException',
      })
      .end('{"message":"Missing Authentication Token"}');
  }

  private badGateway(res: ServerResponse) {
    res.writeHead(502, { 'content-type': 'application/json' }).end('{"message": "Internal server error"}');
    return true;
  }

  private toEvent(
    req: IncomingMessage,
    url: URL,
    route: CompiledRoute,
    match: RegExpExecArray,
    body: Buffer,
  ): APIGatewayProxyEvent {
    const headers: [string, string][] = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
      headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
    return apiGatewayRestEvent({
      route,
      url,
      headers,
      pathParameters: Object.fromEntries(route.params.map((name, i) => [name, match[i + 1]!])),
      body,
      protocol: `HTTP/${req.httpVersion}`,
      sourceIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
      receivedAt: this.now(),
    });
  }

  private respond(res: ServerResponse, result: APIGatewayProxyResult) {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
    // multiValueHeaders win over headers of the same name, as in API Gateway.
    for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) {
      headers[name] = values.map(String);
    }
    const body = result.body ?? '';
    res
      .writeHead(result.statusCode, headers)
      .end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
  }
}
