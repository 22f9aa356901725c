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
