import * as z from 'zod';
import { caseEventContract, caseEventOf, isoDateField } from './case-event-fields.ts';

/**
 * The local authority notified its decision after a review meeting: maintain, amend or cease the
 * plan (SI 2014/1530 regs 20(10), 21(9): within 4 weeks of the meeting). When it amends,
 * `proposedAmendmentsSentOn` is the day the plan and the notice of proposed amendments were sent
 * (reg 22(2)(a)); the amended plan is due within 8 weeks of it (reg 22(3)).
 */
export const ReviewDecisionIssuedSchema = caseEventOf('review-decision-issued', {
  decision: z.enum(['maintain', 'amend', 'cease'], { error: 'decision must be maintain, amend or cease' }),
  proposedAmendmentsSentOn: isoDateField('proposedAmendmentsSentOn').optional(),
}).superRefine((event, ctx) => {
  if (event.decision === 'amend' && event.proposedAmendmentsSentOn === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['proposedAmendmentsSentOn'],
      message: 'proposedAmendmentsSentOn is required when the decision is amend',
    });
  if (event.decision !== 'amend' && event.proposedAmendmentsSentOn !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['proposedAmendmentsSentOn'],
      message: `proposedAmendmentsSentOn belongs only to a decision to amend, not ${event.decision}`,
    });
});

/** A review decision, notified. */
export type ReviewDecisionIssued = z.infer<typeof ReviewDecisionIssuedSchema>;

/** EHCP review decision issued. */
export const ReviewDecisionIssuedEvent = caseEventContract(
  'EHCP review decision issued',
  ReviewDecisionIssuedSchema,
);
