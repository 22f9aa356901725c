import type * as z from 'zod';
import { caseEventContract, caseEventOf } from './case-event-fields.ts';

/**
 * The report of the last review meeting was sent (SI 2014/1530 reg 20(7) / 21(7): within two weeks
 * of the meeting). `date` is the day the local authority received it (or prepared it, reg 21).
 */
export const ReviewReportReceivedSchema = caseEventOf('review-report-received', {});

/** A review report, received. */
export type ReviewReportReceived = z.infer<typeof ReviewReportReceivedSchema>;

/** EHCP review report received. */
export const ReviewReportReceivedEvent = caseEventContract(
  'EHCP review report received',
  ReviewReportReceivedSchema,
);
