/**
 * What every deployed function runs with besides its code: the Powertools settings and the
 * log format. No Node flags (`NODE_OPTIONS`): a stack trace names our file and line without
 * `--enable-source-maps`, which would cost every cold start (see `cdk/bundling.ts`). The
 * function construct deploys these, and the benchmark runs each bundle with exactly these, so
 * a cold start is measured as it is deployed. No CDK import here: the benchmark reads this
 * module without loading aws-cdk-lib.
 */

/** CloudWatch namespace of every function's metrics. */
export const METRICS_NAMESPACE = 'EccEducation';

/** Lambda's log format for every function; Lambda passes it to the runtime as `AWS_LAMBDA_LOG_FORMAT`. */
export const LOG_FORMAT = 'JSON';

/**
 * A function's environment as deployed: the construct's defaults (Powertools service name
 * and namespace), then the function's own variables (tables, queues, ...).
 */
export const functionEnvironment = (
  serviceName: string,
  own: Readonly<Record<string, string>>,
): Record<string, string> => ({
  POWERTOOLS_SERVICE_NAME: serviceName,
  POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
  ...own,
});
