import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { esbuildOptions } from '#cdk/bundling';
import { KMS_FOR_READ, KMS_FOR_WRITE } from '#cdk/grants';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';
import { logicalId, synth } from './synth.ts';

/**
 * No role may do more than its function's code does, and no function may call what its role
 * does not allow. What the code calls is read from the function's own bundle (esbuild, as the
 * stack builds it): the AWS SDK commands our source files in it construct, and the Powertools
 * idempotency persistence layer's operations where our code creates one. What a role may do is
 * read from the synthesized template. Both are written as `action on resource` and compared.
 */

const ROOT = resolve(import.meta.dirname, '../..');

/** DynamoDB document-client commands, by the DynamoDB operation (and IAM action) they call. */
const DOCUMENT_OPERATIONS: Record<string, string> = {
  Get: 'GetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  Query: 'Query',
  Scan: 'Scan',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
};

/** The IAM action an SDK command needs, or undefined if this table does not know it (the test then fails). */
const iamActionOf = (module: string, command: string): string | undefined => {
  const operation = command.replace(/Command$/, '');
  switch (module) {
    case '@aws-sdk/lib-dynamodb':
      return DOCUMENT_OPERATIONS[operation] && `dynamodb:${DOCUMENT_OPERATIONS[operation]}`;
    case '@aws-sdk/client-dynamodb':
      return /^(GetItem|PutItem|UpdateItem|DeleteItem|Query|Scan|BatchGetItem|BatchWriteItem)$/.test(
        operation,
      )
        ? `dynamodb:${operation}`
        : undefined;
    case '@aws-sdk/client-sqs':
      // SendMessageBatch is authorized as sqs:SendMessage.
      return `sqs:${operation === 'SendMessageBatch' ? 'SendMessage' : operation}`;
    case '@aws-sdk/client-eventbridge':
      return `events:${operation}`;
    case '@aws-sdk/client-ses':
    case '@aws-sdk/client-sesv2':
      return `ses:${operation}`;
    default:
      return undefined;
  }
};

/** What Powertools' DynamoDB persistence layer calls on the idempotency table (its docs list the same). */
const IDEMPOTENCY_PERSISTENCE = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
];

