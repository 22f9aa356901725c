import { describe, expect, it } from 'vitest';
import { environmentOf } from '#wiring/environment';
import { systemWiring } from '#wiring/system';
import type { AnyWiring } from '#wiring/types';
import { logicalId, synth } from './synth.ts';

type Resource = { Properties: Record<string, unknown> };

/** Reads, from a synthesized template, the wiring it actually contains. */
function wiringInTemplate(wiring: AnyWiring) {
  const built = synth(wiring);
  const stack = built.statelessStack;
  const template = built.stateless;
  const fnByLogicalId = new Map(Object.entries(stack.functions).map(([name, fn]) => [logicalId(fn), name]));
  const queueByLogicalId = new Map(
    Object.entries(stack.queues).map(([name, q]) => [logicalId(q.queue), name]),
  );
  const refOf = (value: unknown) => {
    const v = (value ?? {}) as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
    return v.Ref ?? v['Fn::GetAtt']?.[0];
  };
  const all = (type: string) => Object.values(template.findResources(type)) as Resource[];

  const queues = Object.fromEntries(
    [...queueByLogicalId].map(([id, name]) => {
      const props = (template.findResources('AWS::SQS::Queue')[id] as Resource).Properties;
      const redrive = props.RedrivePolicy as { maxReceiveCount: number };
      return [
        name,
        { visibilityTimeoutSeconds: props.VisibilityTimeout, maxReceiveCount: redrive.maxReceiveCount },
      ];
    }),
  );
  const consumers = all('AWS::Lambda::EventSourceMapping').map(({ Properties: p }) => ({
    queue: queueByLogicalId.get(refOf(p.EventSourceArn)!),
    function: fnByLogicalId.get(refOf(p.FunctionName)!),
    batchSize: p.BatchSize,
    maxBatchingWindowSeconds: p.MaximumBatchingWindowInSeconds,
    reportsBatchItemFailures: JSON.stringify(p.FunctionResponseTypes) === '["ReportBatchItemFailures"]',
  }));
  const rules = all('AWS::Events::Rule').map(({ Properties: p }) => ({
    eventPattern: p.EventPattern,
    targets: (p.Targets as { Arn: unknown }[]).map((t) => queueByLogicalId.get(refOf(t.Arn)!)),
  }));
  // REST API: each method hangs off a resource whose path is its parents' path parts; its
  // Lambda proxy integration's URI names the function.
  const resources = template.findResources('AWS::ApiGateway::Resource');
  const pathOf = (resourceId: unknown): string => {
    const id = (resourceId as { Ref?: string }).Ref;
    if (!id) return ''; // { Fn::GetAtt: [<RestApi>, RootResourceId] }
    const { ParentId, PathPart } = (resources[id] as Resource).Properties;
    return `${pathOf(ParentId)}/${PathPart as string}`;
  };
  const routes = all('AWS::ApiGateway::Method').map(({ Properties: p }) => {
    const integration = p.Integration as { Type: string; Uri: { 'Fn::Join': [string, unknown[]] } };
    const invoked = integration.Uri['Fn::Join'][1].map(refOf).find((id) => id && fnByLogicalId.has(id));
    return {
      routeKey: `${p.HttpMethod as string} ${pathOf(p.ResourceId) || '/'}`,
      function: integration.Type === 'AWS_PROXY' ? fnByLogicalId.get(invoked!) : undefined,
      auth:
        p.AuthorizationType === 'AWS_IAM'
          ? 'iam'
          : p.AuthorizationType === 'NONE'
            ? 'none'
            : p.AuthorizationType,
    };
  });
  const schedules = all('AWS::Scheduler::Schedule').map(({ Properties: p }) => {
    const target = p.Target as { Arn: unknown };
    return {
      expression: p.ScheduleExpression,
      timeZone: p.ScheduleExpressionTimezone,
      target: fnByLogicalId.get(refOf(target.Arn)!) ?? queueByLogicalId.get(refOf(target.Arn)!),
    };
  });
  const environments = Object.fromEntries(
    Object.entries(stack.functions).map(([name, fn]) => {
      const props = (template.findResources('AWS::Lambda::Function')[logicalId(fn)] as Resource).Properties;
      return [name, Object.keys((props.Environment as { Variables: object }).Variables).sort()];
    }),
  );
  const tableByLogicalId = new Map(
    Object.entries(built.statefulStack.tables).map(([name, table]) => [logicalId(table), name]),
  );
  const tables = Object.fromEntries(
    Object.entries(built.stateful.findResources('AWS::DynamoDB::GlobalTable')).map(([id, resource]) => {
      const p = (resource as Resource).Properties;
      const keyOf = (schema: { AttributeName: string; KeyType: string }[], type: string) =>
        schema.find((k) => k.KeyType === type)?.AttributeName;
      const indexes = (
        (p.GlobalSecondaryIndexes ?? []) as {
          IndexName: string;
          KeySchema: { AttributeName: string; KeyType: string }[];
          Projection: { ProjectionType: string };
        }[]
      ).map((index) => ({
        name: index.IndexName,
        partitionKey: keyOf(index.KeySchema, 'HASH'),
        sortKey: keyOf(index.KeySchema, 'RANGE'),
        projection: index.Projection.ProjectionType,
      }));
      const schema = p.KeySchema as { AttributeName: string; KeyType: string }[];
      return [
        tableByLogicalId.get(id),
        { partitionKey: keyOf(schema, 'HASH'), sortKey: keyOf(schema, 'RANGE'), indexes },
      ];
    }),
  );
  return { queues, consumers, rules, routes, schedules, environments, tables };
}

