import * as z from 'zod';
import { ADVICE_SOURCES } from './advice-sources.ts';
import { AdviceIdSchema, caseEventContract, caseEventOf } from './case-event-fields.ts';

export { ADVICE_SOURCES, type AdviceSource, SECTION_31_SOURCES } from './advice-sources.ts';

/** Advice was requested for an EHC needs assessment. `date` is the day the request was sent. */
export const AdviceRequestedSchema = caseEventOf('advice-requested', {
  adviceId: AdviceIdSchema,
  /** Who was asked: for a school, its head teacher or principal (reg 6(1)(b)). */
  from: z.enum(ADVICE_SOURCES, { error: `from must be one of ${ADVICE_SOURCES.join(', ')}` }),
});

/** A request for advice, sent. */
export type AdviceRequested = z.infer<typeof AdviceRequestedSchema>;

/** EHCP advice requested. */
export const AdviceRequestedEvent = caseEventContract('EHCP advice requested', AdviceRequestedSchema);
