import type { Stack } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { type FunctionSpec, type TableOperation, WRITE_OPERATIONS } from '#wiring/types';

/** The resources a function's declared operations are granted on. */
export interface GrantTargets {
  readonly tables: Readonly<Record<string, ITableV2>>;
  /** Each table's index names (the wiring's `indexes`). */
  readonly indexNames: Readonly<Record<string, readonly string[]>>;
  /** The tables' customer-managed key. */
  readonly dataKey: IKey;
  readonly queues: Readonly<Record<string, IQueue>>;
  readonly bus: IEventBus;
  readonly email: {
    /** ARN of the verified SES identity (domain or address). */
    readonly identityArn: string;
    /** ARN of the configuration set every send names. */
    readonly configurationSetArn: string;
    /** The only sender address allowed (`ses:FromAddress`). */
    readonly from: string;
  };
}

/** Operations that also reach a table's indexes (`<table>/index/<name>`). */
const INDEX_OPERATIONS: readonly TableOperation[] = ['Query', 'Scan'];

/**
 * KMS use a DynamoDB operation needs on the table's customer-managed key (DynamoDB calls KMS on
 * the caller's behalf): reading decrypts; writing also encrypts and makes data keys. DescribeKey
 * as in the AWS-managed DynamoDB key's policy (metadata only).
 */
export const KMS_FOR_READ = ['kms:Decrypt', 'kms:DescribeKey'] as const;
export const KMS_FOR_WRITE = [
  ...KMS_FOR_READ,
  'kms:Encrypt',
  'kms:GenerateDataKey*',
  'kms:ReEncrypt*',
] as const;

/**
 * Grants a function exactly the operations its wiring declares, each on the one resource it
 * names, and the KMS use those operations need on the data key, only through DynamoDB in this
 * region (`kms:ViaService`). Nothing is granted that is not declared: no Scan, DeleteItem or
 * BatchWriteItem unless listed, no GetQueueAttributes, no SendRawEmail.
 */
export function grantDeclaredAccess(
  stack: Stack,
  fn: IGrantable,
  spec: FunctionSpec<string, string>,
  targets: GrantTargets,
): void {
  const allow = (actions: readonly string[], resources: string[], conditions?: Record<string, unknown>) =>
    fn.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: [...actions], resources, ...(conditions ? { conditions } : {}) }),
    );

  const operations = new Set<TableOperation>();
  for (const [name, declared] of Object.entries(spec.tables ?? {})) {
    const table = targets.tables[name];
    if (!table) throw new Error(`function ${spec.entry} declares unknown table ${name}`);
    const ops = [...new Set(declared ?? [])];
    if (ops.length === 0) throw new Error(`function ${spec.entry} declares no operations on table ${name}`);
    for (const op of ops) operations.add(op);
    allow(
      ops.map((op) => `dynamodb:${op}`),
      [table.tableArn],
    );
    const onIndexes = ops.filter((op) => INDEX_OPERATIONS.includes(op));
    const indexes = targets.indexNames[name] ?? [];
    if (onIndexes.length > 0 && indexes.length > 0) {
      // Each index named: least privilege, and no wildcard for cdk-nag (IAM5) to flag.
      allow(
        onIndexes.map((op) => `dynamodb:${op}`),
        indexes.map((index) => `${table.tableArn}/index/${index}`),
      );
    }
  }
  if (operations.size > 0) {
    const writes = [...operations].some((op) => WRITE_OPERATIONS.includes(op));
    allow(writes ? KMS_FOR_WRITE : KMS_FOR_READ, [targets.dataKey.keyArn], {
      StringEquals: { 'kms:ViaService': `dynamodb.${stack.region}.amazonaws.com` },
    });
  }

  for (const [name, declared] of Object.entries(spec.queues ?? {})) {
    const queue = targets.queues[name];
    if (!queue) throw new Error(`function ${spec.entry} declares unknown queue ${name}`);
    allow(
      [...new Set(declared ?? [])].map((op) => `sqs:${op}`),
      [queue.queueArn],
    );
  }

  if (spec.bus?.length) {
    allow(
      [...new Set(spec.bus)].map((op) => `events:${op}`),
      [targets.bus.eventBusArn],
    );
  }

  if (spec.email?.length) {
    // SES authorizes a send against the identity and the configuration set it names.
    allow(
      [...new Set(spec.email)].map((op) => `ses:${op}`),
      [targets.email.identityArn, targets.email.configurationSetArn],
      { StringEquals: { 'ses:FromAddress': targets.email.from } },
    );
  }
}

/** Whether a function's declared table operations write (its key grant includes the write actions). */
export const declaresWrites = (spec: FunctionSpec<string, string>) =>
  Object.values(spec.tables ?? {}).some((ops) => ops?.some((op) => WRITE_OPERATIONS.includes(op)));
