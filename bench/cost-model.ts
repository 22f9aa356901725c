import { AWS_PRICES, FREE_TIER, PRICES_AS_OF, type PriceKey, unitPrice } from './aws-prices.ts';
import type { DeploymentInventory } from './deployment-inventory.ts';
import { type BenchSection, round } from './section.ts';

/**
 * The cost model: from the API calls counted per event, the monthly AWS bill at Essex scale and at
 * England scale, with and without the always-free allowances. Pure functions, no I/O.
 */

/** What one event of a workflow costs in AWS calls and resources, as counted by the benchmark. */
export interface FlowUsage {
  /** The workflow, e.g. 'bookings'. Names its monthly volume unless `volume` says otherwise. */
  readonly flow: string;
  /** Which monthly volume counts this flow's events; defaults to `flow` when that names a volume. */
  readonly volume?: VolumeKey;
  /** `false` for a workflow that has not landed: it costs nothing and is listed as not landed. */
  readonly landed: boolean;
  readonly perEvent: {
    /** Calls made by the handlers, keyed 'Service.Operation', e.g. 'DynamoDB.PutItem': 2. */
    readonly apiCalls: Readonly<Record<string, number>>;
    readonly lambdaInvocations: number;
    readonly lambdaGbSeconds: number;
    readonly apiGatewayRequests: number;
    /** Lambda's own ReceiveMessage/DeleteMessageBatch for the event (idle polling is fixed cost). */
    readonly sqsEventSourceRequests: number;
    readonly logBytes: number;
    /** Bytes the event leaves in DynamoDB (items kept; idempotency records expire). */
    readonly storedBytes: number;
    /**
     * DynamoDB capacity actually consumed (ReturnConsumedCapacity), when the counter knows item
     * sizes. Replaces the per-call estimate: 1 WRU per write, 1 RRU per read.
     */
    readonly consumedCapacity?: { readonly writeRequestUnits: number; readonly readRequestUnits: number };
  };
}

/** Events per month that drive each workflow. */
export interface Volumes {
  /** Traded-service booking forms submitted. */
  readonly bookings: number;
  /** EHC needs-assessment requests received. */
  readonly ehcNeedsAssessmentRequests: number;
  /** EHC plans whose annual review falls due. */
  readonly annualReviews: number;
  /** Items teams submit for the Monday email. */
  readonly commsItems: number;
  /** Monday director emails sent: one per school per week. */
  readonly mondayEmails: number;
}

/** The name of a monthly volume. */
export type VolumeKey = keyof Volumes;

/** 52 weeks over 12 months. */
export const WEEKS_PER_MONTH = 52 / 12;
/** Schools in Essex (DOMAIN.md: about 550). */
export const ESSEX_SCHOOLS = 550;

/**
 * Essex's monthly volumes, from the yearly figures: 2,000 bookings, 3,000 EHC needs-assessment
 * requests and 15,000 plans under annual review a year; 200 comms items a week; one Monday email to
 * each of 550 schools a week (52 / 12 ≈ 4.33 weeks a month).
 */
export const ESSEX_VOLUMES: Volumes = {
  bookings: 2_000 / 12,
  ehcNeedsAssessmentRequests: 3_000 / 12,
  annualReviews: 15_000 / 12,
  commsItems: 200 * WEEKS_PER_MONTH,
  mondayEmails: ESSEX_SCHOOLS * WEEKS_PER_MONTH,
};

/**
 * Local authorities in England. England scale is taken as Essex × 153: an approximation, and an
 * overestimate, since Essex is one of the largest authorities.
 */
export const ENGLAND_AUTHORITIES = 153;

/** Every volume multiplied by `factor`. */
export const scaleVolumes = (volumes: Volumes, factor: number): Volumes => ({
  bookings: volumes.bookings * factor,
  ehcNeedsAssessmentRequests: volumes.ehcNeedsAssessmentRequests * factor,
  annualReviews: volumes.annualReviews * factor,
  commsItems: volumes.commsItems * factor,
  mondayEmails: volumes.mondayEmails * factor,
});

