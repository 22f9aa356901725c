/**
 * The vocabulary of the system's wiring: what exists and what feeds what. Pure data, read by
 * the CDK app and by the local runtime alike; nothing here imports AWS or CDK.
 */

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

/** A Lambda function: its code entry and what it may touch. */
export interface FunctionSpec<TTable extends string, TQueue extends string> {
  /** Source file (from the repository root) exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly tables?: Readonly<Partial<Record<TTable, 'read' | 'readWrite'>>>;
  /** Queues the function sends to. */
  readonly sendsTo?: readonly TQueue[];
  /** Publishes to the event bus. */
  readonly publishesEvents?: boolean;
  /** Sends email through SES. */
  readonly sendsEmail?: boolean;
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

/** An HTTP API route. */
export interface RouteSpec<TFunction extends string> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** API Gateway path, e.g. `/bookings/{bookingId}`. */
  readonly path: string;
  readonly function: TFunction;
  /** `iam`: only signed council callers; `none`: public (the schools' booking form). */
  readonly auth: 'none' | 'iam';
}

/** The whole system: every resource and every connection, declared once. */
export interface Wiring<TTable extends string, TQueue extends string, TFunction extends string> {
  readonly tables: Readonly<Record<TTable, TableSpec>>;
  readonly queues: Readonly<Record<TQueue, QueueSpec<TFunction>>>;
  readonly functions: Readonly<Record<TFunction, FunctionSpec<TTable, TQueue>>>;
  readonly rules: readonly RuleSpec<TQueue>[];
  readonly schedules: readonly ScheduleSpec<TFunction, TQueue>[];
  readonly routes: readonly RouteSpec<TFunction>[];
}

/** Any wiring, for code (the CDK app, the local runtime) that works over every wiring. */
export type AnyWiring = Wiring<string, string, string>;

/** Environment variable naming the event bus, set on every function that publishes. */
export const EVENT_BUS_ENV = 'EVENT_BUS_NAME';
/** Environment variable naming the sender address, set on every function that sends email. */
export const MAIL_FROM_ENV = 'MAIL_FROM';
