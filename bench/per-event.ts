import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AttributeValue, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoDbSchoolDirectory } from '#functions/adapters/dynamodb-school-directory';
import { type BusEvent, LocalEventBus } from '#local/event-bus';
import { provision } from '#local/provision';
import { SAMPLE_SCHOOL_FILES } from '#local/runtime';
import { importSchoolFiles } from '#local/school-files';
import { type StandIns, startStandIns } from '#local/stand-ins';
import { environmentFor, settingValues } from '#wiring/environment';
import { systemWiring } from '#wiring/system';
import type { FlowUsage } from './cost-model.ts';
import { type LandedFlows, measureLandedFlows } from './landed-flows.ts';
import type { Phase, PhaseResult, WorkerConfig, WorkerReply, WorkerRequest } from './per-event-worker.ts';
import { type BenchSection, median, percentile, round } from './section.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORKER = resolve(ROOT, 'bench/per-event-worker.ts');
const REGION = 'eu-west-2';
const HOST = '127.0.0.1';
const PHASE_TIMEOUT_MS = 180_000;

/** One flow's AWS usage per event, for the cost model. */
export type { FlowUsage } from './cost-model.ts';

/** A running worker process and a way to ask it things, one at a time. */
export interface Worker {
  readonly ready: Extract<WorkerReply, { type: 'ready' }>;
  run(request: Exclude<WorkerRequest, { type: 'exit' }>): Promise<PhaseResult>;
  stop(): Promise<void>;
}

