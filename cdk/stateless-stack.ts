import { resolve } from 'node:path';
import { type CfnElement, Duration, Stack, type StackProps, TimeZone, Validations } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, type EventPattern, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { type IGrantable, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke, SqsSendMessage } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { type EnvironmentValues, environmentFor } from '#wiring/environment';
import type { AnyWiring, IndexSpec } from '#wiring/types';
import { EducationFunction } from './constructs/education-function.ts';
import { QueueWithDlq } from './constructs/queue-with-dlq.ts';
import { pascal } from './stateful-stack.ts';

/** Deployment settings the stateless stack needs (from CDK context). */
export interface StatelessStackProps extends StackProps {
  readonly wiring: AnyWiring;
  readonly tables: Record<string, TableV2>;
  readonly dataKey: Key;
  /** Repository root: function entries in the wiring are relative to it. */
  readonly rootDir: string;
  /** Sender of the system's email, e.g. `workforce.development@<council domain>`. */
  readonly mailFrom: string;
  /** The SES identity (domain or address) allowed to send. */
  readonly sesIdentity: string;
}

// The wiring writes patterns as EventBridge JSON; CDK's EventPattern spells `detail-type` as `detailType`.
const toCdkPattern = (pattern: Readonly<Record<string, unknown>>): EventPattern =>
  Object.fromEntries(Object.entries(pattern).map(([k, v]) => [k === 'detail-type' ? 'detailType' : k, v]));

/**
 * Everything that holds no data of its own, built from the wiring: the HTTP API and its
 * routes, the queues (each with a DLQ) and their consumers, the event bus and its rules, the
 * schedules, and the functions with exactly the permissions their wiring declares.
 */
export class StatelessStack extends Stack {
  readonly functions: Record<string, EducationFunction> = {};
  readonly queues: Record<string, QueueWithDlq> = {};
  readonly bus: EventBus;
  readonly api: HttpApi;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { wiring } = props;

    const functionFailures = new Queue(this, 'FunctionFailuresDlq', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.bus = new EventBus(this, 'EducationBus', { description: 'Education Directorate workflow events' });
    const deliveryFailures = new Queue(this, 'EventDeliveryDlq', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });

