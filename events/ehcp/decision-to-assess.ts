import * as z from 'zod';
import { caseEventContract, caseEventOf } from './case-event-fields.ts';

/**
 * The local authority notified its decision whether to carry out an EHC needs assessment
 * (SI 2014/1530 reg 5(1): within 6 weeks of the request). `date` is the day it was notified.
 */
export const DecisionToAssessSchema = caseEventOf('decision-to-assess', {
  /** `assess`: an EHC needs assessment will be carried out; `not-assess`: it will not. */
  decision: z.enum(['assess', 'not-assess'], { error: 'decision must be assess or not-assess' }),
});

/** A decision whether to assess, notified. */
export type DecisionToAssess = z.infer<typeof DecisionToAssessSchema>;

/** EHCP decision to assess. */
export const DecisionToAssessEvent = caseEventContract('EHCP decision to assess', DecisionToAssessSchema);
