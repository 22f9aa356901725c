import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { toMessageBody } from '#events/message-body';
import { dynamoDbSchoolDirectory } from '#functions/adapters/dynamodb-school-directory';
import { type EnvironmentValues, environmentFor, settingValues } from '#wiring/environment';
import { openApiDocument } from '#wiring/openapi';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';
import { LocalEventBus } from './event-bus.ts';
import { LocalHttpApi } from './http-api.ts';
import { invoke, type LambdaHandler } from './lambda-context.ts';
import { type LocalResources, provision } from './provision.ts';
import { type Fired, ScheduleTicker } from './schedule-ticker.ts';
import {
  describeRejection,
  importSchoolFiles,
  type SchoolFiles,
  type SchoolFilesSummary,
} from './school-files.ts';
import { startSqsPoller } from './sqs-poller.ts';
import { type StandInEndpoints, type StandIns, startStandIns } from './stand-ins.ts';
import { ClockMovedBackwardsError, parseInstant, VirtualClock } from './virtual-clock.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REGION = 'eu-west-2';

/** The invented sample directory every local run loads unless told otherwise. */
export const SAMPLE_SCHOOL_FILES: SchoolFiles = {
  extract: resolve(ROOT, 'local/sample/gias-sample.csv'),
  contacts: resolve(ROOT, 'local/sample/school-contacts.csv'),
};

/** What a running local system writes to its state file, for tools (e.g. `npm run import:schools`) to find it. */
export interface LocalRuntimeState {
  readonly pid: number;
  readonly region: string;
  readonly apiUrl: string;
  readonly endpoints: StandInEndpoints;
  /** Physical table names by logical name. */
  readonly tables: Record<string, string>;
}

/** How to run the system locally. Every option has the default `npm start` uses. */
export interface LocalRuntimeOptions {
  readonly wiring?: AnyWiring;
  /** API port (3000; 0 for any free port). */
  readonly port?: number;
  /** SES inbox port (8005; 0 for any). Ignored when `standIns` is given. */
  readonly inboxPort?: number;
  readonly host?: string;
  /** Reuse stand-ins that are already running (tests share one set) instead of starting them. */
  readonly standIns?: StandInEndpoints;
  /** Prefix for table and queue names, keeping parallel runs apart on shared stand-ins. */
  readonly prefix?: string;
  readonly mailFrom?: string;
  /** Deployment settings (wiring/settings.ts) overriding their placeholder defaults. */
  readonly settings?: Partial<Record<string, string>>;
  /** Where the virtual clock starts (default: the real now). `npm start -- --now <instant>` sets it. */
  readonly clockStart?: Date;
  /** Let the virtual clock run on with real time from its start, as a deployed system's would (npm start: yes; tests: no, it stands until moved). */
  readonly followRealTime?: boolean;
  /** Handler log level (POWERTOOLS_LOG_LEVEL): WARN unless set. */
  readonly logLevel?: string;
  /** Files loaded into the schools directory at start (the invented sample unless given; `false`: none). */
  readonly schools?: SchoolFiles | false;
  /** Writes {@link LocalRuntimeState} here once started, and removes it on stop (npm start: `.local/runtime.json`). */
  readonly stateFile?: string;
  /** Told of every queue batch, for logs and tests. */
  readonly onBatch?: (outcome: { queue: string; received: number; failed: number; error?: unknown }) => void;
}

/** The running system. */
export interface LocalRuntime {
  readonly apiUrl: string;
  readonly inboxUrl: string;
  readonly eventBusUrl: string;
  readonly endpoints: StandInEndpoints;
  readonly resources: LocalResources;
  readonly bus: LocalEventBus;
  /** The virtual clock every handler's time comes from. */
  readonly clock: VirtualClock;
  /** Moves the virtual clock forward and fires every schedule due on the way (what `POST /local/clock` does). */
  advanceClock(to: Date): Promise<Fired[]>;
  /** What loading the schools directory did, with each rejected row described; absent if nothing was loaded. */
  readonly schools?: SchoolFilesSummary & { readonly rejections: readonly string[] };
  stop(): Promise<void>;
}

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const sendJson = (res: ServerResponse, status: number, body: unknown) =>
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify(body, null, 2));

/**
 * Runs every handler in-process against the real stand-ins, wired exactly as the CDK app
 * wires AWS: the API routes, one SQS poller per consumed queue, the event bus with its
 * rules, and the schedules on a virtual clock (`POST /local/clock` moves it forward).
 */
