/**
 * AWS list prices for eu-west-2 (London) in USD, used by the cost model (`bench/cost-model.ts`).
 *
 * Each entry names the AWS pricing page it belongs to (`source`). AWS renders the regional figures
 * on those pages with script, so the stored copies searched for this table often show only the
 * US East figure or none; `note` says where the number itself was read, whether it is the London
 * price, and when it is not. Re-check before quoting any figure outside the team.
 */

/** One list price: `usd` buys `per` (for example 0.2 USD per '1M requests'). */
export interface AwsPrice {
  readonly usd: number;
  readonly per: string;
  /** The AWS pricing page the price belongs to. */
  readonly source: string;
  readonly note?: string;
}

/** An always-free monthly allowance (per AWS account, per month; it does not expire). */
export interface FreeAllowance {
  readonly amount: number;
  readonly unit: string;
  readonly source: string;
  readonly note?: string;
}

/**
 * The date of the pricing in this table: the most recent date on which the London figures were
 * read from AWS's Price List API by the public sources cited in the notes (6 October 2026).
 */
export const PRICES_AS_OF = '2026-10-06';

const LAMBDA = 'https://aws.amazon.com/lambda/pricing/';
/** The AWS SQS pricing page was not among the search results; this guide (June 2026) was. */
const SQS = 'https://www.factualminds.com/blog/amazon-sqs-pricing-64kb-rule-fifo-vs-standard/';
const EVENTBRIDGE = 'https://aws.amazon.com/eventbridge/pricing/';
const DYNAMODB = 'https://aws.amazon.com/dynamodb/pricing/on-demand/';
const KMS = 'https://aws.amazon.com/kms/pricing/';
/** The AWS SES pricing page was not among the search results; this reading of the price list was. */
const SES =
  'https://raw.githubusercontent.com/api-evangelist/amazon-ses/refs/heads/main/plans/amazon-ses-plans-pricing.yml';
const API_GATEWAY = 'https://aws.amazon.com/api-gateway/pricing/';
const CLOUDWATCH = 'https://aws.amazon.com/cloudwatch/pricing/';
const WAF = 'https://aws.amazon.com/waf/pricing/';
/** AWS's own statement that WAF prices are the same in every region (networking blog). */
const WAF_SAME_EVERYWHERE =
  'https://aws.amazon.com/blogs/networking-and-content-delivery/cost-effective-ways-for-securing-your-web-applications-using-aws-waf/';
const XRAY = 'https://aws.amazon.com/xray/pricing/';

/**
 * Where the London figures come from when the AWS page could not be read: a public repository's
 * hosting-cost document that quotes AWS's Price List API (`…/offers/v1.0/aws/<service>/current/
 * eu-west-2/index.json`) line by line, read on 6 October 2026.
 */
const PRICE_LIST_DOC =
  'London figure from the AWS Price List API as quoted (read 2026-10-06) in a public hosting-cost';