    Validations.of(deliveryFailures).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SQS3',
      reason:
        'It is a dead-letter queue: the rules’ SQS targets park undeliverable events here (cdk-nag sees only SQS redrive policies).',
    });

    for (const [name, spec] of Object.entries(wiring.queues)) {
      this.queues[name] = new QueueWithDlq(this, `${pascal(name)}Queue`, spec);
    }

    const deploymentValues: EnvironmentValues = {
      table: (name) => props.tables[name]!.tableName,
      queueUrl: (name) => this.queues[name]!.queue.queueUrl,
      busName: this.bus.eventBusName,
      mailFrom: props.mailFrom,
    };
    const sesIdentityArn = this.formatArn({
      service: 'ses',
      resource: 'identity',
      resourceName: props.sesIdentity,
    });
    for (const [name, spec] of Object.entries(wiring.functions)) {
      const environment = environmentFor(wiring, spec, deploymentValues);
      const fn = new EducationFunction(this, pascal(name), {
        entry: resolve(props.rootDir, spec.entry),
        description: spec.description,
        memoryMb: spec.memoryMb,
        timeoutSeconds: spec.timeoutSeconds,
        environment,
        deadLetterQueue: functionFailures,
        serviceName: name,
      });
      for (const [table, access] of Object.entries(spec.tables ?? {})) {
        const indexes = wiring.tables[table]?.indexes ?? [];
        if (indexes.length > 0) {
          grantNamingIndexes(
            fn,
            props.tables[table]!,
            indexes,
            access === 'read' ? 'read' : 'readWrite',
            props.dataKey,
          );
        } else if (access === 'read') props.tables[table]!.grantReadData(fn);
        else props.tables[table]!.grantReadWriteData(fn);
      }
      if (Object.values(spec.tables ?? {}).includes('readWrite')) {
        for (const action of ['kms:GenerateDataKey*', 'kms:ReEncrypt*']) {
          Validations.of(fn).acknowledge({
            id: `AwsSolutions::AwsSolutions-IAM5[Action::${action}]`,
            reason: `${action} is what a DynamoDB write needs on the table's customer-managed key; the grant names that one key.`,
          });
        }
      }
      for (const queue of spec.sendsTo ?? []) this.queues[queue]!.queue.grantSendMessages(fn);
      if (spec.publishesEvents) this.bus.grantPutEventsTo(fn);
      if (spec.sendsEmail) {
        fn.addToRolePolicy(
          new PolicyStatement({
            actions: ['ses:SendEmail', 'ses:SendRawEmail'],
            resources: [sesIdentityArn],
            conditions: { StringEquals: { 'ses:FromAddress': props.mailFrom } },
          }),
        );
      }
      this.functions[name] = fn;
    }

    for (const [name, spec] of Object.entries(wiring.queues)) {
      if (!spec.consumer) continue;
      this.functions[spec.consumer.function]!.addEventSource(
        new SqsEventSource(this.queues[name]!.queue, {
          batchSize: spec.consumer.batchSize,
          maxBatchingWindow: Duration.seconds(spec.consumer.maxBatchingWindowSeconds),
          reportBatchItemFailures: true,
        }),
      );
    }

    for (const rule of wiring.rules) {
      new Rule(this, rule.id, {
        eventBus: this.bus,
        description: rule.description,
        eventPattern: toCdkPattern(rule.eventPattern),
        targets: [
          new SqsQueue(this.queues[rule.target.queue]!.queue, {
            deadLetterQueue: deliveryFailures,
            retryAttempts: 185,
            maxEventAge: Duration.hours(24),
          }),
        ],
      });
    }

    for (const schedule of wiring.schedules) {
      const input = schedule.input ? { input: ScheduleTargetInput.fromObject(schedule.input) } : {};
      const target =
        'queue' in schedule.target
          ? new SqsSendMessage(this.queues[schedule.target.queue]!.queue, {
              deadLetterQueue: functionFailures,
              ...input,
            })
          : this.scheduledInvoke(
              schedule.id,
              this.functions[schedule.target.function]!,
              functionFailures,
              input,
            );
      new Schedule(this, schedule.id, {
        description: schedule.description,
        schedule: ScheduleExpression.expression(schedule.expression, TimeZone.of(schedule.timeZone)),
        target,
      });
    }

    const accessLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.THREE_MONTHS });
    this.api = new HttpApi(this, 'Api', {
      description: 'Education Directorate workflows API',
      createDefaultStage: false,
    });
    this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
      throttle: { rateLimit: 50, burstLimit: 100 },
    });
    const iam = new HttpIamAuthorizer();
    for (const route of wiring.routes) {
      const [added] = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(
          `${pascal(route.function)}Integration`,
          this.functions[route.function]!,
        ),
        authorizer: route.auth === 'iam' ? iam : undefined,
      });
      if (route.auth === 'none') {
        Validations.of(added!).acknowledge({
          id: 'AwsSolutions::AwsSolutions-APIG4',
          reason:
            'Public by design: schools submit the booking form without council accounts. The route is throttled, validates every field and accepts each submissionId once.',
        });
      }
    }
  }

  /** Scheduler → Lambda target, with a role of its own that may invoke this one function. */
  private scheduledInvoke(
    id: string,
    fn: EducationFunction,
    dlq: Queue,
    input: { input?: ScheduleTargetInput },
  ) {
    const role = new Role(this, `${id}SchedulerRole`, {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
    });
    const target = new LambdaInvoke(fn, { deadLetterQueue: dlq, role, ...input });
    // The one finding: CDK's grant covers `<function arn>:*` (the function's versions).
    const fnLogicalId = this.resolve(this.getLogicalId(fn.node.defaultChild as CfnElement)) as string;
    Validations.of(role).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${fnLogicalId}.Arn>:*]`,
      reason: 'This role may invoke one function and its published versions, nothing else.',
    });
    return target;
  }
}

// The actions CDK's table grants give (aws-dynamodb perms), for tables whose indexes are named.
const TABLE_READ = [
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:GetItem',
  'dynamodb:Scan',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
];
const TABLE_WRITE = [
  'dynamodb:BatchWriteItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
];
const KEY_READ = ['kms:Decrypt', 'kms:DescribeKey'];
const KEY_WRITE = ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

/**
 * Grants what `grantReadData` / `grantReadWriteData` grant, naming each of the table's indexes
 * (`<table>/index/<name>`) where CDK's grant names `<table>/index/*`: least privilege, and no
 * wildcard for cdk-nag (IAM5) to flag on every function that reads an indexed table.
 */
function grantNamingIndexes(
  fn: IGrantable,
  table: TableV2,
  indexes: readonly IndexSpec[],
  access: 'read' | 'readWrite',
  dataKey: Key,
) {
  const write = access === 'readWrite';
  fn.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: write ? [...TABLE_READ, ...TABLE_WRITE] : TABLE_READ,
      resources: [table.tableArn, ...indexes.map((index) => `${table.tableArn}/index/${index.name}`)],
    }),
  );
  dataKey.grant(fn, ...(write ? [...KEY_READ, ...KEY_WRITE] : KEY_READ));
}
