/**
 * Child process of `measurePerEvent`: loads the handlers the way Lambda would (one module
 * scope, environment already set), counts every AWS API call their shared clients make, and
 * runs the phases the parent asks for, measuring this process's own CPU. The stand-ins and
 * the event bus live in the parent, so their work is not in these numbers.
 *
 * Configuration: the functions' environment (set by the parent) and BENCH_WORKER (JSON).
 */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { APIGatewayProxyEvent, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { BusEvent } from '#local/event-bus';

/** Sent by the parent in BENCH_WORKER. */
export interface WorkerConfig {
  readonly runId: string;
  /** Queue ARNs by logical name, for the SQS records' eventSourceARN. */
  readonly queueArns: Record<string, string>;
  /** Count (and swallow) what the handlers write to stdout, per phase. */
  readonly countStdout: boolean;
}

export type Phase = 'submit' | 'process' | 'mail';

/** Parent to worker. */
export type WorkerRequest =
  | {
      readonly type: 'phase';
      readonly phase: Phase;
      readonly warmup: number;
      readonly measured: number;
      readonly busEvents?: readonly BusEvent[];
    }
  | {
      /**
       * Invokes one function with Lambda events the parent built (API requests, SQS batches or
       * schedule inputs), one at a time, all measured: for the flows measured by scenario.
       */
      readonly type: 'invoke';
      readonly function: string;
      readonly events: readonly unknown[];
      /** How an invocation's result counts failures. */
      readonly kind: 'api' | 'queue' | 'schedule';
      /** For 'api': the status codes that mean success (default 2xx). */
      readonly okStatuses?: readonly number[];
    }
  | { readonly type: 'exit' };

/** What one phase measured (warm-up excluded). */
export interface PhaseResult {
  readonly phase: Phase | 'invoke';
  readonly function: string;
  /** Requests (API) or records (queue) measured. */
  readonly measured: number;
  readonly invocations: number;
  readonly batchSize: number;
  readonly failures: number;
  readonly warmupFailures: number;
  readonly firstError?: string;
  readonly cpuUserMs: number;
  readonly cpuSystemMs: number;
  readonly wallMs: number;
  /** Wall time of each measured invocation. */
  readonly invocationWallMs: readonly number[];
  /** SDK commands sent, by `Service.Operation` (one per `send`, retries not included). */
  readonly apiCalls: Record<string, number>;
  /** HTTP attempts by operation (a retry counts again). */
  readonly attempts: Record<string, number>;
  /**
   * DynamoDB capacity consumed, as DynamoDB Local reports it (ReturnConsumedCapacity TOTAL, added
   * to every DynamoDB call): read units for GetItem, Query, Scan, BatchGetItem, TransactGetItems;
   * write units for the rest.
   */
  readonly capacity: { readonly readRequestUnits: number; readonly writeRequestUnits: number };
  readonly stdoutBytes: number;
  readonly stdoutLines: number;
  readonly rssMb: number;
}

/** Worker to parent. */
export type WorkerReply =
  | { readonly type: 'ready'; readonly instrumented: string[]; readonly documentClientSharesStack: boolean }
  | { readonly type: 'result'; readonly result: PhaseResult }
  | { readonly type: 'error'; readonly message: string };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(process.env.BENCH_WORKER ?? '{}') as WorkerConfig;
const reply = (message: WorkerReply) => process.send!(message);

// What the handlers log, counted per phase; before anything that logs is imported.
let stdoutBytes = 0;
let stdoutLines = 0;
if (config.countStdout) {
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    stdoutBytes += Buffer.byteLength(text);
    stdoutLines += text.split('\n').length - 1;
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
}

// The lib-dynamodb commands name themselves after the document API; count the DynamoDB operation.
const DOCUMENT_OPERATIONS: Record<string, string> = {
  Put: 'PutItem',
  Get: 'GetItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  TransactGet: 'TransactGetItems',
  TransactWrite: 'TransactWriteItems',
};
const operationName = (clientName = 'Unknown', commandName = 'Unknown') => {
  const service = clientName.replace(/(DocumentClient|Client)$/, '');
  const command = commandName.replace(/Command$/, '');
  return `${service}.${service === 'DynamoDB' ? (DOCUMENT_OPERATIONS[command] ?? command) : command}`;
};

let calls: Record<string, number> = {};
let attempts: Record<string, number> = {};
let capacity = { readRequestUnits: 0, writeRequestUnits: 0 };

/** Collects garbage and zeroes every counter, so what follows is measured on its own. */
function startMeasuring() {
  (globalThis as { gc?: () => void }).gc?.();
  calls = {};
  attempts = {};
  capacity = { readRequestUnits: 0, writeRequestUnits: 0 };
  stdoutBytes = 0;
  stdoutLines = 0;
}
const DYNAMODB_READ_OPERATIONS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems']);
/** Adds what DynamoDB reports consumed by one call (one entry, or one per table) to `capacity`. */
const addCapacity = (operation: string, output: unknown) => {
  const consumed = (output as { ConsumedCapacity?: unknown } | undefined)?.ConsumedCapacity;
  const entries = (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) as {
    CapacityUnits?: number;
  }[];
  const units = entries.reduce((sum, e) => sum + (e.CapacityUnits ?? 0), 0);
  if (DYNAMODB_READ_OPERATIONS.has(operation)) capacity.readRequestUnits += units;
  else capacity.writeRequestUnits += units;
};
const bump = (into: Record<string, number>, key: string) => {
  into[key] = (into[key] ?? 0) + 1;
};

interface Instrumentable {
  middlewareStack: {
    add(
      middleware: (
        next: (args: unknown) => Promise<unknown>,
        context: { clientName?: string; commandName?: string },
      ) => (args: unknown) => Promise<unknown>,
      options: { step: 'initialize' | 'deserialize'; name: string },
    ): void;
  };
  send: unknown;
}
const isClient = (value: unknown): value is Instrumentable =>
  typeof value === 'object' &&
  value !== null &&
  'middlewareStack' in value &&
  'send' in value &&
  typeof (value as { send: unknown }).send === 'function';

/** Counts every send of `client` (calls, HTTP attempts, DynamoDB capacity), once per middleware stack. */
function instrument(client: Instrumentable) {
  stacks.add(client.middlewareStack);
  // initialize: once per send; deserialize: once per HTTP attempt (inside the retry loop).
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = operationName(context.clientName, context.commandName);
      bump(calls, operation);
      if (!operation.startsWith('DynamoDB.')) return next(args);
      const input = (args as { input?: Record<string, unknown> }).input;
      if (input && input.ReturnConsumedCapacity === undefined) input.ReturnConsumedCapacity = 'TOTAL';
      const result = (await next(args)) as { output?: unknown };
      addCapacity(operation.slice('DynamoDB.'.length), result.output);
      return result;
    },
    { step: 'initialize', name: 'benchCountCalls' },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      bump(attempts, operationName(context.clientName, context.commandName));
      return next(args);
    },
    { step: 'deserialize', name: 'benchCountAttempts' },
  );
}