export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const wiring: AnyWiring = options.wiring ?? systemWiring;
  const host = options.host ?? '127.0.0.1';
  const prefix = options.prefix ?? '';
  const stoppers: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const s of stoppers.reverse()) await s().catch(() => undefined);
  };

  try {
    Object.assign(process.env, {
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
      AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
      POWERTOOLS_LOG_LEVEL: options.logLevel ?? process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_SERVICE_NAME: 'education-local',
    });

    let standIns: StandIns | undefined;
    if (!options.standIns) {
      standIns = await startStandIns({ host, sesPort: options.inboxPort ?? 8005 });
      stoppers.push(() => standIns!.stop());
    }
    const endpoints = options.standIns ?? standIns!.endpoints;
    const local = { region: REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
    const dynamoDb = new DynamoDBClient({ ...local, endpoint: endpoints.dynamodb });
    const sqs = new SQSClient({ ...local, endpoint: endpoints.sqs });
    stoppers.push(async () => {
      dynamoDb.destroy();
      sqs.destroy();
    });
    const resources = await provision(wiring, { dynamoDb, sqs, sqsEndpoint: endpoints.sqs }, prefix);

    // The schools directory is loaded through the same importer as `npm run import:schools`.
    let schools: LocalRuntime['schools'];
    const schoolFiles = options.schools ?? SAMPLE_SCHOOL_FILES;
    if (schoolFiles && resources.tables.directory) {
      const directory = dynamoDbSchoolDirectory(
        DynamoDBDocumentClient.from(dynamoDb, { marshallOptions: { removeUndefinedValues: true } }),
        resources.tables.directory,
      );
      const rejections: string[] = [];
      const summary = await importSchoolFiles(directory, schoolFiles, {
        onRejected: (file, rejection) => rejections.push(`${file} ${describeRejection(rejection)}`),
      });
      schools = { ...summary, rejections };
    }

    const sendToQueue = async (queue: string, body: string) => {
      const target = resources.queues[queue];
      if (!target) throw new Error(`no queue ${queue}`);
      await sqs.send(new SendMessageCommand({ QueueUrl: target.url, MessageBody: body }));
    };

    const clock = new VirtualClock(options.clockStart ?? new Date(), { running: options.followRealTime });
    const busName = `${prefix}education`;
    const bus = new LocalEventBus(
      busName,
      wiring.rules.map((rule) => ({
        id: rule.id,
        eventPattern: rule.eventPattern,
        // EventBridge delivers the event as the message body; escaped so fauxqs, which is stricter
        // than SQS about characters beyond the Basic Multilingual Plane, takes every event.
        deliver: (event) => sendToQueue(rule.target.queue, toMessageBody(event)),
      })),
      REGION,
      () => clock.now(),
    );
    const eventBusUrl = await bus.listen(0, host);
    stoppers.push(() => bus.close());

    Object.assign(process.env, {
      AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
      AWS_ENDPOINT_URL_SQS: endpoints.sqs,
      AWS_ENDPOINT_URL_SES: endpoints.ses,
      AWS_ENDPOINT_URL_SESV2: endpoints.ses,
      AWS_ENDPOINT_URL_EVENTBRIDGE: eventBusUrl,
    });
    const mailFrom = options.mailFrom ?? 'workforce.development@example.gov.uk';
    const localValues: EnvironmentValues = {
      table: (name) => resources.tables[name]!,
      queueUrl: (name) => resources.queues[name]!.url,
      busName,
      mailFrom,
      // aws-ses-v2-local accepts and ignores configuration sets: the name only keeps the variable set as in AWS.
      mailConfigurationSet: 'education-local',
      setting: settingValues(options.settings),
    };
    for (const fn of Object.values(wiring.functions))
      Object.assign(process.env, environmentFor(wiring, fn, localValues));

    // Handlers are imported once, after their environment is set: module scope runs as in a cold start.
    const handlers: Record<string, LambdaHandler> = {};
    for (const [name, fn] of Object.entries(wiring.functions)) {
      const module = (await import(pathToFileURL(resolve(ROOT, fn.entry)).href)) as {
        handler?: LambdaHandler;
      };
      if (typeof module.handler !== 'function') throw new Error(`${fn.entry} exports no handler`);
      handlers[name] = module.handler;
    }
    const fnInfo = (name: string) => {
      const fn = wiring.functions[name]!;
      return { name, timeoutSeconds: fn.timeoutSeconds, memoryMb: fn.memoryMb };
    };

    for (const [queue, spec] of Object.entries(wiring.queues)) {
      if (!spec.consumer) continue;
      const poller = startSqsPoller(sqs, {
        queue: resources.queues[queue]!,
        batchSize: spec.consumer.batchSize,
        maxBatchingWindowSeconds: spec.consumer.maxBatchingWindowSeconds,
        function: fnInfo(spec.consumer.function),
        handler: handlers[spec.consumer.function]!,
        region: REGION,
        timeAt: (realMs) => clock.at(realMs),
        onBatch: options.onBatch,
      });
      stoppers.push(() => poller.stop());
    }

    const ticker = new ScheduleTicker(
      wiring.schedules.map((schedule) => ({
        id: schedule.id,
        expression: schedule.expression,
        timeZone: schedule.timeZone,
        fire: async (scheduledTime: Date) => {
          // EventBridge Scheduler substitutes its context attributes into the input.
          const input = JSON.stringify(schedule.input ?? {}).replaceAll(
            '<aws.scheduler.scheduled-time>',
            scheduledTime.toISOString(),
          );
          if ('queue' in schedule.target) return sendToQueue(schedule.target.queue, input);
          const name = schedule.target.function;
          await invoke(handlers[name]!, JSON.parse(input), fnInfo(name));
        },
      })),
      clock.now(),
    );
    const advanceClock = async (to: Date) => {
      clock.moveTo(to);
      return ticker.advanceTo(to);
    };
    if (options.followRealTime) {
      // Real time runs on: fire what falls due as the clock passes it.
      const timer = setInterval(() => {
        const now = clock.now();
        if (now > ticker.now()) void ticker.advanceTo(now).then(logFired, () => undefined);
      }, 5_000);
      stoppers.push(async () => clearInterval(timer));
    }

    const api = new LocalHttpApi(
      wiring.routes.map((route) => ({
        method: route.method,
        path: route.path,
        function: fnInfo(route.function),
        handler: handlers[route.function]!,
      })),
      () => clock.now(),
    );
    const server: Server = createServer((req, res) => {
      void serve(req, res).catch((error: unknown) =>
        sendJson(res, 500, { message: (error as Error).message }),
      );
    });
    const serve = async (req: IncomingMessage, res: ServerResponse) => {
      const body = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://local').pathname;
      if (path === '/local/clock') return serveClock(req, res, body);
      if (path === '/openapi.json' && req.method === 'GET') {
        return sendJson(res, 200, openApiDocument(wiring, { serverUrl: apiUrl }));
      }
      if (await api.handle(req, res, body)) return;
      if (path === '/' && req.method === 'GET') {
        return sendJson(res, 200, {
          system: 'ECC Education Directorate workflows (local runtime)',
          routes: wiring.routes.map((r) => `${r.method} ${r.path}`),
          api: 'GET /openapi.json (OpenAPI 3.1)',
          clock: 'GET /local/clock; POST /local/clock {"now":"<ISO instant>"}',
          inbox: inboxUrl,
        });
      }
      api.answerUnknownRoute(res);
    };
    const serveClock = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
      if (req.method === 'GET') return sendJson(res, 200, { now: clock.now().toISOString() });
      if (req.method !== 'POST') return sendJson(res, 405, { message: 'Method Not Allowed' });
      let now: Date | undefined;
      try {
        now = parseInstant((JSON.parse(body.toString('utf8')) as { now?: unknown }).now);
      } catch {
        now = undefined;
      }
      if (!now) {
        return sendJson(res, 400, {
          error: 'ValidationError',
          issues: [
            {
              path: 'now',
              message: 'now must be an ISO 8601 instant with its offset, e.g. 2026-11-23T07:00:00Z',
            },
          ],
        });
      }
      try {
        const fired = await advanceClock(now);
        logFired(fired);
        return sendJson(res, 200, { now: clock.now().toISOString(), fired });
      } catch (error) {
        if (error instanceof ClockMovedBackwardsError) {
          return sendJson(res, 409, { error: 'Conflict', message: error.message });
        }
        throw error;
      }
    };
    await new Promise<void>((ok, fail) => server.once('error', fail).listen(options.port ?? 3000, host, ok));
    stoppers.push(
      () =>
        new Promise<void>((ok) => {
          server.closeAllConnections();
          server.close(() => ok());
        }),
    );
    const address = server.address();
    const apiUrl = `http://${host}:${typeof address === 'object' && address ? address.port : options.port}`;
    const inboxUrl = endpoints.ses;

    if (options.stateFile) {
      const stateFile = options.stateFile;
      const state: LocalRuntimeState = {
        pid: process.pid,
        region: REGION,
        apiUrl,
        endpoints,
        tables: resources.tables,
      };
      mkdirSync(dirname(stateFile), { recursive: true });
      writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
      stoppers.push(async () => {
        // Only our own: another run may have written it since.
        const current = JSON.parse(readFileSync(stateFile, 'utf8')) as LocalRuntimeState;
        if (current.pid === process.pid) rmSync(stateFile, { force: true });
      });
    }

    return { apiUrl, inboxUrl, eventBusUrl, endpoints, resources, bus, clock, advanceClock, schools, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function logFired(fired: Fired[]) {
  for (const f of fired) {
    console.log(
      `[schedule] ${f.scheduleId} fired for ${f.scheduledTime}${f.error ? ` (failed: ${f.error})` : ''}`,
    );
  }
}
