import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Queue, QueueEncryption, type QueueProps } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/**
 * Settings every queue of the system shares: SQS-managed encryption, TLS only, and kept when
 * the stateless stack is deleted or replaced. Queues and their DLQs hold accepted bookings not
 * yet recorded (and confirmations not yet sent): deleting the stack must not delete them.
 * They stay in the stateless stack, retained, rather than moving to the stateful one: the rules'
 * SQS targets add queue policies naming the rules (`aws:SourceArn`), so queues in the stateful
 * stack would need references to the stateless stack's rules, and the stacks would reference
 * each other in a cycle.
 */
export const QUEUE_DEFAULTS = {
  encryption: QueueEncryption.SQS_MANAGED,
  enforceSSL: true,
  removalPolicy: RemovalPolicy.RETAIN,
} as const satisfies QueueProps;

/** A dead-letter queue: kept 14 days (the SQS maximum), for a person to inspect and redrive. */
export const deadLetterQueue = (scope: Construct, id: string) =>
  new Queue(scope, id, { ...QUEUE_DEFAULTS, retentionPeriod: Duration.days(14) });

/** A queue, encrypted and TLS-only, whose messages are parked in its own DLQ after `maxReceiveCount`. */
export class QueueWithDlq extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(
    scope: Construct,
    id: string,
    props: { visibilityTimeoutSeconds: number; maxReceiveCount: number },
  ) {
    super(scope, id);
    this.deadLetterQueue = deadLetterQueue(this, 'Dlq');
    this.queue = new Queue(this, 'Queue', {
      ...QUEUE_DEFAULTS,
      visibilityTimeout: Duration.seconds(props.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
    });
  }
}