/**
 * A handler may make a client of its own (deliverEdition's paced SES client): every client of a
 * class the shared clients use is instrumented on its first send, before its stack is resolved.
 */
const patchedClasses = new Set<unknown>();
function patchClass(client: Instrumentable) {
  const proto = Object.getPrototypeOf(client) as { send: (...args: unknown[]) => unknown };
  if (patchedClasses.has(proto)) return;
  patchedClasses.add(proto);
  const send = proto.send;
  proto.send = function (this: Instrumentable, ...args: unknown[]) {
    if (!stacks.has(this.middlewareStack)) {
      instrument(this);
      instrumented.push(`${(this as { constructor: { name: string } }).constructor.name} made by a handler`);
    }
    return send.apply(this, args);
  };
}

// Every shared client, instrumented before any handler module is loaded.
const instrumented: string[] = [];
const stacks = new Set<unknown>();
const clientsDir = resolve(ROOT, 'functions/commons/clients');
const exportsByModule: Record<string, Record<string, unknown>> = {};
for (const file of readdirSync(clientsDir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const module = (await import(pathToFileURL(resolve(clientsDir, file)).href)) as Record<string, unknown>;
  exportsByModule[file] = module;
  for (const [name, client] of Object.entries(module)) {
    if (!isClient(client)) continue;
    if (stacks.has(client.middlewareStack)) {
      instrumented.push(`${file}:${name} (shares a counted stack)`);
      continue;
    }
    instrument(client);
    patchClass(client);
    instrumented.push(`${file}:${name}`);
  }
}
const dynamo = exportsByModule['dynamodb.ts'] as
  | { dynamoDb?: Instrumentable; documentClient?: Instrumentable }
  | undefined;
const documentClientSharesStack =
  dynamo?.dynamoDb !== undefined &&
  dynamo.documentClient?.middlewareStack === dynamo.dynamoDb.middlewareStack;

// Only now the handlers: their module scope runs as in a cold start, with counted clients.
const { systemWiring } = await import('#wiring/system');
const { lambdaContext } = await import('#local/lambda-context');
const { apiGatewayRestEvent } = await import('#local/http-api');
const { sqsRecord } = await import('#local/sqs-poller');
const { newBookingId } = await import('#functions/commons/booking-id');
const { BookingSubmittedEvent } = await import('#events/booking-submitted');
const { envelope } = await import('#events/envelope');
const { benchBookingRequest } = await import('./throughput.ts');
type Handler = (event: unknown, context: ReturnType<typeof lambdaContext>) => Promise<unknown>;
const handlers: Record<string, Handler> = {};
for (const [name, fn] of Object.entries(systemWiring.functions)) {
  const module = (await import(pathToFileURL(resolve(ROOT, fn.entry)).href)) as { handler: Handler };
  handlers[name] = module.handler;
}

const submitRoute = systemWiring.routes.find((r) => r.method === 'POST' && r.path === '/bookings')!;
const consumerOf = (queue: 'bookings' | 'email') => systemWiring.queues[queue].consumer;

const apiEvent = (body: string): APIGatewayProxyEvent =>
  apiGatewayRestEvent({
    route: submitRoute,
    url: new URL(submitRoute.path, 'https://bookings.example.org'),
    // As a browser sends them over HTTP/2 (lower case); API Gateway adds the X-Forwarded-* headers.
    headers: [
      ['content-type', 'application/json'],
      ['content-length', String(Buffer.byteLength(body))],
      ['host', 'bookings.example.org'],
      ['user-agent', 'Mozilla/5.0 (bench)'],
    ],
    body: Buffer.from(body),
    sourceIp: '203.0.113.10',
    receivedAt: new Date(),
  });

const queueRecord = (body: string, queue: string): SQSRecord =>
  sqsRecord(
    { MessageId: randomUUID(), ReceiptHandle: randomUUID(), Body: body },
    config.queueArns[queue]!,
    process.env.AWS_REGION ?? 'eu-west-2',
    (realMs) => new Date(realMs),
  );

const inBatches = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

async function runPhase(request: Extract<WorkerRequest, { type: 'phase' }>): Promise<PhaseResult> {
  const { phase, warmup, measured } = request;
  const name =
    phase === 'submit'
      ? submitRoute.function
      : phase === 'process'
        ? consumerOf('bookings').function
        : consumerOf('email').function;
  const fn = systemWiring.functions[name];
  const batchSize =
    phase === 'submit'
      ? 1
      : phase === 'process'
        ? consumerOf('bookings').batchSize
        : consumerOf('email').batchSize;

  // Every event is built before the clock starts.
  let events: unknown[];
  let failuresOf: (result: unknown, event: unknown) => number;
  if (phase === 'submit') {
    events = Array.from({ length: warmup + measured }, (_, i) =>
      apiEvent(JSON.stringify(benchBookingRequest(i, `${config.runId}-api`))),
    );
    failuresOf = (result) => ((result as { statusCode?: number }).statusCode === 202 ? 0 : 1);
  } else {
    let bodies: string[];
    if (phase === 'process') {
      const ids = new Set<string>();
      bodies = Array.from({ length: warmup + measured }, (_, i) => {
        let bookingId = newBookingId();
        while (ids.has(bookingId)) bookingId = newBookingId();
        ids.add(bookingId);
        const receivedAt = new Date();
        const submitted = envelope(
          BookingSubmittedEvent,
          {
            ...benchBookingRequest(i, `${config.runId}-queue`),
            bookingId,
            receivedAt: receivedAt.toISOString(),
          },
          { eventId: randomUUID(), occurredAt: receivedAt, correlationId: randomUUID() },
        );
        return JSON.stringify(submitted);
      });
    } else {
      bodies = (request.busEvents ?? []).map((e) => JSON.stringify(e));
      if (bodies.length < warmup + measured) {
        throw new Error(`mail phase needs ${warmup + measured} bus events, got ${bodies.length}`);
      }
    }
    const queue = phase === 'process' ? 'bookings' : 'email';
    events = inBatches(
      bodies.map((b) => queueRecord(b, queue)),
      batchSize,
    ).map((records): SQSEvent => ({ Records: records }));
    failuresOf = (result, event) =>
      result === undefined
        ? 0
        : ((result as SQSBatchResponse).batchItemFailures?.length ?? (event as SQSEvent).Records.length);
  }
  const warmupInvocations = phase === 'submit' ? warmup : Math.ceil(warmup / batchSize);
  let firstError: string | undefined;
  const call = async (event: unknown) => {
    try {
      const result = await handlers[name]!(event, lambdaContext(name, fn.timeoutSeconds, fn.memoryMb));
      return failuresOf(result, event);
    } catch (error) {
      firstError ??= (error as Error).stack ?? String(error);
      return phase === 'submit' ? 1 : (event as SQSEvent).Records.length;
    }
  };

  let warmupFailures = 0;
  for (const event of events.slice(0, warmupInvocations)) warmupFailures += await call(event);

  startMeasuring();
  let failures = 0;
  const invocationWallMs: number[] = [];
  const measuredEvents = events.slice(warmupInvocations);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const event of measuredEvents) {
    const started = performance.now();
    failures += await call(event);
    invocationWallMs.push(performance.now() - started);
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    phase,
    function: name,
    measured,
    invocations: measuredEvents.length,
    batchSize,
    failures,
    warmupFailures,
    ...(firstError ? { firstError } : {}),
    cpuUserMs: cpu.user / 1000,
    cpuSystemMs: cpu.system / 1000,
    wallMs,
    invocationWallMs,
    apiCalls: calls,
    attempts,
    capacity,
    stdoutBytes,
    stdoutLines,
    rssMb: process.memoryUsage().rss / 2 ** 20,
  };
}