/** The IAM actions of the item kinds a source file's transactions name (`ConditionCheck:`, `Put:`, ...). */
const transactionActionsIn = (source: string): string[] => {
  const kinds: Record<string, string> = {
    ConditionCheck: 'ConditionCheckItem',
    Put: 'PutItem',
    Update: 'UpdateItem',
    Delete: 'DeleteItem',
    Get: 'GetItem',
  };
  const named = [...source.matchAll(/\b(ConditionCheck|Put|Update|Delete|Get)\s*:\s*\{/g)].map((m) => m[1]!);
  if (named.length === 0) throw new Error('a transaction names no item kind this test knows');
  return [...new Set(named)].map((kind) => `dynamodb:${kinds[kind]}`);
};

/** Imported names of a source file: local name → module and exported name. */
const importsOf = (source: string) => {
  const names = new Map<string, { module: string; name: string }>();
  for (const [, list, module] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    for (const item of list!.split(',')) {
      const [name, local] = item
        .replace(/^\s*type\s+/, '')
        .trim()
        .split(/\s+as\s+/);
      if (name) names.set(local ?? name, { module: module!, name });
    }
  }
  return names;
};

/** Our own source files that end up in a function's bundle (with code in it after tree-shaking). */
async function ownSourcesIn(entry: string): Promise<string[]> {
  const result = await build({
    ...esbuildOptions(),
    entryPoints: [resolve(ROOT, entry)],
    outdir: join(ROOT, '.least-privilege'),
    write: false,
    metafile: true,
    minify: false,
    sourcemap: false,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs).filter((o) => o.entryPoint);
  return Object.entries(output!.inputs)
    .filter(([path, input]) => !path.includes('node_modules') && input.bytesInOutput > 0)
    .map(([path]) => resolve(ROOT, path));
}

/**
 * What a function's code calls, as `action on resource`: SDK commands on the tables and queues
 * whose environment variables its code reads (one table read by the code: its commands are on
 * that table; the persistence layer's on the table its module names).
 */
async function usedBy(wiring: AnyWiring, name: string): Promise<Set<string>> {
  const used = new Set<string>();
  const tablesNamedIn = (source: string) =>
    Object.entries(wiring.tables)
      .filter(([, t]) => source.includes(`'${t.envVar}'`))
      .map(([table]) => table);
  const ownCalls: string[] = [];
  const ownTables = new Set<string>();
  const ownQueues = new Set<string>();
  const files = await ownSourcesIn(wiring.functions[name]!.entry);
  // An adapter made for one named table (`dynamoDbSchoolLookup(documentClient,
  // requiredEnv('DIRECTORY_TABLE_NAME'))`) calls its commands on that table only, so a function
  // using two tables is granted each table's own operations, not their union on both.
  const adapterTable = new Map<string, string>();
  for (const file of files) {
    for (const [, factory, envVar] of readFileSync(file, 'utf8').matchAll(
      /(\w+)\(\s*\w+\s*,\s*requiredEnv\('(\w+)'\)\s*\)/g,
    )) {
      const table = Object.entries(wiring.tables).find(([, t]) => t.envVar === envVar)?.[0];
      if (table) adapterTable.set(factory!, table);
    }
  }
  const tableCalls: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const madeFor = [...source.matchAll(/export function (\w+)/g)]
      .map((m) => adapterTable.get(m[1]!))
      .find((t) => t);
    const imports = importsOf(source);
    const constructed = [...source.matchAll(/new\s+(\w+)\s*\(/g)]
      .map((m) => imports.get(m[1]!))
      .filter((i) => i);
    const persistence = constructed.some((i) => i!.name === 'DynamoDBPersistenceLayer');
    for (const table of tablesNamedIn(source)) {
      if (persistence) for (const action of IDEMPOTENCY_PERSISTENCE) used.add(`${action} on table:${table}`);
      else ownTables.add(table);
    }
    for (const [queue, spec] of Object.entries(wiring.queues)) {
      if (spec.envVar && source.includes(`'${spec.envVar}'`)) ownQueues.add(queue);
    }
    for (const command of constructed.filter((i) => i!.name.endsWith('Command'))) {
      if (/^Transact(Write|Get)(Items)?Command$/.test(command!.name)) {
        // A transaction is authorised item by item: the actions of the item kinds it writes.
        ownCalls.push(...transactionActionsIn(source));
        continue;
      }
      const action = iamActionOf(command!.module, command!.name);
      if (!action) throw new Error(`${file}: no IAM action known for ${command!.module} ${command!.name}`);
      if (madeFor && action.startsWith('dynamodb:')) tableCalls.push(`${action} ${madeFor}`);
      else ownCalls.push(action);
    }
  }
  for (const call of tableCalls) {
    const [action, table] = call.split(' ') as [string, string];
    used.add(`${action} on table:${table}`);
    if (/:(Query|Scan)$/.test(action)) {
      for (const index of wiring.tables[table]!.indexes ?? [])
        used.add(`${action} on table:${table}/index/${index.name}`);
    }
  }
  for (const action of ownCalls) {
    const [service] = action.split(':');
    const targets =
      service === 'dynamodb'
        ? [...ownTables].flatMap((t) => [
            `table:${t}`,
            ...(/:(Query|Scan)$/.test(action)
              ? (wiring.tables[t]!.indexes ?? []).map((i) => `table:${t}/index/${i.name}`)
              : []),
          ])
        : service === 'sqs'
          ? [...ownQueues].map((q) => `queue:${q}`)
          : service === 'events'
            ? ['bus']
            : ['ses:identity', 'ses:configuration-set'];
    if (targets.length === 0)
      throw new Error(`${name} calls ${action} on a resource no environment variable names`);
    for (const target of targets) used.add(`${action} on ${target}`);
  }
  const dynamo = [...used].filter((u) => u.startsWith('dynamodb:'));
  if (dynamo.length > 0) {
    const writes = dynamo.some((u) => /:(PutItem|UpdateItem|DeleteItem|BatchWriteItem) /.test(u));
    for (const action of writes ? KMS_FOR_WRITE : KMS_FOR_READ) used.add(`${action} on key:data`);
  }
  return used;
}

/** What Lambda itself does with the function's role, whatever the code: the platform's part. */
function platformUse(wiring: AnyWiring, name: string): Set<string> {
  const use = new Set([
    // writing the function's logs, to its own log group
    'logs:CreateLogStream on own-log-group',
    'logs:PutLogEvents on own-log-group',
    // active tracing: Lambda sends the invocation's segments
    'xray:PutTraceSegments on *',
    'xray:PutTelemetryRecords on *',
  ]);
  // the event source mapping polls the function's queue with the function's role
  for (const [queue, spec] of Object.entries(wiring.queues)) {
    if (spec.consumer?.function !== name) continue;
    for (const action of [
      'ReceiveMessage',
      'ChangeMessageVisibility',
      'GetQueueUrl',
      'DeleteMessage',
      'GetQueueAttributes',
    ]) {
      use.add(`sqs:${action} on queue:${queue}`);
    }
  }
  // Lambda parks a failed asynchronous invocation (a schedule's) in the function-failure DLQ
  if (wiring.schedules.some((s) => 'function' in s.target && s.target.function === name)) {
    use.add('sqs:SendMessage on function-failures-dlq');
  }
  return use;
}

type Statement = {
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, string>>;
};
const asList = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);

/** Every role's grants, as `action on resource`, read from the synthesized template. */
function grantedIn(built: ReturnType<typeof synth>): Record<string, Set<string>> {
  const stack = built.statelessStack;
  const stateful = built.statefulStack;
  const policies = Object.values(built.stateless.findResources('AWS::IAM::Policy'));
  const named: [string, string][] = [
    ...Object.entries(stateful.tables).map(
      ([t, table]) => [logicalId(table), `table:${t}`] as [string, string],
    ),
    [logicalId(stateful.dataKey), 'key:data'],
    [logicalId(stateful.operationsKey), 'key:operations'],
    ...Object.entries(stack.queues).map(([q, c]) => [logicalId(c.queue), `queue:${q}`] as [string, string]),
    ...Object.entries(stack.queues).map(
      ([q, c]) => [logicalId(c.deadLetterQueue), `dlq:${q}`] as [string, string],
    ),
    [logicalId(stack.functionFailures), 'function-failures-dlq'],
    [logicalId(stack.deliveryFailures), 'event-delivery-dlq'],
    [logicalId(stack.bus), 'bus'],
  ];
  const targetOf = (resource: unknown, ownLogGroup: string): string => {
    if (resource === '*') return '*';
    const text = JSON.stringify(resource);
    if (text.includes(`"${ownLogGroup}"`)) return 'own-log-group';
    if (text.includes(':identity/')) return 'ses:identity';
    if (text.includes(':configuration-set/')) return 'ses:configuration-set';
    const found = named.find(([id]) => text.includes(id));
    if (!found) return `unknown ${text}`;
    const index = /\/index\/(\w+)/.exec(text);
    return index ? `${found[1]}/index/${index[1]}` : found[1];
  };
  return Object.fromEntries(
    Object.entries(stack.functions).map(([name, fn]) => {
      const role = logicalId(fn.role!);
      const statements = policies
        .filter((p) => JSON.stringify(p.Properties.Roles).includes(`"${role}"`))
        .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
      const granted = new Set<string>();
      for (const s of statements) {
        for (const action of asList(s.Action)) {
          for (const resource of asList(s.Resource))
            granted.add(`${action} on ${targetOf(resource, logicalId(fn.logGroup))}`);
        }
      }
      return [name, granted];
    }),
  );
}

const sorted = (set: Set<string>) => [...set].sort();

describe('least privilege: every role allows exactly what its function calls', () => {
  let built: ReturnType<typeof synth>;
  const used: Record<string, Set<string>> = {};
  beforeAll(async () => {
    built = synth();
    for (const name of Object.keys(systemWiring.functions)) used[name] = await usedBy(systemWiring, name);
  }, 120_000);

  it.each(Object.keys(systemWiring.functions))('%s: granted ⊆ called and called ⊆ granted', (name) => {
    const expected = new Set([...used[name]!, ...platformUse(systemWiring, name)]);

    expect(sorted(grantedIn(built)[name]!)).toEqual(sorted(expected));
  });

  it('reads the calls right: GetBooking queries one partition, SubmitBooking queries the directory and puts one receipt, none scans or batch-writes', () => {
    expect(sorted(used.getBooking!).filter((u) => u.startsWith('dynamodb:'))).toEqual([
      'dynamodb:Query on table:education',
      'dynamodb:Query on table:education/index/bookingsByYear',
    ]);
    expect(
      sorted(used.submitBooking!).filter((u) => /^dynamodb:\w+ on table:(education|directory)/.test(u)),
    ).toEqual([
      'dynamodb:PutItem on table:education',
      'dynamodb:Query on table:directory',
      'dynamodb:Query on table:directory/index/byLocalAuthority',
    ]);
    for (const calls of Object.values(used)) {
      expect([...calls].filter((u) => /dynamodb:(Scan|BatchWriteItem) /.test(u))).toEqual([]);
    }
    expect(sorted(used.sendBookingEmails!).filter((u) => u.startsWith('ses:'))).toEqual([
      'ses:SendEmail on ses:configuration-set',
      'ses:SendEmail on ses:identity',
    ]);
  });

  it('conditions every KMS grant on use through DynamoDB in eu-west-2 (kms:ViaService)', () => {
    const statements = Object.values(built.stateless.findResources('AWS::IAM::Policy')).flatMap(
      (p) => p.Properties.PolicyDocument.Statement as Statement[],
    );
    const kms = statements.filter((s) => asList(s.Action).some((a) => a.startsWith('kms:')));

    expect(kms.length).toBeGreaterThan(0);
    for (const s of kms) {
      expect(s.Condition?.StringEquals?.['kms:ViaService']).toBe('dynamodb.eu-west-2.amazonaws.com');
    }
  });

  it('finds a grant wider than the code: a Scan declared but never called, on the table and its named index', async () => {
    const widened: AnyWiring = {
      ...systemWiring,
      functions: {
        ...systemWiring.functions,
        getBooking: { ...systemWiring.functions.getBooking, tables: { education: ['Query', 'Scan'] } },
      },
    };

    // synthesizes cdk-nag clean: the index is named, no `index/*` wildcard
    const granted = grantedIn(synth(widened)).getBooking!;
    const expected = new Set([...used.getBooking!, ...platformUse(widened, 'getBooking')]);

    expect(sorted(granted).filter((g) => !expected.has(g))).toEqual([
      'dynamodb:Scan on table:education',
      'dynamodb:Scan on table:education/index/bookingsByYear',
    ]);
  });
});
