import { resolve } from 'node:path';
import { type CfnElement, Duration, Stack, type StackProps, TimeZone, Validations } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, type EventPattern, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke, SqsSendMessage } from 'aws-cdk-lib/aws-scheduler-targets';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailSendingEvent,
  EventDestination,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { SqsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { type EnvironmentValues, environmentFor, settingValues } from '#wiring/environment';
import type { AnyWiring } from '#wiring/types';
import { ApiFirewall } from './constructs/api-firewall.ts';
import { EducationApi } from './constructs/education-api.ts';
import { EducationFunction } from './constructs/education-function.ts';
import { OperationsAlarms } from './constructs/operations-alarms.ts';
import { deadLetterQueue, QueueWithDlq } from './constructs/queue-with-dlq.ts';
import { declaresWrites, grantDeclaredAccess } from './grants.ts';
import { pascal } from './stateful-stack.ts';

/** Deployment settings the stateless stack needs (from CDK context). */
export interface StatelessStackProps extends StackProps {
  readonly wiring: AnyWiring;
  /** Deployment settings (wiring/settings.ts) overriding their placeholder defaults. */
  readonly settings?: Partial<Record<string, string>>;
  readonly tables: Record<string, TableV2>;
  /** Encrypts the tables. */
  readonly dataKey: Key;
  /** Encrypts the log groups and the alarm topic. */
  readonly operationsKey: Key;
  /** Repository root: function entries in the wiring are relative to it. */
  readonly rootDir: string;
  /** Deployment stage (`dev`, `prod`): the API stage name. */
  readonly stage: string;
  /** Sender of the system's email, e.g. `workforce.development@<council domain>`. */
  readonly mailFrom: string;
  /** The SES identity (domain or address) allowed to send. */
  readonly sesIdentity: string;
  /** Name of the SNS topic the alarms notify. */
  readonly alarmTopicName: string;
  /** Requests per client IP per 5 minutes on public routes. */
  readonly publicRateLimit: number;
}

// The wiring writes patterns as EventBridge JSON; CDK's EventPattern spells `detail-type` as `detailType`.
const toCdkPattern = (pattern: Readonly<Record<string, unknown>>): EventPattern =>
  Object.fromEntries(Object.entries(pattern).map(([k, v]) => [k === 'detail-type' ? 'detailType' : k, v]));

/**
 * Everything that holds no data of its own, built from the wiring: the REST API, its routes
 * and its firewall, the queues (each with a DLQ) and their consumers, the event bus and its
 * rules, the schedules, the SES configuration set, the alarms, and the functions with exactly
 * the permissions their wiring declares.
 */
export class StatelessStack extends Stack {
  readonly functions: Record<string, EducationFunction> = {};
  readonly queues: Record<string, QueueWithDlq> = {};
  readonly bus: EventBus;
  readonly api: EducationApi;
  readonly firewall: ApiFirewall;
  readonly alarms: OperationsAlarms;
  readonly mailConfigurationSet: ConfigurationSet;
  /** Where SES publishes bounces and complaints, when the wiring names a queue for them. */
  readonly mailNotifications?: Topic;
  /** Failed asynchronous invocations and undeliverable scheduled messages. */
  readonly functionFailures: Queue;
  /** Events a rule could not deliver to its target queue. */
  readonly deliveryFailures: Queue;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { wiring } = props;

    this.functionFailures = deadLetterQueue(this, 'FunctionFailuresDlq');
    Validations.of(this.functionFailures).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SQS3',
      reason:
        'It is a dead-letter queue: schedules and asynchronously invoked functions park failures here (cdk-nag sees only SQS redrive policies).',
    });
    this.bus = new EventBus(this, 'EducationBus', { description: 'Education Directorate workflow events' });
    this.deliveryFailures = deadLetterQueue(this, 'EventDeliveryDlq');
    Validations.of(this.deliveryFailures).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SQS3',
      reason:
        'It is a dead-letter queue: the rules’ SQS targets park undeliverable events here (cdk-nag sees only SQS redrive policies).',
    });

    for (const [name, spec] of Object.entries(wiring.queues)) {
      this.queues[name] = new QueueWithDlq(this, `${pascal(name)}Queue`, spec);
    }

    // Reputation metrics and the account-level suppression list for bounces and complaints;
    // TLS required: confirmations carry names and purchase order numbers.
    this.mailConfigurationSet = new ConfigurationSet(this, 'MailConfigurationSet', {
      reputationMetrics: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    });

    // Bounces and complaints: the configuration set publishes them to an encrypted, TLS-only
    // topic, delivered raw (the SES JSON as the message body) to the wiring's queue.
    if (wiring.mailNotifications) {
      this.mailNotifications = new Topic(this, 'MailNotificationsTopic', {
        masterKey: props.operationsKey,
        enforceSSL: true,
      });
      this.mailNotifications.addToResourcePolicy(
        new PolicyStatement({
          principals: [new ServicePrincipal('ses.amazonaws.com')],
          actions: ['sns:Publish'],
          resources: [this.mailNotifications.topicArn],
          conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
        }),
      );
      this.mailNotifications.addSubscription(
        new SqsSubscription(this.queues[wiring.mailNotifications.queue]!.queue, { rawMessageDelivery: true }),
      );
      this.mailConfigurationSet.addEventDestination('MailNotifications', {
        destination: EventDestination.snsTopic(this.mailNotifications),
        events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
      });
    }

    const deploymentValues: EnvironmentValues = {
      table: (name) => props.tables[name]!.tableName,
      queueUrl: (name) => this.queues[name]!.queue.queueUrl,
      busName: this.bus.eventBusName,
      mailFrom: props.mailFrom,
      mailConfigurationSet: this.mailConfigurationSet.configurationSetName,
      setting: settingValues(props.settings),
    };
    const email = {
      identityArn: this.formatArn({ service: 'ses', resource: 'identity', resourceName: props.sesIdentity }),
      configurationSetArn: this.formatArn({
        service: 'ses',
        resource: 'configuration-set',
        resourceName: this.mailConfigurationSet.configurationSetName,
      }),
      from: props.mailFrom,
    };
    // Lambda's own DLQ serves asynchronous invocations only: the schedules' function targets.
    const invokedAsynchronously = new Set(
      wiring.schedules.flatMap((s) => ('function' in s.target ? [s.target.function] : [])),
    );
    for (const [name, spec] of Object.entries(wiring.functions)) {
      const fn = new EducationFunction(this, pascal(name), {
        entry: resolve(props.rootDir, spec.entry),
        description: spec.description,
        memoryMb: spec.memoryMb,
        timeoutSeconds: spec.timeoutSeconds,
        environment: environmentFor(wiring, spec, deploymentValues),
        deadLetterQueue: invokedAsynchronously.has(name) ? this.functionFailures : undefined,
        logKey: props.operationsKey,
        serviceName: name,
      });
      grantDeclaredAccess(this, fn, spec, {
        tables: props.tables,
        indexNames: Object.fromEntries(
          Object.entries(wiring.tables).map(([t, table]) => [t, (table.indexes ?? []).map((i) => i.name)]),
        ),
        dataKey: props.dataKey,
        queues: Object.fromEntries(Object.entries(this.queues).map(([q, c]) => [q, c.queue])),
        bus: this.bus,
        email,
      });
      const role = fn.role!;
      if (declaresWrites(spec)) {
        for (const action of ['kms:GenerateDataKey*', 'kms:ReEncrypt*']) {
          Validations.of(role).acknowledge({
            id: `AwsSolutions::AwsSolutions-IAM5[Action::${action}]`,
            reason: `${action} is what a DynamoDB write needs on the tables' customer-managed key; the grant names that one key, only through DynamoDB in this region (kms:ViaService).`,
          });
        }
      }
      Validations.of(role).acknowledge({
        id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
        reason:
          'Active tracing: Lambda sends the function’s X-Ray segments with xray:PutTraceSegments and xray:PutTelemetryRecords, which take no resource but *.',
      });
      this.functions[name] = fn;
    }

    for (const [name, spec] of Object.entries(wiring.queues)) {
      if (!spec.consumer) continue;
      this.functions[spec.consumer.function]!.addEventSource(
        new SqsEventSource(this.queues[name]!.queue, {
          batchSize: spec.consumer.batchSize,
          maxBatchingWindow: Duration.seconds(spec.consumer.maxBatchingWindowSeconds),
          reportBatchItemFailures: true,
          maxConcurrency: spec.consumer.maxConcurrency,
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
            deadLetterQueue: this.deliveryFailures,
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
              deadLetterQueue: this.functionFailures,
              ...input,
            })
          : this.scheduledInvoke(
              schedule.id,
              this.functions[schedule.target.function]!,
              this.functionFailures,
              input,
            );
      new Schedule(this, schedule.id, {
        description: schedule.description,
        schedule: ScheduleExpression.expression(schedule.expression, TimeZone.of(schedule.timeZone)),
        target,
      });
    }

    this.api = new EducationApi(this, 'Api', {
      routes: wiring.routes,
      functions: this.functions,
      stageName: props.stage,
      logKey: props.operationsKey,
      throttle: { rateLimit: 50, burstLimit: 100 },
    });
    this.firewall = new ApiFirewall(this, 'ApiFirewall', {
      stageArn: this.api.stageArn,
      stageName: props.stage,
      publicRoutes: wiring.routes.filter((r) => r.auth === 'none'),
      rateLimitPer5Minutes: props.publicRateLimit,
    });

    this.alarms = new OperationsAlarms(this, 'Alarms', {
      topicName: props.alarmTopicName,
      topicKey: props.operationsKey,
      deadLetterQueues: {
        ...Object.fromEntries(
          Object.entries(this.queues).map(([name, q]) => [`${name}Dlq`, q.deadLetterQueue]),
        ),
        functionFailuresDlq: this.functionFailures,
        eventDeliveryDlq: this.deliveryFailures,
      },
      functions: this.functions,
      consumedQueues: Object.fromEntries(
        Object.entries(wiring.queues).flatMap(([name, spec]) =>
          spec.consumer
            ? [
                [
                  name,
                  {
                    queue: this.queues[name]!.queue,
                    visibilityTimeoutSeconds: spec.visibilityTimeoutSeconds,
                  },
                ],
              ]
            : [],
        ),
      ),
      api: this.api.api,
    });
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
