import type { AdviceSource } from '#events/ehcp/advice-requested';
import type { ExceptionReason } from '#events/ehcp/exception-recorded';
import type { MilestoneKey } from './milestone.ts';

/** Who advice was asked of, as a case officer says it. */
export const ADVICE_SOURCE_LABELS: Readonly<Record<AdviceSource, string>> = {
  school: "the school's head teacher",
  'early-years-provider': 'the early-years provider',
  health: 'health',
  'other-local-authority': 'another local authority',
  'youth-offending-team': 'the youth offending team',
  'educational-psychologist': 'the educational psychologist',
  'social-care': 'social care',
};

const LABELS: Readonly<Record<Exclude<MilestoneKey, `advice:${string}`>, string>> = {
  'decision-to-assess': 'Decision whether to assess',
  'decision-not-to-issue': 'Decision whether to issue a plan (notice if not issuing)',
  'draft-representations': 'Representations on the draft plan close',
  'final-plan': 'Final EHC plan issued',
  'annual-review': 'Annual review meeting',
  'review-notice': 'Review meeting notice and advice circulated',
  'review-report': 'Review meeting report',
  'review-decision': 'Decision after the review (maintain, amend or cease)',
  'amended-plan': 'Amended plan issued',
  'phase-transfer': 'Phase transfer: plan reviewed and amended',
};

/** A milestone in the council's words: "Advice from health (ADV-3)", "Final EHC plan issued". */
export const milestoneLabel = (milestone: {
  readonly key: MilestoneKey;
  readonly adviceFrom?: AdviceSource;
}) => {
  if (milestone.key.startsWith('advice:')) {
    const adviceId = milestone.key.slice('advice:'.length);
    const from = milestone.adviceFrom ? ADVICE_SOURCE_LABELS[milestone.adviceFrom] : 'a contributor';
    return `Advice from ${from} (${adviceId})`;
  }
  return LABELS[milestone.key as keyof typeof LABELS];
};

/** Why a time limit was disapplied, with the regulation. */
export const EXCEPTION_REASON_LABELS: Readonly<Record<ExceptionReason, string>> = {
  'school-closure': 'advice requested around a school closure of 4 weeks or more (reg 10(4)(a))',
  'early-years-closure': 'advice requested around an early-years closure of 4 weeks or more (reg 10(4)(b))',
  'exceptional-circumstances': 'exceptional personal circumstances (reg 10(4)(c) / 8(2)(a))',
  'absent-from-area': 'absent from the area for 4 weeks or more (reg 10(4)(d) / 8(2)(b))',
  'missed-appointment': 'an appointment for an examination or test was missed (reg 8(2)(c))',
};
