/**
 * What every deployed function runs with besides its code: Node's flags, the Powertools
 * settings and the log format. The function construct deploys these, and the benchmark runs
 * each bundle with exactly these, so a cold start is measured as it is deployed. No CDK
 * import here: the benchmark reads this module without loading aws-cdk-lib.
 */

/** Node flags of every function: source maps on, so a stack trace names our file and line. */
export const NODE_OPTIONS = '--enable-source-maps';

/** CloudWatch namespace of every function's metrics. */
export const METRICS_NAMESPACE = 'EccEducation';

/** Lambda's log format for every function; Lambda passes it to the runtime as `AWS_LAMBDA_LOG_FORMAT`. */
export const LOG_FORMAT = 'JSON';

/**
 * A function's environment as deployed: the construct's defaults (Node flags, Powertools
 * service name and namespace), then the function's own variables (tables, queues, ...).
 */
export const functionEnvironment = (
  serviceName: string,
  own: Readonly<Record<string, string>>,
): Record<string, string> => ({
  NODE_OPTIONS,
  POWERTOOLS_SERVICE_NAME: serviceName,
  POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
  ...own,
});
