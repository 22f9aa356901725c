import * as z from 'zod';

/** An event as EventBridge delivers it to a target (here: an SQS queue), with `detail` validated by `detail`. */
export const eventBridgeEvent = <T extends z.ZodType>(detail: T) =>
  z.object({
    version: z.string(),
    id: z.string(),
    'detail-type': z.string(),
    source: z.string(),
    account: z.string(),
    time: z.iso.datetime(),
    region: z.string(),
    resources: z.array(z.string()),
    detail,
  });
