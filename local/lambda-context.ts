import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

/** A Lambda `Context` for one in-process invocation, with a real remaining-time countdown. */
export function lambdaContext(functionName: string, timeoutSeconds: number, memoryMb: number): Context {
  const deadline = Date.now() + timeoutSeconds * 1000;
  const region = process.env.AWS_REGION ?? 'eu-west-2';
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:000000000000:function:${functionName}`,
    memoryLimitInMB: String(memoryMb),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

/** A loaded handler: Lambda's `(event, context)` signature. */
export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

/** Runs a handler as Lambda would: with a context, bounded by the function's timeout. */
export async function invoke(
  handler: LambdaHandler,
  event: unknown,
  fn: { name: string; timeoutSeconds: number; memoryMb: number },
): Promise<unknown> {
  const context = lambdaContext(fn.name, fn.timeoutSeconds, fn.memoryMb);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Task timed out after ${fn.timeoutSeconds} seconds (${fn.name})`)),
      fn.timeoutSeconds * 1000,
    );
  });
  try {
    return await Promise.race([handler(event, context), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