/** The model's assumptions, each stated where it is used and printed with the section. */
export const ASSUMPTIONS = {
  /** Billing month for continuous things (idle polling, key refreshes): 30 days. */
  secondsPerMonth: 30 * 24 * 3600,
  /**
   * Idle SQS event-source polling. AWS: "For standard queues, Lambda uses long polling to poll a
   * queue until it becomes active. When messages are available, Lambda starts processing five
   * batches at a time", and at low traffic "can optimize to as few as 2 concurrent batches"
   * (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html). The model takes the
   * upper figure: 5 pollers, each making a 20-second long poll (the SQS maximum) back to back.
   */
  idlePollersPerQueue: 5,
  longPollSeconds: 20,
  /**
   * KMS requests DynamoDB makes on the tables' behalf: DynamoDB caches each table key and calls KMS
   * again when the cache lapses; taken as one Decrypt per table every 5 minutes, all month (an
   * estimate; CloudTrail shows the real count).
   */
  kmsRequestsPerTablePerMonth: (30 * 24 * 60) / 5,
  /**
   * X-Ray traces recorded per Lambda invocation: every function has active tracing and the default
   * sampling rule records the first request each second (then 5%), so at these volumes nearly every
   * invocation is sampled. Taken as one trace per invocation, an upper bound: a trace carried on
   * through SQS or EventBridge joins the producer's trace rather than starting one.
   */
  tracesPerInvocation: 1,
  /** Log groups keep 3 months (RetentionDays.THREE_MONTHS); stored size counted uncompressed. */
  logRetentionMonths: 3,
  /** Months of items held in DynamoDB when pricing storage and point-in-time recovery: a year's. */
  storedMonths: 12,
  /** CloudWatch and DynamoDB bill in GB of 2^30 bytes. */
  bytesPerGb: 2 ** 30,
} as const;

/** Idle long-poll requests per consumed queue per month: 5 × 2,592,000 s / 20 s = 648,000. */
export const IDLE_POLL_REQUESTS_PER_QUEUE =
  (ASSUMPTIONS.idlePollersPerQueue * ASSUMPTIONS.secondsPerMonth) / ASSUMPTIONS.longPollSeconds;

/** Options of `monthlyCost`. */
export interface CostOptions {
  /** What one deployment holds that is billed whatever the volume (bench/deployment-inventory.ts). */
  readonly inventory: DeploymentInventory;
  /** Apply the always-free allowances (`FREE_TIER`), once per deployment. */
  readonly freeTier: boolean;
  /**
   * Separate deployments sharing the volumes evenly, each in its own AWS account (default 1). England
   * scale is 153: every authority runs its own, so fixed costs and free allowances count 153 times.
   */
  readonly deployments?: number;
}

/** A monthly bill in USD. */
export interface MonthlyCost {
  /** By AWS service, fixed costs included. */
  readonly byService: Record<string, number>;
  /** By landed workflow, variable costs only (fixed costs are in `fixed`). */
  readonly byFlow: Record<string, number>;
  /**
   * Costs that do not depend on volume: KMS keys, idle queue polling, table-key requests, the web
   * ACL and its rules, alarms, and the schedules' firings (Scheduler, Lambda requests, traces).
   */
  readonly fixed: number;
  readonly total: number;
  /** By meter (a line of `AWS_PRICES`). */
  readonly byMeter: Record<PriceKey, number>;
  /** Monthly quantity of each meter, before free allowances. */
  readonly usage: Record<PriceKey, number>;
  /** Workflows that have not landed: they contribute nothing. */
  readonly notLanded: string[];
  /** Counted calls the model does not price (listed, never guessed). */
  readonly unpriced: string[];
}

/** The AWS service each meter bills under. */
export const SERVICE_OF: Record<PriceKey, string> = {
  lambdaRequests: 'Lambda',
  lambdaArmGbSecond: 'Lambda',
  apiGatewayRestRequests: 'API Gateway',
  wafWebAcl: 'WAF',
  wafRule: 'WAF',
  wafRequests: 'WAF',
  xrayTracesRecorded: 'X-Ray',
  cloudWatchAlarms: 'CloudWatch alarms',
  sqsStandardRequests: 'SQS',
  eventBridgeCustomEvents: 'EventBridge',
  schedulerInvocations: 'EventBridge Scheduler',
  dynamoDbWriteRequestUnits: 'DynamoDB',
  dynamoDbReadRequestUnits: 'DynamoDB',
  dynamoDbStorage: 'DynamoDB',
  dynamoDbPitr: 'DynamoDB',
  kmsKey: 'KMS',
  kmsRequests: 'KMS',
  sesOutboundEmail: 'SES',
  logsIngestion: 'CloudWatch Logs',
  logsStorage: 'CloudWatch Logs',
};

