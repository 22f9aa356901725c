import { Duration } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
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
  /**
   * Where failed asynchronous invocations are parked: only for functions invoked asynchronously
   * (schedule targets). API and queue consumers are invoked synchronously, so Lambda never uses it.
   */
  readonly deadLetterQueue?: IQueue;
  /** Key encrypting the function's log group (its policy lets CloudWatch Logs use it). */
  readonly logKey: IKey;
  readonly serviceName: string;
}

/**
 * A Lambda function with the system's defaults: Node 24 on ARM64, ESM bundle with the SDK
 * inside, stack traces source-mapped to our own code, JSON logs into its own encrypted log group
 * with retention, X-Ray active tracing, and the Powertools service name (environment and log
 * format from `function-environment.ts`, which the benchmark runs with). Its role starts with
 * nothing but writing to that one log group (no AWS-managed policy); the stack adds exactly
 * what the wiring declares.
 *
 * Tracing is Lambda's own (`Tracing.ACTIVE`: Lambda records the invocation's segment): no X-Ray
 * SDK or Powertools tracer is bundled, so it adds nothing to a cold start. The Powertools tracer
 * would load the X-Ray SDK, which does not fit the cold-start budget (see README, Performance).
 */
export class EducationFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: EducationFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.THREE_MONTHS,
      encryptionKey: props.logKey,
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.serviceName}`,
    });
    // Lambda writes the function's logs with its role: streams in its own log group, nothing else.
    role.addToPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memoryMb,
      timeout: Duration.seconds(props.timeoutSeconds),
      role,
      logGroup,
      loggingFormat: LoggingFormat[LOG_FORMAT],
      tracing: Tracing.ACTIVE,
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
  }
}