/** The price table. Keys are the cost model's meters. */
export const AWS_PRICES = {
  lambdaRequests: {
    usd: 0.2,
    per: '1M requests',
    source: LAMBDA,
    note: `${PRICE_LIST_DOC} document, usage type EUW2-Request-ARM ($0.0000002 per request); same as US East.`,
  },
  lambdaArmGbSecond: {
    usd: 0.0000133334,
    per: 'GB-second',
    source: LAMBDA,
    note:
      `${PRICE_LIST_DOC} document, usage type EUW2-Lambda-GB-Second-ARM, first tier (first 7.5 billion ` +
      'GB-s a month); same as US East. x86 would be $0.0000166667.',
  },
  sqsStandardRequests: {
    usd: 0.4,
    per: '1M requests',
    source: SQS,
    note:
      `${PRICE_LIST_DOC} document, usage type EUW2-Requests-Tier1 (first 100 billion a month). Every ` +
      'action is a request, empty receives included; each 64 KB chunk of a payload is billed as one ' +
      'request. The source is a third-party guide (US East, the same $0.40): the AWS page was not found.',
  },
  eventBridgeCustomEvents: {
    usd: 1.0,
    per: '1M events',
    source: EVENTBRIDGE,
    note:
      'US East price: London not verified (third-party guides found by search, e.g. cloudburn.io, ' +
      'March 2026, quote $1.00 and say it is the same in most commercial regions). Each 64 KB chunk of ' +
      'a PutEvents entry is billed as one event (the AWS page says so).',
  },
  schedulerInvocations: {
    usd: 1.15,
    per: '1M invocations',
    source: EVENTBRIDGE,
    note: `${PRICE_LIST_DOC} document, usage type EUW2-ScheduledInvocation, beyond the 14M free. US East: $1.00.`,
  },
  dynamoDbWriteRequestUnits: {
    usd: 0.625,
    per: '1M write request units',
    source: DYNAMODB,
    note:
      "US East price (after the November 2024 on-demand price cut), read from airbyte.com's summary " +
      'of the AWS page: the London price was not found. London is normally dearer than US East, so ' +
      'treat the DynamoDB figures as a lower bound.',
  },
  dynamoDbReadRequestUnits: {
    usd: 0.125,
    per: '1M read request units',
    source: DYNAMODB,
    note: 'US East price (standard table class); the London price was not found (see write request units).',
  },
  dynamoDbStorage: {
    usd: 0.25,
    per: 'GB-month',
    source: 'https://aws.amazon.com/dynamodb/pricing/',
    note: 'US East price ("prices start from $0.25 per GB-month" on the AWS page); London not found.',
  },
  dynamoDbPitr: {
    usd: 0.2,
    per: 'GB-month',
    source: DYNAMODB,
    note:
      'US East price for continuous backups (point-in-time recovery), billed on table size; read from ' +
      'finops.com.py, which cites the AWS page. London not found.',
  },
  kmsKey: {
    usd: 1.0,
    per: 'key-month',
    source: KMS,
    note:
      'Same in every region (AWS page: "Each AWS KMS key that you create in KMS costs $1/month"; the ' +
      'London price list line eu-west-2-KMS-Keys agrees). The key has automatic rotation on: rotated key ' +
      'material adds to this (AWS cut rotation charges in April 2024; the exact cap was not verified).',
  },
  kmsRequests: {
    usd: 0.03,
    per: '10,000 requests',
    source: KMS,
    note: `${PRICE_LIST_DOC} document, usage type eu-west-2-KMS-Requests (symmetric keys).`,
  },
  sesOutboundEmail: {
    usd: 0.1,
    per: '1,000 emails',
    source: SES,
    note:
      `${PRICE_LIST_DOC} document, usage type EUW2-Recipients ($0.0001 per recipient), a-la-carte ` +
      'pricing; the source file reads the same figure from the US East price list (the AWS page was not ' +
      'found). Since 2026-07-21 new SES accounts default to the "Essentials" plan at $0.16 per 1,000 ' +
      '(US East, same file; the plans exist per the SESv2 PutAccountPricingAttributes API reference).',
  },
  apiGatewayRestRequests: {
    usd: 3.5,
    per: '1M requests',
    source: API_GATEWAY,
    note:
      'REST API, London first tier (first 333M a month), usage type EUW2-ApiGatewayRequest ($0.0000035 ' +
      'per request), read from the price-list test fixture in the public repository mooncitizen/togen ' +
      '(the same file as the HTTP API figure before it), not from the AWS page. AWS\u2019s Private APIs ' +
      'whitepaper (docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/' +
      'cost-optimization.html) gives the same $3.50 for US East. The HTTP API was $1.16 in London.',
  },
  wafWebAcl: {
    usd: 5.0,
    per: 'web ACL-month',
    source: WAF,
    note:
      'Prorated hourly. AWS: "The pricing for AWS WAF is consistent across all AWS Regions" ' +
      `(${WAF_SAME_EVERYWHERE}); the $5 figure read from third-party guides (c3x.dev, awsnegotiations.com, 2026), ` +
      'the AWS page itself was not among the search results.',
  },
  wafRule: {
    usd: 1.0,
    per: 'rule-month',
    source: WAF,
    note:
      'Each rule, and each managed rule group counted as one rule (c3x.dev, 2026). The two AWS managed ' +
      'groups used (IP reputation list, known bad inputs) carry no subscription fee of their own; the ' +
      'paid ones (Bot Control, Fraud Control) are not used. Same in every region (AWS blog cited for the web ACL).',
  },
  wafRequests: {
    usd: 0.6,
    per: '1M requests',
    source: WAF,
    note: 'Every request the web ACL inspects, allowed or blocked. Same in every region (see the web ACL).',
  },
  xrayTracesRecorded: {
    usd: 5.0,
    per: '1M traces',
    source: XRAY,
    note:
      'US East figure ($0.000005 per trace beyond the free 100,000 a month), read from the AWS page in ' +
      'German (aws.amazon.com/de/xray/pricing/); the London price was not found. Retrieved and scanned ' +
      'traces ($0.50 per 1M beyond 1M free) are what people looking at traces cost, not priced here.',
  },
  cloudWatchAlarms: {
    usd: 0.1,
    per: 'alarm-month',
    source: CLOUDWATCH,
    note:
      'Standard-resolution metric alarm, US East figure (third-party guides c3x.dev and cloudcostkit.com, ' +
      '2026); the London price was not found. The first 10 alarms a month are free (CloudWatch free tier).',
  },
  logsIngestion: {
    usd: 0.5985,
    per: 'GB ingested',
    source: CLOUDWATCH,
    note: `${PRICE_LIST_DOC} document, usage type EUW2-DataProcessing-Bytes (Standard class). US East: $0.50.`,
  },
  logsStorage: {
    usd: 0.0315,
    per: 'GB-month',
    source: CLOUDWATCH,
    note: `${PRICE_LIST_DOC} document, usage type EUW2-TimedStorage-ByteHrs. US East: $0.03.`,
  },
} as const satisfies Record<string, AwsPrice>;