/** Services in display order. */
export const SERVICES = [
  'Lambda',
  'API Gateway',
  'WAF',
  'SQS',
  'EventBridge',
  'EventBridge Scheduler',
  'DynamoDB',
  'KMS',
  'SES',
  'CloudWatch Logs',
  'CloudWatch alarms',
  'X-Ray',
] as const;

const METERS = Object.keys(AWS_PRICES) as PriceKey[];

type Usage = Record<PriceKey, number>;

const emptyUsage = (): Usage => Object.fromEntries(METERS.map((m) => [m, 0])) as Usage;

/** DynamoDB operations: standard writes of items ≤ 1 KB (1 WRU), strongly consistent reads ≤ 4 KB (1 RRU). */
const DYNAMODB_WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem']);
const DYNAMODB_READS = new Set(['GetItem', 'Query']);
/** SES send operations: one recipient per email. */
const SES_SENDS = new Set(['SES.SendEmail', 'SES.SendRawEmail', 'SES.SendTemplatedEmail', 'SESv2.SendEmail']);

/**
 * Adds one event's counted calls (× `events`) to `usage`; returns the calls it cannot price. Every
 * SQS action is one request (payloads under 64 KB); each PutEvents call is one entry under 64 KB;
 * 'Scheduler.Invocation' is a schedule firing (other Scheduler calls are control plane, not billed).
 */
const addApiCalls = (usage: Usage, flow: FlowUsage, events: number): string[] => {
  const unpriced: string[] = [];
  const measured = flow.perEvent.consumedCapacity;
  for (const [key, count] of Object.entries(flow.perEvent.apiCalls)) {
    const n = count * events;
    const [service, operation = ''] = key.split('.');
    if (service === 'DynamoDB') {
      if (measured) continue;
      if (DYNAMODB_WRITES.has(operation)) usage.dynamoDbWriteRequestUnits += n;
      else if (DYNAMODB_READS.has(operation)) usage.dynamoDbReadRequestUnits += n;
      else unpriced.push(key);
    } else if (service === 'SQS') usage.sqsStandardRequests += n;
    else if (key === 'EventBridge.PutEvents') usage.eventBridgeCustomEvents += n;
    else if (key === 'Scheduler.Invocation') usage.schedulerInvocations += n;
    else if (service === 'Scheduler') continue;
    else if (SES_SENDS.has(key)) usage.sesOutboundEmail += n;
    else if (service === 'KMS') usage.kmsRequests += n;
    else unpriced.push(key);
  }
  if (measured) {
    usage.dynamoDbWriteRequestUnits += measured.writeRequestUnits * events;
    usage.dynamoDbReadRequestUnits += measured.readRequestUnits * events;
  }
  return unpriced;
};

/** One landed flow's monthly usage at `events` events a month. */
const flowUsage = (flow: FlowUsage, events: number): { usage: Usage; unpriced: string[] } => {
  const usage = emptyUsage();
  const unpriced = addApiCalls(usage, flow, events);
  const e = flow.perEvent;
  const gb = ASSUMPTIONS.bytesPerGb;
  usage.lambdaRequests += e.lambdaInvocations * events;
  usage.lambdaArmGbSecond += e.lambdaGbSeconds * events;
  usage.apiGatewayRestRequests += e.apiGatewayRequests * events;
  // Every API request passes the web ACL first.
  usage.wafRequests += e.apiGatewayRequests * events;
  usage.xrayTracesRecorded += e.lambdaInvocations * ASSUMPTIONS.tracesPerInvocation * events;
  usage.sqsStandardRequests += e.sqsEventSourceRequests * events;
  usage.logsIngestion += (e.logBytes * events) / gb;
  usage.logsStorage += (e.logBytes * events * ASSUMPTIONS.logRetentionMonths) / gb;
  const storedGb = (e.storedBytes * events * ASSUMPTIONS.storedMonths) / gb;
  usage.dynamoDbStorage += storedGb;
  usage.dynamoDbPitr += storedGb;
  return { usage, unpriced };
};

