import type * as z from 'zod';
import { caseEventContract, caseEventOf, isoDateField } from './case-event-fields.ts';

/**
 * An existing EHC plan (made before this system knew the case: a backfill, or a plan that came
 * with a move into Essex). `date` is the day the plan was made; `lastReviewedOn`, when given, is
 * the day of its last review meeting, from which the next annual review runs (CFA 2014 s.44(1)).
 */
export const PlanMadeSchema = caseEventOf('plan-made', {
  lastReviewedOn: isoDateField('lastReviewedOn').optional(),
});

/** An existing EHC plan, recorded. */
export type PlanMade = z.infer<typeof PlanMadeSchema>;

/** EHCP plan made. */
export const PlanMadeEvent = caseEventContract('EHCP plan made', PlanMadeSchema);
