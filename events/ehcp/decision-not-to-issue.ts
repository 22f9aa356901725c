import type * as z from 'zod';
import { caseEventContract, caseEventOf } from './case-event-fields.ts';

/**
 * After an assessment, the local authority notified its decision not to issue an EHC plan
 * (SI 2014/1530 reg 10(1): within 16 weeks of the request). `date` is the day it was notified.
 */
export const DecisionNotToIssueSchema = caseEventOf('decision-not-to-issue', {});

/** A decision not to issue an EHC plan, notified. */
export type DecisionNotToIssue = z.infer<typeof DecisionNotToIssueSchema>;

/** EHCP decision not to issue. */
export const DecisionNotToIssueEvent = caseEventContract(
  'EHCP decision not to issue',
  DecisionNotToIssueSchema,
);