/** Schedule firings a month in one deployment. */
export const scheduledFiringsPerMonth = (inventory: DeploymentInventory): number =>
  inventory.schedules.reduce((sum, s) => sum + s.firesPerMonth, 0);

/**
 * The usage that does not depend on volume, for `deployments` deployments. Each schedule firing is
 * one Scheduler invocation, one Lambda request and one trace; what the scheduled function then does
 * is counted with the flow it serves where that is measured (see the section's notes).
 */
const fixedUsage = (inventory: DeploymentInventory, deployments: number): Usage => {
  const usage = emptyUsage();
  const firings = scheduledFiringsPerMonth(inventory);
  usage.kmsKey = inventory.kmsKeys * deployments;
  usage.sqsStandardRequests = inventory.consumedQueues * IDLE_POLL_REQUESTS_PER_QUEUE * deployments;
  usage.kmsRequests = inventory.tables * ASSUMPTIONS.kmsRequestsPerTablePerMonth * deployments;
  usage.wafWebAcl = inventory.webAcls * deployments;
  usage.wafRule = inventory.wafRules * deployments;
  usage.cloudWatchAlarms = inventory.alarms * deployments;
  usage.schedulerInvocations = firings * deployments;
  usage.lambdaRequests = firings * deployments;
  usage.xrayTracesRecorded = firings * ASSUMPTIONS.tracesPerInvocation * deployments;
  return usage;
};

const volumeOf = (flow: FlowUsage, volumes: Volumes): number => {
  const key = flow.volume ?? flow.flow;
  if (!Object.hasOwn(volumes, key)) {
    throw new Error(
      `No monthly volume for flow '${flow.flow}': set its volume to one of ${Object.keys(volumes).join(', ')}`,
    );
  }
  return volumes[key as VolumeKey];
};

const costOf = (usage: Usage, billable: Record<PriceKey, number>): number =>
  METERS.reduce((sum, m) => sum + usage[m] * billable[m] * unitPrice(m), 0);

/**
 * The monthly bill for `flows` at `volumes` (the total across all deployments). Each meter's free
 * allowance (when `freeTier`) comes off the meter's total, once per deployment, and is shared among
 * the flows and the fixed costs in proportion to their use, so `byFlow` and `fixed` add up to `total`.
 */
export const monthlyCost = (
  flows: readonly FlowUsage[],
  volumes: Volumes,
  options: CostOptions,
): MonthlyCost => {
  const deployments = options.deployments ?? 1;
  const notLanded: string[] = [];
  const unpriced = new Set<string>();
  const perFlow: { flow: string; usage: Usage }[] = [];
  for (const flow of flows) {
    if (!flow.landed) {
      notLanded.push(flow.flow);
      continue;
    }
    const counted = flowUsage(flow, volumeOf(flow, volumes));
    for (const key of counted.unpriced) unpriced.add(key);
    perFlow.push({ flow: flow.flow, usage: counted.usage });
  }
  const fixed = fixedUsage(options.inventory, deployments);

  const usage = emptyUsage();
  for (const m of METERS) usage[m] = fixed[m] + perFlow.reduce((sum, f) => sum + f.usage[m], 0);

  const allowances: Partial<Record<PriceKey, { amount: number }>> = FREE_TIER;
  const billable = Object.fromEntries(
    METERS.map((m) => {
      const allowance = options.freeTier ? (allowances[m]?.amount ?? 0) * deployments : 0;
      return [m, usage[m] > 0 ? Math.max(0, usage[m] - allowance) / usage[m] : 0];
    }),
  ) as Record<PriceKey, number>;

  const byMeter = Object.fromEntries(METERS.map((m) => [m, usage[m] * billable[m] * unitPrice(m)])) as Record<
    PriceKey,
    number
  >;
  const byService: Record<string, number> = Object.fromEntries(SERVICES.map((s) => [s, 0]));
  for (const m of METERS) byService[SERVICE_OF[m]] = (byService[SERVICE_OF[m]] ?? 0) + byMeter[m];
  const byFlow: Record<string, number> = {};
  for (const f of perFlow) byFlow[f.flow] = (byFlow[f.flow] ?? 0) + costOf(f.usage, billable);

  return {
    byService,
    byFlow,
    fixed: costOf(fixed, billable),
    total: METERS.reduce((sum, m) => sum + byMeter[m], 0),
    byMeter,
    usage,
    notLanded,
    unpriced: [...unpriced].sort(),
  };
};

