import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One logger per function, configured once (the service name comes from POWERTOOLS_* variables
 * set by the function construct). Log ids and reasons, never personal data: no names, emails or
 * case details. Metrics are in metrics.ts, imported only by the functions that emit one: the
 * Metrics class costs a cold start even unused.
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'education' });
