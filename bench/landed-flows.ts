/**
 * The flows landed after bookings, measured per event for the cost model the way the booking flow
 * is: the real handlers in the worker process (bench/per-event-worker.ts) against the stand-ins,
 * every AWS SDK call counted by operation, DynamoDB capacity as DynamoDB Local reports it. The
 * parent plays API Gateway, EventBridge (rules deliver into memory), Lambda's SQS pollers and
 * EventBridge Scheduler, building each Lambda event at the scenario's own time.
 *
 * - comms-items: one item submitted for the Monday email (POST /comms/items).
 * - ehcp-timescales: one EHC needs-assessment request through its case events to the final plan
 *   (POST /ehcp/events, then applyEhcpEvents from the queue), one request per event.
 * - monday-email: one school's share of a Monday send: the sending run (lock, audience, one
 *   delivery message per person) and every delivery to the school's people, over the sample
 *   directory's schools.
 */
import { randomUUID } from 'node:crypto';
import { type Message, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEvent, SQSEvent } from 'aws-lambda';
import type { IsoDate } from '#domain/shared/iso-date';
import { SCHEDULED_INPUT } from '#functions/commons/clock';
import type { BusEvent } from '#local/event-bus';
import { apiGatewayRestEvent } from '#local/http-api';
import { sqsRecord } from '#local/sqs-poller';
import { itemRequest } from '#test/support/comms-items';
import { caseStory } from '#test/support/ehcp-events';
import { systemWiring } from '#wiring/system';
import type { FlowUsage } from './cost-model.ts';
import type { Worker } from './per-event.ts';
import type { PhaseResult } from './per-event-worker.ts';
import { round } from './section.ts';

const REGION = 'eu-west-2';

/** What the parent lends the scenarios. */
export interface ScenarioContext {
  /** A worker started at the production log level (INFO, metrics on), counting what it writes. */
  readonly worker: Worker;
  /** Events the bus rules delivered, by target queue (the parent empties them as it reads). */
  readonly delivered: Record<string, BusEvent[]>;
  readonly sqs: SQSClient;
  readonly queues: Record<string, { url: string; arn: string }>;
  /** Lambda's platform.start/platform.report log bytes per invocation. */
  readonly platformBytesPerInvocation: number;
  readonly runId: string;
  /** Bytes of every item in a table (by logical name), as DynamoDB sizes them. */
  tableBytes(table: string): Promise<number>;
}

/** One function's part in a flow, as measured. */
interface Step {
  readonly result: PhaseResult;
  /** Invocations Lambda would make for it: API requests, or one per queue batch. */
  readonly invocations: number;
  readonly memoryMb: number;
}

const apiEvent = (method: string, path: string, body: unknown, at: Date): APIGatewayProxyEvent => {
  const text = JSON.stringify(body);
  return apiGatewayRestEvent({
    route: { method, path },
    url: new URL(path, 'https://api.example.org'),
    headers: [
      ['content-type', 'application/json'],
      ['content-length', String(Buffer.byteLength(text))],
      ['host', 'api.example.org'],
      ['user-agent', 'Mozilla/5.0 (bench)'],
    ],
    body: Buffer.from(text),
    sourceIp: '203.0.113.10',
    receivedAt: at,
  });
};

const queueBatches = (
  bodies: readonly string[],
  queueArn: string,
  batchSize: number,
  at: Date,
): SQSEvent[] => {
  const records = bodies.map((body) =>
    sqsRecord(
      { MessageId: randomUUID(), ReceiptHandle: randomUUID(), Body: body },
      queueArn,
      REGION,
      () => at,
    ),
  );
  const batches: SQSEvent[] = [];
  for (let i = 0; i < records.length; i += batchSize)
    batches.push({ Records: records.slice(i, i + batchSize) });
  return batches;
};

const batchSizeOf = (queue: keyof typeof systemWiring.queues) =>
  systemWiring.queues[queue].consumer.batchSize;

const checked = (result: PhaseResult): PhaseResult => {
  if (result.failures) {
    throw new Error(
      `${result.function}: ${result.failures} failed: ${result.firstError ?? 'reported as failed'}`,
    );
  }
  return result;
};

const addInto = (into: Record<string, number>, from: Record<string, number>, factor = 1) => {
  for (const [op, n] of Object.entries(from)) into[op] = (into[op] ?? 0) + n * factor;
};

