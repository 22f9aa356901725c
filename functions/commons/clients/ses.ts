import { SESClient } from '@aws-sdk/client-ses';

/**
 * SES client, created once per execution environment. A request timeout bounds every send:
 * a hung connection must fail the record (to be retried) rather than run out the function.
 */
export const ses = new SESClient({ requestHandler: { requestTimeout: 10_000, connectionTimeout: 3_000 } });
