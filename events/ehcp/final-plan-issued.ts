import type * as z from 'zod';
import { caseEventContract, caseEventOf } from './case-event-fields.ts';

/**
 * The final EHC plan was issued (SI 2014/1530 reg 13(2): within 20 weeks of the request).
 * `date` is the day it was issued: the plan is made that day and its annual review runs from it.
 */
export const FinalPlanIssuedSchema = caseEventOf('final-plan-issued', {});

/** A final EHC plan, issued. */
export type FinalPlanIssued = z.infer<typeof FinalPlanIssuedSchema>;

/** EHCP final plan issued. */
export const FinalPlanIssuedEvent = caseEventContract('EHCP final plan issued', FinalPlanIssuedSchema);
