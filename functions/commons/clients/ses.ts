import { SESv2Client } from '@aws-sdk/client-sesv2';

/**
 * SES (API v2) client, created once per execution environment. A request timeout bounds every
 * send: a hung connection must fail the record (to be retried) rather than run out the function.
 */
export const ses = new SESv2Client({ requestHandler: { requestTimeout: 10_000, connectionTimeout: 3_000 } });
