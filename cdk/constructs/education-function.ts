import { Duration, Validations } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { BUNDLING, commandHooks } from '../bundling.ts';
import { functionEnvironment, LOG_FORMAT } from '../function-environment.ts';

/** What differs between the system's functions; everything else is a default held here. */
export interface EducationFunctionProps {
  /** Absolute path of the handler source file (exports `handler`). */
  readonly entry: string;
  readonly description: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly environment: Record<string, string>;
  /** Where failed asynchronous invocations (schedules) are parked. */
  readonly deadLetterQueue: IQueue;
  /** Key encrypting the function's log group. */
  readonly logKey?: IKey;
  readonly serviceName: string;
}

/**
 * A Lambda function with the system's defaults: Node 24 on ARM64, ESM bundle with the SDK
 * inside, stack traces source-mapped to our own code, JSON logs into an explicit log group with
 * retention, a DLQ for failed asynchronous invocations, and the Powertools service name
 * (environment and log format from `function-environment.ts`, which the benchmark runs with).
 */
export class EducationFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: EducationFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.THREE_MONTHS,
      encryptionKey: props.logKey,
    });
    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memoryMb,
      timeout: Duration.seconds(props.timeoutSeconds),
      logGroup,
      loggingFormat: LoggingFormat[LOG_FORMAT],
      deadLetterQueue: props.deadLetterQueue,
      environment: functionEnvironment(props.serviceName, props.environment),
      bundling: {
        ...BUNDLING,
        format: OutputFormat.ESM,
        mainFields: [...BUNDLING.mainFields],
        externalModules: [...BUNDLING.externalModules],
        inject: [...BUNDLING.inject],
        commandHooks,
      },
    });
    if (this.role) {
      Validations.of(this.role).acknowledge({
        id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'The AWS-managed basic execution role only lets the function write its own logs.',
      });
    }
  }
}
