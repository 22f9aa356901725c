import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * CloudWatch embedded-metric-format metrics, flushed by the `logMetrics` middleware; one
 * instance per function (the namespace comes from POWERTOOLS_METRICS_NAMESPACE, set by the
 * function construct). Import it only in a function that emits a metric: loading the Metrics
 * class costs a cold start even where nothing is emitted.
 */
export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'EccEducation',
});
