import type * as z from 'zod';
import { caseEventContract, caseEventOf, isoDateField } from './case-event-fields.ts';

/**
 * An annual review meeting was arranged and its notice given. `date` is the day notice was given
 * and advice circulated; `meetingOn` the day of the meeting (SI 2014/1530 regs 20(3)-(4), 21(3)-(4):
 * at least two weeks' notice).
 */
export const ReviewMeetingArrangedSchema = caseEventOf('review-meeting-arranged', {
  meetingOn: isoDateField('meetingOn'),
});

/** A review meeting, arranged and notified. */
export type ReviewMeetingArranged = z.infer<typeof ReviewMeetingArrangedSchema>;

/** EHCP review meeting arranged. */
export const ReviewMeetingArrangedEvent = caseEventContract(
  'EHCP review meeting arranged',
  ReviewMeetingArrangedSchema,
);
