import { testHandlerLog } from './test-handlers.ts';

/** A consumer whose every invocation throws, as a broken deployment would. */
export const handler = async (): Promise<never> => {
  testHandlerLog().invocations++;
  throw new Error('this handler always fails');
};
