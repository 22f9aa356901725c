import type * as z from 'zod';
import { AdviceIdSchema, caseEventContract, caseEventOf } from './case-event-fields.ts';

/** The advice requested as `adviceId` was received. `date` is the day it arrived. */
export const AdviceReceivedSchema = caseEventOf('advice-received', { adviceId: AdviceIdSchema });

/** Advice, received. */
export type AdviceReceived = z.infer<typeof AdviceReceivedSchema>;

/** EHCP advice received. */
export const AdviceReceivedEvent = caseEventContract('EHCP advice received', AdviceReceivedSchema);
