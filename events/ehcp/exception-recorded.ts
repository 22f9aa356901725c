import * as z from 'zod';
import {
  AdviceIdSchema,
  caseEventContract,
  caseEventOf,
  isoDateField,
  textField,
} from './case-event-fields.ts';

/**
 * Why a time limit does not apply. An exception disapplies a limit (the local authority must then
 * act "as soon as practicable"); it never pauses or extends one.
 * - For the 6-week decision (SI 2014/1530 reg 5(4)), the 16-week decision not to issue (reg 10(4))
 *   and the 20-week final plan (reg 13(3) applying reg 10(4)):
 *   `school-closure` (a), `early-years-closure` (b), `exceptional-circumstances` (c),
 *   `absent-from-area` (d).
 * - For advice from a body asked under CFA 2014 s.31 (reg 8(2)): `exceptional-circumstances` (a),
 *   `absent-from-area` (b), `missed-appointment` (c). The school-closure exception does not apply there.
 */
export const EXCEPTION_REASONS = [
  'school-closure',
  'early-years-closure',
  'exceptional-circumstances',
  'absent-from-area',
  'missed-appointment',
] as const;

/** One of {@link EXCEPTION_REASONS}. */
export type ExceptionReason = (typeof EXCEPTION_REASONS)[number];

/** The local authority's limits an exception under reg 5(4) / 10(4) can disapply. */
export const AUTHORITY_LIMITS = ['decision-to-assess', 'decision-not-to-issue', 'final-plan'] as const;

/** A milestone an exception applies to: one of {@link AUTHORITY_LIMITS}, or `advice:<adviceId>`. */
export const ExceptionTargetSchema = z
  .string({ error: 'appliesTo must list milestone keys' })
  .regex(
    /^(decision-to-assess|decision-not-to-issue|final-plan|advice:[A-Za-z0-9][A-Za-z0-9._:-]{0,39})$/,
    'appliesTo must list decision-to-assess, decision-not-to-issue, final-plan or advice:<adviceId>',
  );

const isAdviceTarget = (key: string) => key.startsWith('advice:');

/**
 * An exception to a time limit was recorded. `date` is the day it was recorded; `evidenceNote`
 * says what it rests on (no names: the case reference is enough).
 */
export const ExceptionRecordedSchema = caseEventOf('exception-recorded', {
  reason: z.enum(EXCEPTION_REASONS, { error: `reason must be one of ${EXCEPTION_REASONS.join(', ')}` }),
  /** The milestones whose limit it disapplies. */
  appliesTo: z
    .array(ExceptionTargetSchema, {
      error: 'appliesTo must list the milestone keys the exception applies to',
    })
    .min(1, 'appliesTo must name at least one milestone')
    .max(5, 'appliesTo may name at most 5 milestones')
    .refine((keys) => new Set(keys).size === keys.length, 'appliesTo must not repeat a milestone'),
  /**
   * For `school-closure` / `early-years-closure`: the advice requested from the head teacher or
   * early-years provider, and that setting's closure (the first day closed, the day it reopens).
   */
  closure: z
    .object({
      adviceId: AdviceIdSchema,
      closesOn: isoDateField('closure closesOn'),
      reopensOn: isoDateField('closure reopensOn'),
    })
    .optional(),
  /** For `exceptional-circumstances` (`to` may be open) and `absent-from-area`: the days it covered. */
  period: z
    .object({ from: isoDateField('period from'), to: isoDateField('period to').optional() })
    .optional(),
  /** For `missed-appointment`: the day of the examination or test that was missed. */
  appointmentOn: isoDateField('appointmentOn').optional(),
  evidenceNote: textField('evidenceNote', 1000, { multiline: true }),
}).superRefine((event, ctx) => {
  const needs = (field: 'closure' | 'period' | 'appointmentOn', wanted: boolean) => {
    if (wanted && event[field] === undefined)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `${field} is required for reason ${event.reason}`,
      });
    if (!wanted && event[field] !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `${field} does not belong to reason ${event.reason}`,
      });
  };
  const closure = event.reason === 'school-closure' || event.reason === 'early-years-closure';
  needs('closure', closure);
  needs('period', event.reason === 'exceptional-circumstances' || event.reason === 'absent-from-area');
  needs('appointmentOn', event.reason === 'missed-appointment');
  if (event.reason === 'absent-from-area' && event.period && event.period.to === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['period', 'to'],
      message: 'period to is required for absent-from-area',
    });
  if (event.period?.to !== undefined && event.period.to < event.period.from)
    ctx.addIssue({
      code: 'custom',
      path: ['period', 'to'],
      message: 'period to must not be before period from',
    });
  if (event.closure && event.closure.reopensOn <= event.closure.closesOn)
    ctx.addIssue({
      code: 'custom',
      path: ['closure', 'reopensOn'],
      message: 'closure reopensOn must be after closure closesOn',
    });
  event.appliesTo.forEach((key, i) => {
    // SI 2014/1530 reg 8(2): a missed appointment excuses only the advice of the body that made it.
    if (event.reason === 'missed-appointment' && !isAdviceTarget(key))
      ctx.addIssue({
        code: 'custom',
        path: ['appliesTo', i],
        message: `a missed appointment (reg 8(2)(c)) applies only to advice, not to ${key}`,
      });
    // reg 8(2) has no school-closure exception: closures excuse only the authority's limits (reg 10(4)(a)-(b)).
    if (closure && isAdviceTarget(key))
      ctx.addIssue({
        code: 'custom',
        path: ['appliesTo', i],
        message: `a ${event.reason} exception (reg 10(4)) does not apply to advice (${key})`,
      });
  });
});

/** An exception to a time limit, recorded. */
export type ExceptionRecorded = z.infer<typeof ExceptionRecordedSchema>;

/** EHCP exception recorded. */
export const ExceptionRecordedEvent = caseEventContract('EHCP exception recorded', ExceptionRecordedSchema);