/** What the wiring declares, in the same shape. */
function declared(wiring: AnyWiring) {
  return {
    queues: Object.fromEntries(
      Object.entries(wiring.queues).map(([name, q]) => [
        name,
        { visibilityTimeoutSeconds: q.visibilityTimeoutSeconds, maxReceiveCount: q.maxReceiveCount },
      ]),
    ),
    consumers: Object.entries(wiring.queues).flatMap(([queue, q]) =>
      q.consumer
        ? [
            {
              queue,
              function: q.consumer.function,
              batchSize: q.consumer.batchSize,
              maxBatchingWindowSeconds: q.consumer.maxBatchingWindowSeconds,
              reportsBatchItemFailures: true,
            },
          ]
        : [],
    ),
    rules: wiring.rules.map((r) => ({ eventPattern: r.eventPattern, targets: [r.target.queue] })),
    routes: wiring.routes.map((r) => ({
      routeKey: `${r.method} ${r.path}`,
      function: r.function,
      auth: r.auth,
    })),
    schedules: wiring.schedules.map((s) => ({
      expression: s.expression,
      timeZone: s.timeZone,
      target: 'queue' in s.target ? s.target.queue : s.target.function,
    })),
    tables: Object.fromEntries(
      Object.entries(wiring.tables).map(([name, t]) => [
        name,
        {
          partitionKey: t.partitionKey,
          sortKey: t.sortKey,
          indexes: (t.indexes ?? []).map((index) => ({
            name: index.name,
            partitionKey: index.partitionKey,
            sortKey: index.sortKey,
            projection: 'ALL',
          })),
        },
      ]),
    ),
    environments: Object.fromEntries(
      Object.entries(wiring.functions).map(([name, fn]) => [
        name,
        [
          ...Object.keys(environmentOf(wiring, fn)),
          'POWERTOOLS_METRICS_NAMESPACE',
          'POWERTOOLS_SERVICE_NAME',
        ].sort(),
      ]),
    ),
  };
}

const byJson = <T>(items: T[]) =>
  [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('wiring agreement', () => {
  it('the synthesized system contains exactly the wiring it was built from', () => {
    const actual = wiringInTemplate(systemWiring);
    const expected = declared(systemWiring);

    expect(actual.queues).toEqual(expected.queues);
    expect(byJson(actual.consumers)).toEqual(byJson(expected.consumers));
    expect(byJson(actual.rules)).toEqual(byJson(expected.rules));
    expect(byJson(actual.routes)).toEqual(byJson(expected.routes));
    expect(actual.schedules).toEqual(expected.schedules);
    expect(actual.environments).toEqual(expected.environments);
    expect(actual.tables).toEqual(expected.tables);
  });

  it('gives each table exactly the global secondary indexes the wiring declares', () => {
    const withIndexes: AnyWiring = {
      ...systemWiring,
      tables: {
        ...systemWiring.tables,
        education: {
          ...systemWiring.tables.education,
          indexes: [
            { name: 'byType', partitionKey: 'entity' },
            { name: 'byDate', partitionKey: 'day', sortKey: 'at' },
          ],
        },
      },
    };

    const actual = wiringInTemplate(withIndexes);

    expect(actual.tables).toEqual(declared(withIndexes).tables);
    expect(actual.tables.education!.indexes.map((i: { name: string }) => i.name)).toEqual([
      'byType',
      'byDate',
    ]);
    expect(actual.tables.directory!.indexes.map((i: { name: string }) => i.name)).toEqual([
      'byLocalAuthority',
    ]);
  });

  it('carries schedules, in their time zone, to function and queue targets', () => {
    const withSchedules: AnyWiring = {
      ...systemWiring,
      schedules: [
        {
          id: 'MondaySend',
          description: 'test',
          expression: 'cron(0 7 ? * MON *)',
          timeZone: 'Europe/London',
          target: { function: 'processBooking' },
        },
        {
          id: 'DailySweep',
          description: 'test',
          expression: 'cron(0 6 * * ? *)',
          timeZone: 'Europe/London',
          target: { queue: 'email' },
          input: { kind: 'sweep' },
        },
      ],
    };

    const actual = wiringInTemplate(withSchedules);

    expect(byJson(actual.schedules)).toEqual(byJson(declared(withSchedules).schedules));
  });

  it('keeps each queue visible for at least six times its consumer’s timeout (AWS guidance)', () => {
    for (const queue of Object.values(systemWiring.queues as AnyWiring['queues'])) {
      if (!queue.consumer) continue;
      const timeout = (systemWiring.functions as AnyWiring['functions'])[queue.consumer.function]!
        .timeoutSeconds;
      expect(queue.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(6 * timeout);
    }
  });
});