/** Starts a worker process (bench/per-event-worker.ts) with the functions' environment. */
export async function startWorker(env: NodeJS.ProcessEnv, config: WorkerConfig): Promise<Worker> {
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', WORKER], {
    cwd: ROOT,
    env: { ...env, BENCH_WORKER: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  child.stdout?.resume();
  let exited: string | undefined;
  const waiting: { resolve(reply: WorkerReply): void; reject(error: Error): void }[] = [];
  child.on('message', (message: WorkerReply) => waiting.shift()?.resolve(message));
  child.once('exit', (code, signal) => {
    exited = `worker exited (${code ?? signal}): ${stderr.trim()}`;
    for (const w of waiting.splice(0)) w.reject(new Error(exited));
  });
  const next = (what: string) =>
    new Promise<WorkerReply>((resolveReply, reject) => {
      if (exited) return reject(new Error(exited));
      const timer = setTimeout(
        () => reject(new Error(`worker did not answer ${what} within ${PHASE_TIMEOUT_MS} ms`)),
        PHASE_TIMEOUT_MS,
      );
      waiting.push({
        resolve: (reply) => {
          clearTimeout(timer);
          resolveReply(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    if (child.connected) child.send({ type: 'exit' } satisfies WorkerRequest);
    await Promise.race([gone, new Promise((r) => setTimeout(r, 3_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  try {
    const ready = await next('ready');
    if (ready.type !== 'ready') throw new Error(`worker failed to start: ${JSON.stringify(ready)}`);
    return {
      ready,
      stop,
      async run(request) {
        const what = request.type === 'phase' ? request.phase : `invoke ${request.function}`;
        const answer = next(what);
        child.send(request);
        const reply = await answer;
        if (reply.type === 'error') throw new Error(`worker ${what} failed: ${reply.message}`);
        if (reply.type !== 'result') throw new Error(`unexpected worker reply ${reply.type}`);
        return reply.result;
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** DynamoDB's size of an item (attribute names plus values), as it bills storage and capacity. */
export function dynamoDbItemBytes(item: Record<string, AttributeValue>): number {
  const valueBytes = (value: AttributeValue): number => {
    if (value.S !== undefined) return Buffer.byteLength(value.S);
    if (value.N !== undefined) {
      const digits = value.N.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length || 1;
      return Math.ceil(digits / 2) + 1;
    }
    if (value.B !== undefined) return value.B.byteLength;
    if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
    if (value.SS) return value.SS.reduce((s, v) => s + Buffer.byteLength(v), 0);
    if (value.NS) return value.NS.reduce((s, v) => s + valueBytes({ N: v }), 0);
    if (value.L) return 3 + value.L.reduce((s, v) => s + 1 + valueBytes(v), 0);
    if (value.M)
      return (
        3 + Object.entries(value.M).reduce((s, [k, v]) => s + 1 + Buffer.byteLength(k) + valueBytes(v), 0)
      );
    return 0;
  };
  return Object.entries(item).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name) + valueBytes(value),
    0,
  );
}

// Lambda's own JSON log records per invocation (loggingFormat JSON, system log level INFO).
const PLATFORM_RECORDS = [
  JSON.stringify({
    time: '2026-01-05T09:14:27.482Z',
    type: 'platform.start',
    record: { requestId: randomUUID(), version: '$LATEST' },
  }),
  JSON.stringify({
    time: '2026-01-05T09:14:27.531Z',
    type: 'platform.report',
    record: {
      requestId: randomUUID(),
      metrics: { durationMs: 48.21, billedDurationMs: 49, memorySizeMB: 512, maxMemoryUsedMB: 98 },
      status: 'success',
    },
  }),
];
const PLATFORM_BYTES_PER_INVOCATION = PLATFORM_RECORDS.reduce((s, r) => s + Buffer.byteLength(r) + 1, 0);

const perEvent = (totals: Record<string, number>, events: number) =>
  Object.fromEntries(
    Object.entries(totals)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([op, n]) => [op, round(n / events, 3)]),
  );
const sumOps = (...maps: Record<string, number>[]) => {
  const out: Record<string, number> = {};
  for (const map of maps) for (const [op, n] of Object.entries(map)) out[op] = round((out[op] ?? 0) + n, 3);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
};
const describeOps = (ops: Record<string, number>) =>
  Object.entries(ops)
    .map(([op, n]) => `${op} ${n}`)
    .join(', ');

/**
 * Per-event work: CPU and wall time per record of each booking handler on `records` events,
 * in a child process (so the stand-ins' CPU is not counted), and the AWS API calls each makes,
 * counted by SDK middleware on the shared clients; summed per flow for the cost model.
 */
export async function measurePerEvent(
  options: { records?: number; landedFlows?: boolean } = {},
): Promise<BenchSection> {
  const records = options.records ?? 1_000;
  const logRunRecords = 50;
  const runId = randomUUID().slice(0, 8);
  const prefix = `bench-${runId}-`;
  const busName = `${prefix}education`;
  const mailFrom = 'workforce.development@example.gov.uk';
  const local = { region: REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

  let standIns: StandIns | undefined;
  let dynamoDb: DynamoDBClient | undefined;
  let sqs: SQSClient | undefined;
  let bus: LocalEventBus | undefined;
  const workers: Worker[] = [];
  try {
    standIns = await startStandIns({ host: HOST, sesPort: 0 });
    const { endpoints } = standIns;
    dynamoDb = new DynamoDBClient({ ...local, endpoint: endpoints.dynamodb });
    sqs = new SQSClient({ ...local, endpoint: endpoints.sqs });
    const resources = await provision(systemWiring, { dynamoDb, sqs, sqsEndpoint: endpoints.sqs }, prefix);
    // Bookings take their school from the directory: load the sample one, as the local runtime does.
    await importSchoolFiles(
      dynamoDbSchoolDirectory(
        DynamoDBDocumentClient.from(dynamoDb, { marshallOptions: { removeUndefinedValues: true } }),
        resources.tables.directory!,
      ),
      SAMPLE_SCHOOL_FILES,
    );

    // The bus routes as EventBridge would, but delivers into memory: the parent hands the
    // confirmed bookings to the mailer phase as EventBridge-shaped events.
    const delivered: Record<string, BusEvent[]> = {};
    bus = new LocalEventBus(
      busName,
      systemWiring.rules.map((rule) => ({
        id: rule.id,
        eventPattern: rule.eventPattern,
        deliver: async (event: BusEvent) => {
          const into = delivered[rule.target.queue] ?? [];
          delivered[rule.target.queue] = into;
          into.push(event);
        },
      })),
      REGION,
    );
    const eventBusUrl = await bus.listen(0, HOST);

    // The same environment the local runtime gives its handlers.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
      AWS_ENDPOINT_URL_SQS: endpoints.sqs,
      AWS_ENDPOINT_URL_SES: endpoints.ses,
      AWS_ENDPOINT_URL_SESV2: endpoints.ses,
      AWS_ENDPOINT_URL_EVENTBRIDGE: eventBusUrl,
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_SERVICE_NAME: 'education-local',
    };
    const values = {
      table: (name: string) => resources.tables[name]!,
      queueUrl: (name: string) => resources.queues[name]!.url,
      busName,
      mailFrom,
      mailConfigurationSet: 'bench-mail',
      setting: settingValues(),
    };
    for (const fn of Object.values(systemWiring.functions))
      Object.assign(env, environmentFor(systemWiring, fn, values));
    const queueArns = Object.fromEntries(Object.entries(resources.queues).map(([name, q]) => [name, q.arn]));

    const runAll = async (workerEnv: NodeJS.ProcessEnv, config: WorkerConfig, measured: number) => {
      const worker = await startWorker(workerEnv, config);
      workers.push(worker);
      const results: Record<Phase, PhaseResult> = {} as Record<Phase, PhaseResult>;
      const warmup = (phase: Phase) =>
        phase === 'submit'
          ? 10
          : systemWiring.queues[phase === 'process' ? 'bookings' : 'email'].consumer.batchSize;
      results.submit = await worker.run({
        type: 'phase',
        phase: 'submit',
        warmup: warmup('submit'),
        measured,
      });
      delivered.email = [];
      results.process = await worker.run({
        type: 'phase',
        phase: 'process',
        warmup: warmup('process'),
        measured,
      });
      const busEvents = delivered.email;
      delivered.email = [];
      results.mail = await worker.run({
        type: 'phase',
        phase: 'mail',
        warmup: warmup('mail'),
        measured,
        busEvents,
      });
      await worker.stop();
      for (const result of Object.values(results)) {
        if (result.failures || result.warmupFailures) {
          throw new Error(
            `${result.function}: ${result.failures} failed of ${result.measured} (${result.warmupFailures} in warm-up): ${result.firstError ?? 'records reported as failed'}`,
          );
        }
      }
      return { ready: worker.ready, results, busEvents };
    };

    const main = await runAll(env, { runId, queueArns, countStdout: false }, records);
    // A separate small run at the production log level (INFO, metrics on) to size the logs.
    const logs = await runAll(
      {
        ...env,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        POWERTOOLS_METRICS_DISABLED: 'false',
        POWERTOOLS_METRICS_NAMESPACE: 'EccEducation',
        POWERTOOLS_SERVICE_NAME: 'processBooking',
      },
      { runId: `${runId}L`, queueArns, countStdout: true },
      logRunRecords,
    );

    // The flows landed since: EHCP, comms items, the Monday email (bench/landed-flows.ts).
    let landed: LandedFlows | undefined;
    if (options.landedFlows !== false) {
      const worker = await startWorker(
        {
          ...env,
          POWERTOOLS_LOG_LEVEL: 'INFO',
          POWERTOOLS_METRICS_DISABLED: 'false',
          POWERTOOLS_METRICS_NAMESPACE: 'EccEducation',
          POWERTOOLS_SERVICE_NAME: 'education',
        },
        { runId: `${runId}F`, queueArns, countStdout: true },
      );
      workers.push(worker);
      landed = await measureLandedFlows({
        worker,
        delivered,
        sqs,
        queues: resources.queues,
        platformBytesPerInvocation: PLATFORM_BYTES_PER_INVOCATION,
        runId,
        tableBytes: async (table) => {
          let bytes = 0;
          let startKey: Record<string, AttributeValue> | undefined;
          do {
            const page = await dynamoDb!.send(
              new ScanCommand({ TableName: resources.tables[table]!, ExclusiveStartKey: startKey }),
            );
            for (const item of page.Items ?? []) bytes += dynamoDbItemBytes(item);
            startKey = page.LastEvaluatedKey;
          } while (startKey);
          return bytes;
        },
      });
      await worker.stop();
    }

    // What one booking leaves stored: its item, and the idempotency records (until their TTL).
    const bookingSizes: number[] = [];
    let exclusiveStartKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await dynamoDb.send(
        new ScanCommand({ TableName: resources.tables.education!, ExclusiveStartKey: exclusiveStartKey }),
      );
      for (const item of page.Items ?? []) {
        if (item.entity?.S === 'Booking') bookingSizes.push(dynamoDbItemBytes(item));
      }
      exclusiveStartKey = page.LastEvaluatedKey;
    } while (exclusiveStartKey);
    if (bookingSizes.length < records) {
      throw new Error(`${bookingSizes.length} bookings stored, expected at least ${records}`);
    }
    const storedBytes = Math.round(bookingSizes.reduce((s, b) => s + b, 0) / bookingSizes.length);
    const { Items: idempotencyItems = [] } = await dynamoDb.send(
      new ScanCommand({ TableName: resources.tables.idempotency!, Limit: 200 }),
    );
    const idempotencyBytes: Record<string, number[]> = {};
    for (const item of idempotencyItems) {
      const kind = /^([a-z-]+)#/.exec(item.id?.S ?? '')?.[1] ?? item.id?.S?.split('#')[0] ?? 'unknown';
      idempotencyBytes[kind] = [...(idempotencyBytes[kind] ?? []), dynamoDbItemBytes(item)];
    }
    const idempotencyMedianBytes = Object.fromEntries(
      Object.entries(idempotencyBytes).map(([kind, sizes]) => [kind, median(sizes)]),
    );

    const phases: Phase[] = ['submit', 'process', 'mail'];
    const perHandler = phases.map((phase) => {
      const r = main.results[phase];
      const l = logs.results[phase];
      const fn = systemWiring.functions[r.function as keyof typeof systemWiring.functions];
      const cpuMs = r.cpuUserMs + r.cpuSystemMs;
      const apiCalls = perEvent(r.apiCalls, r.measured);
      const attempts = perEvent(r.attempts, r.measured);
      return {
        phase,
        function: r.function,
        unit: phase === 'submit' ? 'request' : 'record',
        memoryMb: fn.memoryMb,
        batchSize: r.batchSize,
        events: r.measured,
        invocations: r.invocations,
        failures: r.failures,
        cpuMsPerEvent: round(cpuMs / r.measured, 3),
        cpuUserMsPerEvent: round(r.cpuUserMs / r.measured, 3),
        cpuSystemMsPerEvent: round(r.cpuSystemMs / r.measured, 3),
        wallMsPerEvent: round(r.wallMs / r.measured, 3),
        invocationWallMs: {
          p50: round(median(r.invocationWallMs), 2),
          p95: round(percentile(r.invocationWallMs, 0.95), 2),
        },
        apiCallsPerEvent: apiCalls,
        apiCallsPerEventTotal: round(
          Object.values(apiCalls).reduce((s, n) => s + n, 0),
          3,
        ),
        httpAttemptsPerEvent: attempts,
        logBytesPerEvent: round(l.stdoutBytes / l.measured, 1),
        logLinesPerEvent: round(l.stdoutLines / l.measured, 2),
        rssMb: round(r.rssMb, 1),
      };
    });

    const consumers = Object.values(systemWiring.queues).flatMap((q) =>
      'consumer' in q ? [q.consumer] : [],
    );
    const invocationsPerBooking = 1 + consumers.reduce((s, c) => s + 1 / c.batchSize, 0);
    const handlerLogBytes = perHandler.reduce((s, h) => s + h.logBytesPerEvent, 0);
    const platformLogBytes = PLATFORM_BYTES_PER_INVOCATION * invocationsPerBooking;
    const bookingFlow: FlowUsage = {
      flow: 'booking',
      landed: true,
      perEvent: {
        apiCalls: sumOps(...perHandler.map((h) => h.apiCallsPerEvent)),
        lambdaInvocations: round(invocationsPerBooking, 3),
        lambdaGbSeconds: round(
          perHandler.reduce((s, h) => s + (h.wallMsPerEvent / 1000) * (h.memoryMb / 1024), 0),
          6,
        ),
        apiGatewayRequests: 1,
        sqsEventSourceRequests: round(
          consumers.reduce((s, c) => s + 2 / c.batchSize, 0),
          3,
        ),
        logBytes: Math.round(handlerLogBytes + platformLogBytes),
        storedBytes,
      },
    };
    const flowCalls = Object.values(bookingFlow.perEvent.apiCalls).reduce((s, n) => s + n, 0);
    const mismatched = perHandler.filter(
      (h) => JSON.stringify(h.apiCallsPerEvent) !== JSON.stringify(h.httpAttemptsPerEvent),
    );

    const rows: (string | number)[][] = perHandler.map((h) => [
      `${h.function} (per ${h.unit})`,
      h.events,
      h.invocations,
      h.failures,
      h.cpuMsPerEvent,
      h.wallMsPerEvent,
      h.apiCallsPerEventTotal,
      describeOps(h.apiCallsPerEvent),
    ]);
    rows.push([
      'booking flow (per booking)',
      records,
      round(invocationsPerBooking, 2),
      0,
      round(
        perHandler.reduce((s, h) => s + h.cpuMsPerEvent, 0),
        3,
      ),
      round(
        perHandler.reduce((s, h) => s + h.wallMsPerEvent, 0),
        3,
      ),
      round(flowCalls, 3),
      describeOps(bookingFlow.perEvent.apiCalls),
    ]);

    const notes = [
      `Each handler ran in a child Node process (${process.version}, tsx) against the local stand-ins in the parent: ${records} events after one uncounted warm-up invocation set (10 API requests, one queue batch), in invocations of the wiring's batch size, one at a time as one Lambda execution environment would. CPU is the worker's process.cpuUsage() (user + system) over the measured invocations, divided by events; wall is the same span's elapsed time.`,
      'Inputs: API Gateway REST API (payload 1.0) POST /bookings events with unique submissions; BookingSubmitted envelopes with unique bookingIds; for the mailer, the BookingConfirmed events processBooking actually published, as the bus rule delivered them (EventBridge envelope in the SQS body).',
      `API calls are counted by middleware on every shared client in functions/commons/clients (${main.ready.instrumented.join('; ')}; the document client shares the DynamoDB client's stack: ${main.ready.documentClientSharesStack ? 'yes' : 'NO'}), once per send at the initialize step; HTTP attempts at the deserialize step ${mismatched.length === 0 ? 'matched them exactly (no retries)' : `differed for ${mismatched.map((h) => h.function).join(', ')} (retries)`}.`,
      `Per booking: ${round(invocationsPerBooking, 2)} Lambda invocations (1 API + 1/batch size per queue consumer), ${bookingFlow.perEvent.sqsEventSourceRequests} event-source SQS requests (ReceiveMessage + DeleteMessageBatch per full batch; idle long polls are a fixed cost, not per event), plus 1 SQS SendMessage per booking made by the EventBridge rule delivering to the email queue (billed, not an API call of ours). GB-seconds use measured wall time per event × memory (${perHandler.map((h) => `${h.function} ${h.memoryMb} MB`).join(', ')}) on this machine, not Lambda's ARM cores.`,
      `Full batches are the best case: a booking that arrives alone (a quiet hour) is a batch of one on each queue, ${1 + consumers.length} invocations and ${2 * consumers.length} event-source requests per booking (data.batchesOfOne).`,
      `Log bytes: measured from a separate ${logRunRecords}-event run at INFO with metrics on (handler output ${round(handlerLogBytes, 0)} B per booking: ${perHandler.map((h) => `${h.function} ${h.logBytesPerEvent} B`).join(', ')}), plus an estimate of Lambda's JSON platform.start/platform.report records (${PLATFORM_BYTES_PER_INVOCATION} B per invocation, ${round(platformLogBytes, 0)} B per booking).`,
      `Stored bytes: the booking item as DynamoDB sizes it (mean of ${bookingSizes.length}: ${storedBytes} B, ${Math.min(...bookingSizes)}–${Math.max(...bookingSizes)} B). Idempotency records also stay until their TTL: ${Object.entries(
        idempotencyMedianBytes,
      )
        .map(([kind, b]) => `${kind} ${b} B`)
        .join(', ')} (kept 30 days each: submit-booking, booking-email).`,
      ...(landed?.notes ?? []),
    ];
    rows.push(...(landed?.rows ?? []));

    return {
      id: 'per-event',
      title: 'Per-event work: CPU, wall time and AWS API calls per event',
      status: 'measured',
      columns: [
        'handler',
        'events',
        'invocations',
        'failures',
        'CPU ms / event',
        'wall ms / event',
        'API calls / event',
        'API calls by operation',
      ],
      rows,
      notes,
      data: {
        records,
        handlers: perHandler,
        flows: [bookingFlow],
        landedFlows: landed?.flows ?? [],
        landed: landed?.data,
        batchesOfOne: {
          lambdaInvocations: 1 + consumers.length,
          sqsEventSourceRequests: 2 * consumers.length,
        },
        ruleTargetSqsSendsPerBooking: 1,
        logs: {
          run: { events: logRunRecords, level: 'INFO', metrics: true },
          handlerBytesPerBooking: round(handlerLogBytes, 1),
          platformBytesPerInvocation: PLATFORM_BYTES_PER_INVOCATION,
          platformBytesPerBooking: round(platformLogBytes, 1),
          estimated: 'platform records',
        },
        stored: {
          bookingItemBytes: storedBytes,
          bookingItemBytesRange: [Math.min(...bookingSizes), Math.max(...bookingSizes)],
          idempotencyRecordBytes: idempotencyMedianBytes,
        },
        instrumented: main.ready.instrumented,
        documentClientSharesStack: main.ready.documentClientSharesStack,
      },
    };
  } finally {
    for (const worker of workers) await worker.stop().catch(() => undefined);
    await bus?.close().catch(() => undefined);
    dynamoDb?.destroy();
    sqs?.destroy();
    await standIns?.stop().catch(() => undefined);
  }
}