/** Essex and England bills, each with and without the free allowances. */
export const costScenarios = (flows: readonly FlowUsage[], options: { inventory: DeploymentInventory }) => {
  const essex = { inventory: options.inventory, deployments: 1 };
  const england = { inventory: options.inventory, deployments: ENGLAND_AUTHORITIES };
  const englandVolumes = scaleVolumes(ESSEX_VOLUMES, ENGLAND_AUTHORITIES);
  return [
    { scale: 'Essex', freeTier: true, cost: monthlyCost(flows, ESSEX_VOLUMES, { ...essex, freeTier: true }) },
    {
      scale: 'Essex',
      freeTier: false,
      cost: monthlyCost(flows, ESSEX_VOLUMES, { ...essex, freeTier: false }),
    },
    {
      scale: 'England',
      freeTier: true,
      cost: monthlyCost(flows, englandVolumes, { ...england, freeTier: true }),
    },
    {
      scale: 'England',
      freeTier: false,
      cost: monthlyCost(flows, englandVolumes, { ...england, freeTier: false }),
    },
  ] as const;
};

/** USD for the table: cents, with '<0.01' for a non-zero amount that would round to nothing. */
const usd = (value: number): number | string => (value > 0 && value < 0.005 ? '<0.01' : round(value, 2));

/**
 * The cost-model section of `npm run bench`: monthly USD per service at Essex and England scale,
 * with and without the free tier, the price table and every assumption beside it.
 */
