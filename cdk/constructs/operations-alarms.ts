import { Duration, Stack } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { alarmArns, pascal } from '../stateful-stack.ts';

/** What is watched. */
export interface OperationsAlarmsProps {
  /** Name of the SNS topic every alarm notifies (context `alarmTopicName`). */
  readonly topicName: string;
  /** Encrypts the topic; its policy lets CloudWatch use it for this account's alarms. */
  readonly topicKey: IKey;
  /** Every dead-letter queue, by name. */
  readonly deadLetterQueues: Readonly<Record<string, IQueue>>;
  /** Every function, by wiring name. */
  readonly functions: Readonly<Record<string, IFunction>>;
  /** Every queue a function consumes, with its visibility timeout. */
  readonly consumedQueues: Readonly<Record<string, { queue: IQueue; visibilityTimeoutSeconds: number }>>;
  readonly api: RestApi;
}

const PERIOD = Duration.minutes(5);

/**
 * Alarms on everything that means work is not getting done, all notifying one encrypted SNS
 * topic (subscribe the on-call address to it), on going into alarm and on recovering:
 * - a message in any dead-letter queue (a booking or an email a person must look at);
 * - any function error or throttle;
 * - a consumed queue whose oldest message has waited longer than one visibility timeout (it has
 *   failed at least once, or the consumer is not keeping up);
 * - any API 5xx (the API or a handler failed a caller).
 */
export class OperationsAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.topic = new Topic(this, 'Topic', {
      topicName: props.topicName,
      displayName: 'Education Directorate workflows alarms',
      masterKey: props.topicKey,
      enforceSSL: true,
    });
    // The topic's policy replaces SNS's default: let CloudWatch publish this account's alarms.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: { 'aws:SourceArn': alarmArns(stack) },
        },
      }),
    );
    const notify = new SnsAction(this.topic);
    const alarm = (alarmId: string, description: string, metric: IMetric, threshold: number) => {
      const created = new Alarm(this, alarmId, {
        alarmDescription: description,
        metric,
        threshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(notify);
      created.addOkAction(notify);
      this.alarms.push(created);
    };

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      alarm(
        `${pascal(name)}Depth`,
        `Messages are parked in dead-letter queue ${name}: read the reason in the logs, fix, then redrive.`,
        queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
        0,
      );
    }
    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(
        `${pascal(name)}Errors`,
        `${name} failed (an error or a timeout).`,
        fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
        0,
      );
      alarm(
        `${pascal(name)}Throttles`,
        `${name} was throttled (concurrency limit).`,
        fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
        0,
      );
    }
    for (const [name, { queue, visibilityTimeoutSeconds }] of Object.entries(props.consumedQueues)) {
      alarm(
        `${pascal(name)}QueueOldestMessage`,
        `A message in the ${name} queue has waited over ${visibilityTimeoutSeconds} s (one visibility timeout): it has failed at least once, or its consumer is not keeping up.`,
        queue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: 'Maximum' }),
        visibilityTimeoutSeconds,
      );
    }
    alarm(
      'Api5xx',
      'The API answered 5xx: API Gateway or a handler failed a caller.',
      props.api.metricServerError({ period: PERIOD, statistic: 'Sum' }),
      0,
    );
  }
}
