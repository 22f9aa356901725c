import * as z from 'zod';
import { AdviceIdSchema, caseEventContract, caseEventOf } from './case-event-fields.ts';

/**
 * Who advice can be requested from during an EHC needs assessment (SI 2014/1530 reg 6(1)).
 * Health, another local authority and a youth offending team are asked under CFA 2014 s.31 and
 * must answer within 6 weeks (reg 8(1)); the others are expected to (SEND Code of Practice ch. 9).
 */
export const ADVICE_SOURCES = [
  'school',
  'early-years-provider',
  'health',
  'other-local-authority',
  'youth-offending-team',
  'educational-psychologist',
  'social-care',
] as const;

/** One of {@link ADVICE_SOURCES}. */
export type AdviceSource = (typeof ADVICE_SOURCES)[number];

/** The bodies asked to co-operate under CFA 2014 s.31, whose 6 weeks is statutory (SI 2014/1530 reg 8). */
export const SECTION_31_SOURCES: readonly AdviceSource[] = [
  'health',
  'other-local-authority',
  'youth-offending-team',
];

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