/** Runs a parent-built scenario step: every event measured, one invocation at a time. */
async function runInvoke(request: Extract<WorkerRequest, { type: 'invoke' }>): Promise<PhaseResult> {
  const name = request.function;
  const fn = systemWiring.functions[name as keyof typeof systemWiring.functions];
  if (!fn || !handlers[name]) throw new Error(`no function ${name}`);
  const ok = (status: number | undefined) =>
    request.okStatuses
      ? request.okStatuses.includes(status ?? 0)
      : (status ?? 0) >= 200 && (status ?? 0) < 300;
  let firstError: string | undefined;
  let records = 0;
  const failuresOf = (result: unknown, event: unknown): number => {
    if (request.kind === 'api') {
      const response = result as { statusCode?: number; body?: string };
      if (ok(response.statusCode)) return 0;
      firstError ??= `${response.statusCode}: ${response.body}`;
      return 1;
    }
    if (request.kind === 'queue') {
      const failed = (result as SQSBatchResponse | undefined)?.batchItemFailures?.length ?? 0;
      if (failed) firstError ??= `${failed} of ${(event as SQSEvent).Records.length} records failed`;
      return failed;
    }
    return 0;
  };
  startMeasuring();
  let failures = 0;
  const invocationWallMs: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const event of request.events) {
    records += request.kind === 'queue' ? (event as SQSEvent).Records.length : 1;
    const started = performance.now();
    try {
      const result = await handlers[name]!(event, lambdaContext(name, fn.timeoutSeconds, fn.memoryMb));
      failures += failuresOf(result, event);
    } catch (error) {
      firstError ??= (error as Error).stack ?? String(error);
      failures += request.kind === 'queue' ? (event as SQSEvent).Records.length : 1;
    }
    invocationWallMs.push(performance.now() - started);
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    phase: 'invoke',
    function: name,
    measured: records,
    invocations: request.events.length,
    batchSize:
      request.kind === 'queue'
        ? Math.max(1, ...request.events.map((e) => (e as SQSEvent).Records.length))
        : 1,
    failures,
    warmupFailures: 0,
    ...(firstError ? { firstError } : {}),
    cpuUserMs: cpu.user / 1000,
    cpuSystemMs: cpu.system / 1000,
    wallMs,
    invocationWallMs,
    apiCalls: calls,
    attempts,
    capacity,
    stdoutBytes,
    stdoutLines,
    rssMb: process.memoryUsage().rss / 2 ** 20,
  };
}

process.on('message', (message: WorkerRequest) => {
  if (message.type === 'exit') process.exit(0);
  (message.type === 'invoke' ? runInvoke(message) : runPhase(message)).then(
    (result) => reply({ type: 'result', result }),
    (error: unknown) => reply({ type: 'error', message: (error as Error).stack ?? String(error) }),
  );
});
// Whatever becomes of the parent, this process goes with it.
process.on('disconnect', () => process.exit(0));
reply({ type: 'ready', instrumented, documentClientSharesStack });
