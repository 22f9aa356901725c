import * as z from 'zod';
import { caseEventContract, caseEventOf } from './case-event-fields.ts';

/** Why a case was closed. */
export const CLOSURE_REASONS = [
  'not-assessed',
  'plan-not-issued',
  'plan-ceased',
  'moved-out-of-area',
  'request-withdrawn',
  'other',
] as const;

/** The case was closed. `date` is the day; nothing can happen on the case after it. */
export const CaseClosedSchema = caseEventOf('case-closed', {
  reason: z.enum(CLOSURE_REASONS, { error: `reason must be one of ${CLOSURE_REASONS.join(', ')}` }),
});

/** A case, closed. */
export type CaseClosed = z.infer<typeof CaseClosedSchema>;

/** EHCP case closed. */
export const CaseClosedEvent = caseEventContract('EHCP case closed', CaseClosedSchema);