export const costModelSection = (
  flows: readonly FlowUsage[],
  options: {
    inventory: DeploymentInventory;
    /** What has landed but is not measured: listed in the notes, costing nothing (never guessed). */
    notMeasured?: readonly string[];
  },
): BenchSection => {
  const scenarios = costScenarios(flows, options);
  const inv = options.inventory;
  const firings = scheduledFiringsPerMonth(inv);
  const landed = flows.filter((f) => f.landed).map((f) => f.flow);
  const essex = scenarios[1].cost;
  const perFlowNote = landed.length
    ? `Variable cost per workflow at Essex scale, no free tier (USD/month): ${landed
        .map((f) => `${f} ${round(essex.byFlow[f] ?? 0, 4)}`)
        .join('; ')}.`
    : 'No workflow has landed yet: only the fixed costs of a deployment are shown.';
  const notLandedNote = essex.notLanded.length
    ? [`Not built, so costing nothing here: ${essex.notLanded.join(', ')}.`]
    : [];
  const notMeasuredNote = options.notMeasured?.length
    ? [`Landed but not measured, so costing nothing here (not guessed): ${options.notMeasured.join('; ')}.`]
    : [];
  const unpricedNote = essex.unpriced.length
    ? [`Counted calls the model does not price (left out, not guessed): ${essex.unpriced.join(', ')}.`]
    : [];
  const a = ASSUMPTIONS;
  return {
    id: 'cost-model',
    title: 'Monthly AWS cost at Essex and England scale (USD, eu-west-2)',
    status: landed.length ? 'measured' : 'not-landed',
    columns: ['scale', 'free tier', ...SERVICES, 'of which fixed', 'total'],
    rows: scenarios.map(({ scale, freeTier, cost }) => [
      scale === 'Essex' ? 'Essex (1 deployment)' : `England (${ENGLAND_AUTHORITIES} deployments)`,
      freeTier ? 'with' : 'without',
      ...SERVICES.map((s) => usd(cost.byService[s] ?? 0)),
      usd(cost.fixed),
      usd(cost.total),
    ]),
    notes: [
      `Prices: list prices for eu-west-2 in USD as of ${PRICES_AS_OF} (bench/aws-prices.ts, with the source of each); ` +
        'DynamoDB and EventBridge custom events are US East prices (London not found), so those lines are a lower bound. ' +
        'No VAT, no data transfer, no Savings Plans.',
      'Volumes a month (Essex): bookings 2,000/12 ≈ 167; EHC needs-assessment requests 3,000/12 = 250; annual reviews ' +
        `15,000/12 = 1,250; comms items 200 × 52/12 ≈ 867; Monday emails ${ESSEX_SCHOOLS} schools × 52/12 ≈ 2,383.`,
      `England = Essex volumes × ${ENGLAND_AUTHORITIES} authorities, an overestimate (Essex is one of the largest), run as ` +
        `${ENGLAND_AUTHORITIES} separate deployments each in its own AWS account: fixed costs and free allowances count ` +
        `${ENGLAND_AUTHORITIES} times, so every England figure is exactly ${ENGLAND_AUTHORITIES} × Essex.`,
      `Fixed per deployment (bench/deployment-inventory.ts, checked against the synthesized template by ` +
        `test/cdk/deployment-inventory.test.ts): ${inv.kmsKeys} customer-managed KMS keys (data, operations; $1/month each, ` +
        `rotation adds to it in later years); a regional WAF web ACL with ${inv.wafRules} rules (each managed rule group one ` +
        `rule); ${inv.alarms} CloudWatch alarms (one per dead-letter queue, errors and throttles per function, oldest ` +
        `message per consumed queue, API 5xx); ${inv.schedules.length} schedules firing ${round(firings, 1)} times a month ` +
        '(each a Scheduler invocation, a Lambda request and a trace); idle polling of ' +
        `${inv.consumedQueues} consumed queues at ${a.idlePollersPerQueue} pollers × ` +
        `${a.longPollSeconds}-s long polls = ${IDLE_POLL_REQUESTS_PER_QUEUE.toLocaleString('en-GB')} SQS requests/queue/month ` +
        '(AWS: Lambda long-polls an idle queue with up to 5 batches, as few as 2 at low traffic; ' +
        'docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html); KMS Decrypt calls for the ' +
        `${inv.tables} tables\u2019 key taken as one per table per 5 minutes ` +
        `(${a.kmsRequestsPerTablePerMonth.toLocaleString('en-GB')}/table/month, an estimate).`,
      'API Gateway: REST API requests, each also a WAF request; X-Ray: one trace per Lambda invocation (active ' +
        'tracing, default sampling; an upper bound, since a trace carried through SQS or EventBridge is joined, not new).',
      'DynamoDB: PutItem/UpdateItem/DeleteItem = 1 WRU each (items ≤ 1 KB: idempotency records and most items); ' +
        'GetItem/Query = 1 RRU each (strongly consistent, ≤ 4 KB); every item measured so far is under 1 KB (booking ' +
        '≈ 0.6 KB, idempotency records ≈ 0.15 KB). A flow measured with consumedCapacity (the EHCP, comms-item and ' +
        'Monday-email flows: as DynamoDB Local reports it, index writes and transactions included) is priced on that ' +
        'instead. Storage and point-in-time recovery priced on a year of items held.',
      'SQS: every action one request (payloads < 64 KB); EventBridge: one entry ≤ 64 KB per PutEvents; SES: one recipient ' +
        `per email; logs: ingestion at the Standard class, stored uncompressed for ${a.logRetentionMonths} months; GB = 2^30 bytes.`,
      'Free tier: only the always-free allowances (Lambda 1M requests + 400,000 GB-s, SQS 1M requests, Scheduler 14M ' +
        'invocations, KMS 20,000 requests, DynamoDB 25 GB, CloudWatch 5 GB of logs and 10 alarms, X-Ray 100,000 traces), once per ' +
        'account, shared with anything else in it; API Gateway and SES have only 12-month or credit-based offers and WAF ' +
        'none, so they are always charged.',
      perFlowNote,
      ...notLandedNote,
      ...notMeasuredNote,
      ...unpricedNote,
    ],
    data: {
      pricesAsOf: PRICES_AS_OF,
      prices: AWS_PRICES,
      freeTier: FREE_TIER,
      assumptions: {
        ...ASSUMPTIONS,
        idlePollRequestsPerQueue: IDLE_POLL_REQUESTS_PER_QUEUE,
      },
      inventory: inv,
      notMeasured: options.notMeasured ?? [],
      volumes: { essex: ESSEX_VOLUMES, england: scaleVolumes(ESSEX_VOLUMES, ENGLAND_AUTHORITIES) },
      englandAuthorities: ENGLAND_AUTHORITIES,
      scenarios: scenarios.map(({ scale, freeTier, cost }) => ({ scale, freeTier, ...cost })),
    },
  };
};
