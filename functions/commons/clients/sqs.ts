import { SQSClient } from '@aws-sdk/client-sqs';

/** SQS client, created once per execution environment. */
export const sqs = new SQSClient({});
