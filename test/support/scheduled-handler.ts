import { testHandlerLog } from './test-handlers.ts';

/** A scheduled function target that records the input it was invoked with. */
export const handler = async (event: unknown) => {
  testHandlerLog().scheduled.push(event);
  return { ok: true };
};
