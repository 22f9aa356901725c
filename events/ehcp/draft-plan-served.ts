import * as z from 'zod';
import { caseEventContract, caseEventOf } from './case-event-fields.ts';

/**
 * A draft EHC plan was served on the parent or young person. `date` is the day it was served:
 * their representations period is at least 15 days beginning with it (SI 2014/1530 reg 13(1)(a)).
 * A draft served again (a revised draft) starts a new period.
 */
export const DraftPlanServedSchema = caseEventOf('draft-plan-served', {
  method: z.enum(['email', 'post', 'by-hand', 'portal'], {
    error: 'method must be one of email, post, by-hand, portal',
  }),
});

/** A draft EHC plan, served. */
export type DraftPlanServed = z.infer<typeof DraftPlanServedSchema>;

/** EHCP draft plan served. */
export const DraftPlanServedEvent = caseEventContract('EHCP draft plan served', DraftPlanServedSchema);