/** A meter of the cost model: one priced unit in `AWS_PRICES`. */
export type PriceKey = keyof typeof AWS_PRICES;

/** How many units of usage each entry's `per` covers (its `usd` divided by this is the unit price). */
export const PRICE_UNITS = {
  lambdaRequests: 1_000_000,
  lambdaArmGbSecond: 1,
  sqsStandardRequests: 1_000_000,
  eventBridgeCustomEvents: 1_000_000,
  schedulerInvocations: 1_000_000,
  dynamoDbWriteRequestUnits: 1_000_000,
  dynamoDbReadRequestUnits: 1_000_000,
  dynamoDbStorage: 1,
  dynamoDbPitr: 1,
  kmsKey: 1,
  kmsRequests: 10_000,
  sesOutboundEmail: 1_000,
  apiGatewayRestRequests: 1_000_000,
  wafWebAcl: 1,
  wafRule: 1,
  wafRequests: 1_000_000,
  xrayTracesRecorded: 1_000_000,
  cloudWatchAlarms: 1,
  logsIngestion: 1,
  logsStorage: 1,
} as const satisfies Record<PriceKey, number>;

/** The price of one unit of a meter, in USD. */
export const unitPrice = (key: PriceKey): number => AWS_PRICES[key].usd / PRICE_UNITS[key];

/**
 * The always-free monthly allowances (per account), keyed by the meter they reduce. Offers that
 * last only 12 months are left out: API Gateway's 1M calls and SES's 3,000 messages (withdrawn for
 * new accounts), as is anything without a free tier (EventBridge custom events, DynamoDB on-demand
 * requests and point-in-time recovery, KMS keys, WAF).
 */
export const FREE_TIER = {
  lambdaRequests: {
    amount: 1_000_000,
    unit: 'requests',
    source: LAMBDA,
    note: 'Shared by every function in the account; price-list line Global-Request.',
  },
  lambdaArmGbSecond: {
    amount: 400_000,
    unit: 'GB-seconds',
    source: LAMBDA,
    note: 'Shared by x86 and Arm; price-list line Global-Lambda-GB-Second.',
  },
  sqsStandardRequests: {
    amount: 1_000_000,
    unit: 'requests',
    source: SQS,
    note: 'Price-list line Global-Requests: "First 1,000,000 Amazon SQS Requests per month are free".',
  },
  schedulerInvocations: {
    amount: 14_000_000,
    unit: 'invocations',
    source: EVENTBRIDGE,
    note: 'Price list: "$0 for the first 14 million scheduled invocations".',
  },
  kmsRequests: {
    amount: 20_000,
    unit: 'requests',
    source: KMS,
    note: 'Calculated across all regions (AWS page).',
  },
  dynamoDbStorage: {
    amount: 25,
    unit: 'GB-month',
    source: 'https://aws.amazon.com/dynamodb/pricing/',
    note: 'Standard table class, all tables in a region; "does not expire" (AWS page).',
  },
  xrayTracesRecorded: {
    amount: 100_000,
    unit: 'traces recorded',
    source: XRAY,
    note: 'Always free (AWS page: "Die ersten 100 000 aufgezeichneten Ablaufverfolgungen pro Monat sind kostenfrei").',
  },
  cloudWatchAlarms: {
    amount: 10,
    unit: 'alarm-months',
    source: CLOUDWATCH,
    note: 'Always free: 10 alarm metrics (standard resolution) a month.',
  },
  logsIngestion: {
    amount: 5,
    unit: 'GB',
    source: CLOUDWATCH,
    note:
      'The AWS page gives "5 GB Data (ingestion, archive storage, and data scanned by Logs Insights ' +
      'queries)" as one allowance; the model spends all of it on ingestion and gives no free log storage.',
  },
} as const satisfies Partial<Record<PriceKey, FreeAllowance>>;