/** A flow's usage per event from its measured steps, over `events` events. */
const flowOf = (
  flow: string,
  volume: FlowUsage['volume'],
  steps: readonly Step[],
  events: number,
  platformBytesPerInvocation: number,
  extra: { apiGatewayRequests: number; storedBytes?: number; ruleTargetSqsSends?: number },
): FlowUsage => {
  const calls: Record<string, number> = {};
  let gbSeconds = 0;
  let invocations = 0;
  let logBytes = 0;
  let sqsEventSource = 0;
  let readUnits = 0;
  let writeUnits = 0;
  for (const step of steps) {
    addInto(calls, step.result.apiCalls);
    gbSeconds += (step.result.wallMs / 1000) * (step.memoryMb / 1024);
    invocations += step.invocations;
    logBytes += step.result.stdoutBytes + step.invocations * platformBytesPerInvocation;
    readUnits += step.result.capacity.readRequestUnits;
    writeUnits += step.result.capacity.writeRequestUnits;
    // Lambda's ReceiveMessage and DeleteMessageBatch for each batch it takes from a queue.
    if (step.result.phase === 'invoke' && step.result.batchSize > 1) sqsEventSource += 2 * step.invocations;
  }
  if (extra.ruleTargetSqsSends) calls['SQS.SendMessage (rule target)'] = extra.ruleTargetSqsSends;
  const perEvent = (n: number, digits = 3) => round(n / events, digits);
  return {
    flow,
    volume,
    landed: true,
    perEvent: {
      apiCalls: Object.fromEntries(
        Object.entries(calls)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([op, n]) => [op, perEvent(n)]),
      ),
      lambdaInvocations: perEvent(invocations),
      lambdaGbSeconds: perEvent(gbSeconds, 6),
      apiGatewayRequests: perEvent(extra.apiGatewayRequests),
      sqsEventSourceRequests: perEvent(sqsEventSource),
      logBytes: Math.round(logBytes / events),
      storedBytes: extra.storedBytes ?? 0,
      consumedCapacity: { writeRequestUnits: perEvent(writeUnits), readRequestUnits: perEvent(readUnits) },
    },
  };
};

const fnMemory = (name: keyof typeof systemWiring.functions) => systemWiring.functions[name].memoryMb;

/** Monday 23 November 2026's edition: items submitted on Tuesday 17 November, before the cut-off. */
const EDITION: IsoDate = '2026-11-23';
const SUBMITTED_AT = new Date('2026-11-17T10:00:00Z');
const SEND_AT = new Date(`${EDITION}T07:00:00Z`);

/** What the landed flows cost per event, and what could not be measured. */
export interface LandedFlows {
  readonly flows: FlowUsage[];
  readonly rows: (string | number)[][];
  readonly notes: string[];
  readonly data: Record<string, unknown>;
}

