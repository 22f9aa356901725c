import type * as z from 'zod';
import { caseEventContract, caseEventOf } from './case-event-fields.ts';

/**
 * An annual review meeting was held (SI 2014/1530 reg 20(1) / 21(2)). `date` is the day of the
 * meeting: the plan counts as reviewed that day (CFA 2014 s.44(1)), and the report (2 weeks) and
 * the decision (4 weeks) run from it.
 */
export const ReviewMeetingHeldSchema = caseEventOf('review-meeting-held', {});

/** A review meeting, held. */
export type ReviewMeetingHeld = z.infer<typeof ReviewMeetingHeldSchema>;

/** EHCP review meeting held. */
export const ReviewMeetingHeldEvent = caseEventContract('EHCP review meeting held', ReviewMeetingHeldSchema);
