import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * One logger and one metrics instance per function, configured once (service name and
 * namespace come from POWERTOOLS_* variables set by the function construct).
 * Log ids and reasons, never personal data: no names, emails or case details.
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'education' });

/**
 * CloudWatch embedded-metric-format metrics, flushed by the `logMetrics` middleware. Marked
 * pure so that esbuild drops the construction from a function that never uses `metrics`
 * (the logger's functions import this module too): it costs a cold start, even unused.
 */
export const metrics = /* @__PURE__ */ new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'EccEducation',
});
