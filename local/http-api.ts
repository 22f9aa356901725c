import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { invoke, type LambdaHandler } from './lambda-context.ts';

/** A route served like an API Gateway HTTP API route with a Lambda proxy integration (payload 2.0). */
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

const TEXT_TYPES = /^(text\/|application\/(json|xml|x-www-form-urlencoded|.*\+json|.*\+xml))/i;

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

const apiTime = (date: Date) => {
  const [, day, month, year, time] = /^\w+, (\d+) (\w+) (\d+) ([\d:]+)/.exec(date.toUTCString()) ?? [];
  return `${day?.padStart(2, '0')}/${month}/${year}:${time} +0000`;
};

/** One HTTP request, as the API adapter (or a benchmark) has it in hand. */
export interface ApiRequest {
  readonly route: { readonly method: string; readonly path: string };
  readonly url: URL;
  /** Lower-cased names; repeated headers already joined with commas. */
  readonly headers: Record<string, string>;
  readonly cookies?: string[];
  readonly pathParameters?: Record<string, string>;
  readonly body: Buffer;
  readonly protocol?: string;
  readonly sourceIp?: string;
  /** When API Gateway received it: `requestContext.time` and `timeEpoch`. */
  readonly receivedAt: Date;
}

/**
 * The event API Gateway HTTP API (payload 2.0) gives a Lambda proxy integration for a
 * request: route key, raw path and query, headers, cookies, query parameters (repeats joined
 * with commas), path parameters, request context, and the body (base64 unless it is text).
 */
export function apiGatewayV2Event(request: ApiRequest): APIGatewayProxyEventV2 {
  const { route, url, headers, body } = request;
  const routeKey = `${route.method} ${route.path}`;
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = key in query ? `${query[key]},${value}` : value;
  const params = request.pathParameters ?? {};
  const now = request.receivedAt;
  const text = TEXT_TYPES.test(headers['content-type'] ?? 'application/json');
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(request.cookies ? { cookies: request.cookies } : {}),
    headers,
    ...(url.search ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0]!,
      http: {
        method: route.method,
        path: url.pathname,
        protocol: request.protocol ?? 'HTTP/1.1',
        sourceIp: request.sourceIp ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: apiTime(now),
      timeEpoch: now.getTime(),
    },
    ...(body.length > 0 ? { body: text ? body.toString('utf8') : body.toString('base64') } : {}),
    ...(Object.keys(params).length > 0 ? { pathParameters: params } : {}),
    isBase64Encoded: body.length > 0 && !text,
  };
}

/**
 * Serves API routes the way API Gateway HTTP API does with payload format 2.0: builds the
 * event (lower-cased headers joined with commas, cookies, query string, path parameters,
 * request context), invokes the handler and maps its result (a structured response, or any
 * other value as a 200 JSON body); an unknown route is 404 and a failed invocation is 500
 * with API Gateway's own bodies.
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
    const url = new URL(req.url ?? '/', 'http://local');
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
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Internal Server Error"}');
      return true;
    }
    this.respond(res, result);
    return true;
  }

  private toEvent(
    req: IncomingMessage,
    url: URL,
    route: CompiledRoute,
    match: RegExpExecArray,
    body: Buffer,
  ): APIGatewayProxyEventV2 {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || name === 'cookie') continue;
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
    }
    return apiGatewayV2Event({
      route,
      url,
      headers,
      cookies: req.headers.cookie?.split(';').map((c) => c.trim()),
      pathParameters: Object.fromEntries(route.params.map((name, i) => [name, match[i + 1]!])),
      body,
      protocol: `HTTP/${req.httpVersion}`,
      sourceIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
      receivedAt: this.now(),
    });
  }

  private respond(res: ServerResponse, result: unknown) {
    const structured =
      typeof result === 'object' && result !== null && 'statusCode' in result
        ? (result as APIGatewayProxyStructuredResultV2)
        : undefined;
    if (!structured) {
      // Payload 2.0: a value without statusCode is a 200 whose body is the value as JSON.
      const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      return;
    }
    const headers: Record<string, string | string[]> = { ...(structured.headers as Record<string, string>) };
    if (structured.cookies?.length) headers['set-cookie'] = structured.cookies;
    const body = structured.body ?? '';
    res
      .writeHead(structured.statusCode ?? 200, headers)
      .end(structured.isBase64Encoded ? Buffer.from(body, 'base64') : body);
  }
}
