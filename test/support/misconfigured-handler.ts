import { requiredEnv } from '#functions/commons/env';

/** A setting no stack provides: the function fails at its cold start, as a misconfigured one would. */
const setting = requiredEnv('SETTING_NO_STACK_PROVIDES');

/** Never reached: the module fails to load. */
export const handler = async (): Promise<string> => setting;