/** Measures the landed flows; `items` comms items and `cases` EHC cases. */
export async function measureLandedFlows(
  context: ScenarioContext,
  options: { items?: number; cases?: number } = {},
): Promise<LandedFlows> {
  const { worker, delivered, platformBytesPerInvocation } = context;
  const items = options.items ?? 50;
  const cases = options.cases ?? 20;
  const rows: (string | number)[][] = [];
  const row = (label: string, events: number, steps: readonly Step[], flow: FlowUsage) => {
    const total = Object.values(flow.perEvent.apiCalls).reduce((s, n) => s + n, 0);
    rows.push([
      label,
      events,
      flow.perEvent.lambdaInvocations,
      steps.reduce((s, st) => s + st.result.failures, 0),
      round(steps.reduce((s, st) => s + st.result.cpuUserMs + st.result.cpuSystemMs, 0) / events, 3),
      round(steps.reduce((s, st) => s + st.result.wallMs, 0) / events, 3),
      round(total, 3),
      Object.entries(flow.perEvent.apiCalls)
        .map(([op, n]) => `${op} ${n}`)
        .join(', '),
    ]);
  };

  // Comms items: one POST /comms/items each.
  const submit = checked(
    await worker.run({
      type: 'invoke',
      function: 'submitCommsItem',
      kind: 'api',
      events: Array.from({ length: items }, (_, i) =>
        apiEvent(
          'POST',
          '/comms/items',
          itemRequest({ headline: `Item ${i + 1}: spring census, check pupil records` }),
          new Date(SUBMITTED_AT.getTime() + i * 60_000),
        ),
      ),
    }),
  );
  const submitSteps: Step[] = [{ result: submit, invocations: items, memoryMb: fnMemory('submitCommsItem') }];
  const commsBytesBeforeSend = await context.tableBytes('comms');
  const commsItems = flowOf('comms-items', 'commsItems', submitSteps, items, platformBytesPerInvocation, {
    apiGatewayRequests: items,
    storedBytes: Math.round(commsBytesBeforeSend / items),
  });
  row('comms item submitted (per item)', items, submitSteps, commsItems);

  // One EHC needs-assessment request through its timeline: every case event posted on its day,
  // each in its own request, then applied from the queue before the next day's events.
  const stories = Array.from({ length: cases }, (_, n) =>
    caseStory({
      caseRef: `EHC-B${context.runId.slice(0, 6).toUpperCase()}-${n + 1}`,
      caseOfficer: { name: `Officer ${n % 5}`, email: `officer.${n % 5}@example.gov.uk` },
      quadrant: (['north-east', 'mid', 'south', 'west'] as const)[n % 4],
    }),
  );
  const timeline: { date: IsoDate; events: (s: (typeof stories)[number]) => unknown[] }[] = [
    { date: '2025-01-06', events: (s) => [s.request('2025-01-06')] },
    { date: '2025-02-10', events: (s) => [s.assess('2025-02-10')] },
    {
      date: '2025-02-11',
      events: (s) => [
        s.adviceRequested('2025-02-11', 'ADV-HEALTH', 'health'),
        s.adviceRequested('2025-02-11', 'ADV-EP', 'educational-psychologist'),
        s.adviceRequested('2025-02-11', 'ADV-SC', 'social-care'),
      ],
    },
    {
      date: '2025-03-17',
      events: (s) => [
        s.event('advice-received', '2025-03-17', { adviceId: 'ADV-HEALTH' }),
        s.event('advice-received', '2025-03-17', { adviceId: 'ADV-EP' }),
        s.event('advice-received', '2025-03-17', { adviceId: 'ADV-SC' }),
      ],
    },
    { date: '2025-04-14', events: (s) => [s.draft('2025-04-14')] },
    { date: '2025-05-19', events: (s) => [s.finalPlan('2025-05-19')] },
  ];
  const postResults: PhaseResult[] = [];
  const applyResults: PhaseResult[] = [];
  let caseEvents = 0;
  let applyBatches = 0;
  for (const day of timeline) {
    const at = new Date(`${day.date}T16:00:00Z`);
    const posts = stories.flatMap((s) =>
      day.events(s).map((event) => apiEvent('POST', '/ehcp/events', { events: [event] }, at)),
    );
    caseEvents += posts.length;
    delivered.ehcpEvents = [];
    postResults.push(
      checked(await worker.run({ type: 'invoke', function: 'postEhcpEvents', kind: 'api', events: posts })),
    );
    const busEvents = delivered.ehcpEvents ?? [];
    delivered.ehcpEvents = [];
    if (busEvents.length !== posts.length) {
      throw new Error(`${posts.length} EHCP events posted, ${busEvents.length} reached the ehcpEvents queue`);
    }
    const batches = queueBatches(
      busEvents.map((e) => JSON.stringify(e)),
      context.queues.ehcpEvents!.arn,
      batchSizeOf('ehcpEvents'),
      new Date(at.getTime() + 5_000),
    );
    applyBatches += batches.length;
    applyResults.push(
      checked(
        await worker.run({ type: 'invoke', function: 'applyEhcpEvents', kind: 'queue', events: batches }),
      ),
    );
  }
  const merge = (results: PhaseResult[]): PhaseResult => ({
    ...results[0]!,
    measured: results.reduce((s, r) => s + r.measured, 0),
    invocations: results.reduce((s, r) => s + r.invocations, 0),
    failures: results.reduce((s, r) => s + r.failures, 0),
    cpuUserMs: results.reduce((s, r) => s + r.cpuUserMs, 0),
    cpuSystemMs: results.reduce((s, r) => s + r.cpuSystemMs, 0),
    wallMs: results.reduce((s, r) => s + r.wallMs, 0),
    invocationWallMs: results.flatMap((r) => r.invocationWallMs),
    apiCalls: results.reduce<Record<string, number>>((acc, r) => {
      addInto(acc, r.apiCalls);
      return acc;
    }, {}),
    attempts: {},
    capacity: {
      readRequestUnits: results.reduce((s, r) => s + r.capacity.readRequestUnits, 0),
      writeRequestUnits: results.reduce((s, r) => s + r.capacity.writeRequestUnits, 0),
    },
    stdoutBytes: results.reduce((s, r) => s + r.stdoutBytes, 0),
    stdoutLines: results.reduce((s, r) => s + r.stdoutLines, 0),
  });
  const ehcpSteps: Step[] = [
    { result: merge(postResults), invocations: caseEvents, memoryMb: fnMemory('postEhcpEvents') },
    { result: merge(applyResults), invocations: applyBatches, memoryMb: fnMemory('applyEhcpEvents') },
  ];
  const ehcp = flowOf(
    'ehcp-timescales',
    'ehcNeedsAssessmentRequests',
    ehcpSteps,
    cases,
    platformBytesPerInvocation,
    {
      apiGatewayRequests: caseEvents,
      storedBytes: Math.round((await context.tableBytes('ehcp')) / cases),
      // EventBridge's delivery of each case event to the ehcpEvents queue: a billed SQS request no handler makes.
      ruleTargetSqsSends: caseEvents,
    },
  );
  row('EHC needs assessment, request to final plan (per case)', cases, ehcpSteps, ehcp);

  // The Monday send: the run queues one delivery per person; each is sent from the queue.
  const run = checked(
    await worker.run({
      type: 'invoke',
      function: 'sendEdition',
      kind: 'schedule',
      events: [{ ...SCHEDULED_INPUT, scheduledTime: SEND_AT.toISOString(), purpose: 'send' }],
    }),
  );
  const messages: Message[] = [];
  for (;;) {
    const { Messages = [] } = await context.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: context.queues.editionDeliveries!.url,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: messages.length ? 0 : 2,
      }),
    );
    if (Messages.length === 0) break;
    messages.push(...Messages);
  }
  if (messages.length === 0) throw new Error('the Monday sending run queued no deliveries');
  const schools = new Set(
    messages.map((m) => {
      const body = JSON.parse(m.Body ?? '{}') as { data?: { school?: { urn?: string } } };
      return body.data?.school?.urn ?? 'unknown';
    }),
  );
  const deliveryBatches = queueBatches(
    messages.map((m) => m.Body ?? ''),
    context.queues.editionDeliveries!.arn,
    batchSizeOf('editionDeliveries'),
    new Date(SEND_AT.getTime() + 60_000),
  );
  const deliver = checked(
    await worker.run({ type: 'invoke', function: 'deliverEdition', kind: 'queue', events: deliveryBatches }),
  );
  const mondaySteps: Step[] = [
    // The scheduled invocation itself is a fixed cost (Scheduler, Lambda request); its work is the flow's.
    { result: run, invocations: 0, memoryMb: fnMemory('sendEdition') },
    { result: deliver, invocations: deliveryBatches.length, memoryMb: fnMemory('deliverEdition') },
  ];
  const monday = flowOf(
    'monday-email',
    'mondayEmails',
    mondaySteps,
    schools.size,
    platformBytesPerInvocation,
    {
      apiGatewayRequests: 0,
      // The locked edition, the run and its delivery records, shared per school.
      storedBytes: Math.round(((await context.tableBytes('comms')) - commsBytesBeforeSend) / schools.size),
    },
  );
  row(`Monday email, run + deliveries (per school, over ${schools.size})`, schools.size, mondaySteps, monday);

  return {
    flows: [commsItems, ehcp, monday],
    rows,
    notes: [
      `Landed flows (bench/landed-flows.ts), in one worker at INFO with metrics on (so log bytes are measured with the calls; logging is in the wall time): ${items} comms items submitted on ${SUBMITTED_AT.toISOString().slice(0, 10)}; ${cases} invented EHC needs-assessment requests taken from request to final plan through ${caseEvents / cases} case events each (request, decision to assess, three advice requests and their advice, draft plan, final plan), one POST /ehcp/events request per event and every event applied from the ehcpEvents queue in batches of ${batchSizeOf('ehcpEvents')} before the next day's; the ${EDITION} Monday send with those items: the sending run (queueing ${messages.length} delivery messages in ${run.apiCalls['SQS.SendMessageBatch'] ?? 0} SendMessageBatch calls) and those ${messages.length} deliveries to the people of ${schools.size} sample schools, shared per school.`,
      'DynamoDB capacity for these flows is as DynamoDB Local reports it (ReturnConsumedCapacity TOTAL on every call, index writes included), not 1 unit per call; transactions are priced by what they report. deliverEdition makes its own paced SES client: the worker counts any client of a shared client\u2019s class from its first send, so its sends are counted.',
      `Monday email GB-seconds include the mailer's pacing under the SES rate (SES_SEND_RATE_PER_SECOND at its default), which Lambda bills as duration; the run's cost is shared over the ${schools.size} sample schools, not Essex's 550, so its per-school share is an overestimate.`,
    ],
    data: {
      items,
      cases,
      caseEventsPerCase: caseEvents / cases,
      mondayEmail: { schools: schools.size, deliveries: messages.length, runCalls: run.apiCalls },
      steps: [...submitSteps, ...ehcpSteps, ...mondaySteps].map((s) => ({
        function: s.result.function,
        invocations: s.invocations,
        records: s.result.measured,
        wallMs: round(s.result.wallMs, 1),
        apiCalls: s.result.apiCalls,
        capacity: s.result.capacity,
        logBytes: s.result.stdoutBytes,
      })),
    },
  };
}
