import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  AuthorizationType,
  EndpointType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { RouteSpec } from '#wiring/types';

/** What the API is built from. */
export interface EducationApiProps {
  readonly routes: readonly RouteSpec<string>[];
  readonly functions: Readonly<Record<string, IFunction>>;
  /** The stage name: the first segment of every URL on the execute-api endpoint. */
  readonly stageName: string;
  /** Encrypts the access and execution logs. */
  readonly logKey: IKey;
  /** Steady requests per second and burst, per stage (all callers together). */
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
}

/**
 * The system's API: an API Gateway REST API (regional endpoint) whose routes each call one
 * function by Lambda proxy integration, so handlers receive the REST proxy event (payload
 * format 1.0). `iam` routes require SigV4-signed requests (AuthorizationType.IAM); `none` routes
 * are public. A REST API rather than an HTTP API because only a REST API stage can have an AWS
 * WAF web ACL (per-client rate limiting; see `ApiFirewall`) in the region itself.
 *
 * The stage throttles all callers together, writes JSON access logs (every request) and
 * execution logs at ERROR level (no request or response bodies: they carry personal data) into
 * log groups encrypted with the operations key, and traces with X-Ray.
 */
export class EducationApi extends Construct {
  readonly api: RestApi;

  constructor(scope: Construct, id: string, props: EducationApiProps) {
    super(scope, id);
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.THREE_MONTHS,
      encryptionKey: props.logKey,
    });
    this.api = new RestApi(this, 'Api', {
      description: 'Education Directorate workflows API',
      endpointTypes: [EndpointType.REGIONAL],
      // API Gateway's account-level role for execution logs (see the acknowledgement below).
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: props.stageName,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        tracingEnabled: true,
        throttlingRateLimit: props.throttle.rateLimit,
        throttlingBurstLimit: props.throttle.burstLimit,
      },
    });
    // API Gateway would create the execution log group itself, unencrypted and kept for ever:
    // it is created here first, under the operations key, kept three months.
    const executionLogs = new LogGroup(this, 'ExecutionLogs', {
      logGroupName: `API-Gateway-Execution-Logs_${this.api.restApiId}/${props.stageName}`,
      retention: RetentionDays.THREE_MONTHS,
      encryptionKey: props.logKey,
    });
    this.api.deploymentStage.node.addDependency(executionLogs);

    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions::AwsSolutions-APIG2',
      reason:
        'Each handler validates its request with the route’s own zod schema and answers 400 naming every bad field (the schemas the OpenAPI description is generated from); API Gateway model validation would answer a generic 400 first. WAF caps public bodies at 16 KB.',
    });

    for (const route of props.routes) {
      const fn = props.functions[route.function];
      if (!fn)
        throw new Error(`route ${route.method} ${route.path} calls unknown function ${route.function}`);
      const method = this.api.root.resourceForPath(route.path).addMethod(
        route.method,
        // Proxy integration; invoke permission for this method on any stage, no test-invoke grant.
        new LambdaIntegration(fn, { proxy: true, allowTestInvoke: false }),
        {
          authorizationType: route.auth === 'iam' ? AuthorizationType.IAM : AuthorizationType.NONE,
        },
      );
      Validations.of(method).acknowledge({
        id: 'AwsSolutions::AwsSolutions-COG4',
        reason:
          route.auth === 'iam'
            ? 'Council staff and services call this route with IAM (SigV4) authorization, not a Cognito user pool.'
            : 'Public by design: schools submit the booking form without council accounts.',
      });
      if (route.auth === 'none') {
        Validations.of(method).acknowledge({
          id: 'AwsSolutions::AwsSolutions-APIG4',
          reason:
            'Public by design: schools submit the booking form without council accounts. WAF limits each client IP and blocks bodies over 16 KB; the handler validates every field.',
        });
      }
    }

    const cloudWatchRole = this.api.node.tryFindChild('CloudWatchRole');
    if (cloudWatchRole) {
      Validations.of(cloudWatchRole).acknowledge({
        id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        reason:
          'API Gateway’s account-level CloudWatch role (one per account and region, used by API Gateway itself to write REST API execution logs), with the policy AWS documents for it; no function uses it.',
      });
    }
  }

  /** The stage's ARN, for the web ACL association. */
  get stageArn(): string {
    return this.api.deploymentStage.stageArn;
  }

  /** The URL path prefix of the stage on the execute-api endpoint (`/<stage>`). */
  get stageName(): string {
    return this.api.deploymentStage.stageName;
  }
}
