/**
 * The vocabulary of the system's wiring: what exists and what feeds what. Pure data, read by
 * the CDK app and by the local runtime alike; nothing here imports AWS or CDK.
 */
import type * as z from 'zod';
import type { SettingName } from './settings.ts';

/** A global secondary index of a table: its name and string key attributes. */
export interface IndexSpec {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
}

/** A global secondary index of a table: its name and string key attributes. */
export interface IndexSpec {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
}

/** A DynamoDB table. Names are logical; CloudFormation names the real ones. */
export interface TableSpec {
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly timeToLiveAttribute?: string;
  /** Global secondary indexes (string keys, every attribute projected). */
  readonly indexes?: readonly IndexSpec[];
  /** Environment variable carrying the table name to functions that use it. */
  readonly envVar: string;
}

/**
 * DynamoDB operations a function may call on a table, named as IAM names them (`dynamodb:<name>`).
 * A transaction needs the operations inside it (TransactWriteItems: PutItem, UpdateItem,
 * DeleteItem, ConditionCheckItem; TransactGetItems: GetItem). Query and Scan are granted on the
 * table and on each of its declared indexes (`<table>/index/<name>`).
 */
export type TableOperation =
  | 'GetItem'
  | 'BatchGetItem'
  | 'Query'
  | 'Scan'
  | 'ConditionCheckItem'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'BatchWriteItem';

/** The operations that change items: they need the table key for writing, not only reading. */
export const WRITE_OPERATIONS: readonly TableOperation[] = [
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
];

/** SQS operations a function may call on a queue it sends to (SendMessageBatch is `sqs:SendMessage` too). */
export type QueueOperation = 'SendMessage';

/** EventBridge operations on the system's bus. */
export type BusOperation = 'PutEvents';

/** SES operations: v1 `SendEmail` (and SES v2 `SendEmail`) are `ses:SendEmail`; raw email is not granted. */
export type EmailOperation = 'SendEmail';

/**
 * A Lambda function: its code entry and what it may touch, as the operations its code calls.
 * The stack grants exactly these (and the key use they need); `test/cdk/least-privilege.test.ts`
 * proves they are what the bundled code calls, no more and no less.
 */
export interface FunctionSpec<TTable extends string, TQueue extends string> {
  /** Source file (from the repository root) exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  /** Per table, the DynamoDB operations called on it, e.g. `{ education: ['GetItem', 'PutItem'] }`. */
  readonly tables?: Readonly<Partial<Record<TTable, readonly TableOperation[]>>>;
  /** Per queue, the SQS operations called on it: `{ bookings: ['SendMessage'] }`. */
  readonly queues?: Readonly<Partial<Record<TQueue, readonly QueueOperation[]>>>;
  /** Operations on the system's event bus: `['PutEvents']`. */
  readonly bus?: readonly BusOperation[];
  /** SES operations, from the configured sender only: `['SendEmail']`. */
  readonly email?: readonly EmailOperation[];
  /** Deployment settings the function reads (wiring/settings.ts), each set as its environment variable. */
  readonly settings?: readonly SettingName[];
}

/** An SQS queue with its dead-letter queue and (optionally) the function that consumes it. */
export interface QueueSpec<TFunction extends string> {
  readonly envVar?: string;
  /** Seconds a received message stays hidden; at least 6 × the consumer's timeout (AWS guidance). */
  readonly visibilityTimeoutSeconds: number;
  /** Receives before a message is parked in the queue's DLQ. */
  readonly maxReceiveCount: number;
  readonly consumer?: {
    readonly function: TFunction;
    readonly batchSize: number;
    readonly maxBatchingWindowSeconds: number;
    /** At most this many function instances take batches at once (the event source mapping's maximum concurrency, 2-1000). */
    readonly maxConcurrency?: number;
  };
}

/** An EventBridge rule on the system's bus. */
export interface RuleSpec<TQueue extends string> {
  readonly id: string;
  readonly description: string;
  readonly eventPattern: Readonly<Record<string, unknown>>;
  readonly target: { readonly queue: TQueue };
}

/** An EventBridge Scheduler schedule. */
export interface ScheduleSpec<TFunction extends string, TQueue extends string> {
  readonly id: string;
  readonly description: string;
  /** `cron(...)`, `rate(...)` or `at(...)`, as EventBridge Scheduler reads it. */
  readonly expression: string;
  readonly timeZone: string;
  readonly target: { readonly function: TFunction } | { readonly queue: TQueue };
  /** JSON delivered to the target. */
  readonly input?: Readonly<Record<string, unknown>>;
}

/** One response a route can give, as the API description states it. */
export interface ResponseSpec {
  readonly description: string;
  /** The JSON body's schema, if it has one. */
  readonly body?: z.ZodType;
}

/** An API route: a REST API method with a Lambda proxy integration. */
export interface RouteSpec<TFunction extends string> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** API Gateway path, e.g. `/bookings/{bookingId}`. */
  readonly path: string;
  readonly function: TFunction;
  /** `iam`: only signed council callers; `none`: public (the schools' booking form). */
  readonly auth: 'none' | 'iam';
  /** One line saying what the route does, for the API description (OpenAPI). */
  readonly summary: string;
  /** The request's schemas (the same ones the handler validates with), for the API description. */
  readonly request?: {
    /** A JSON body. */
    readonly body?: z.ZodType;
    /** Path parameters: an object schema keyed by the `{names}` in `path`. */
    readonly path?: z.ZodObject;
    /** Query string parameters: an object schema. */
    readonly query?: z.ZodObject;
  };
  /** Every response the route gives, by status code. */
  readonly responses: Readonly<Record<number, ResponseSpec>>;
}

/** The whole system: every resource and every connection, declared once. */
export interface Wiring<TTable extends string, TQueue extends string, TFunction extends string> {
  readonly tables: Readonly<Record<TTable, TableSpec>>;
  readonly queues: Readonly<Record<TQueue, QueueSpec<TFunction>>>;
  readonly functions: Readonly<Record<TFunction, FunctionSpec<TTable, TQueue>>>;
  readonly rules: readonly RuleSpec<TQueue>[];
  readonly schedules: readonly ScheduleSpec<TFunction, TQueue>[];
  readonly routes: readonly RouteSpec<TFunction>[];
  /**
   * The queue SES's bounce and complaint notifications reach: the mail configuration set
   * publishes them to an SNS topic, delivered raw (the SES JSON as the message body) to this queue.
   */
  readonly mailNotifications?: { readonly queue: TQueue };
}

/** Any wiring, for code (the CDK app, the local runtime) that works over every wiring. */
export type AnyWiring = Wiring<string, string, string>;

/** Environment variable naming the event bus, set on every function that publishes. */
export const EVENT_BUS_ENV = 'EVENT_BUS_NAME';
/** Environment variable naming the sender address, set on every function that sends email. */
export const MAIL_FROM_ENV = 'MAIL_FROM';
/** Environment variable naming the SES configuration set, set on every function that sends email. */
export const MAIL_CONFIGURATION_SET_ENV = 'SES_CONFIGURATION_SET';
