import * as z from 'zod';
import { addDays, addMonths, compareDates, type IsoDate } from '#domain/shared/iso-date';
import { ASK_LIMITS, words } from './ask-fields.ts';
import { AskOwnerSchema } from './ask-owner.ts';
import { type AskWindowInput, AskWindowSchema } from './ask-window.ts';

/**
 * What a council team (or the DfE, through the Schools Communications team) asks of schools,
 * as entered on the calendar of asks (DOMAIN.md section 2). Personal data is limited to the
 * owning team's work contact.
 */

/** What kind of ask it is: a code, stable in the API, the feed and the stored asks. */
export const ASK_KINDS = [
  'statutory-return',
  'assessment-window',
  'finance',
  'admissions',
  'survey',
  'consultation',
  'training',
  'deadline',
  'other',
] as const;

/** A kind of ask from {@link ASK_KINDS}. */
export type AskKind = (typeof ASK_KINDS)[number];

/**
 * How much an ask matters to schools: `statutory` (required by law or by the DfE: census
 * returns, assessment windows), `high` (important, not statutory), `normal` (surveys,
 * consultations, optional returns: the asks the calendar keeps out of statutory weeks).
 */
export const ASK_CRITICALITIES = ['statutory', 'high', 'normal'] as const;

/** A criticality from {@link ASK_CRITICALITIES}. */
export type AskCriticality = (typeof ASK_CRITICALITIES)[number];

/**
 * Phases of education an ask is for, after GIAS's PhaseOfEducation (middle schools deemed
 * primary or secondary are `middle`).
 */
export const SCHOOL_PHASES = ['nursery', 'primary', 'middle', 'secondary', '16-plus', 'all-through'] as const;

/** A phase from {@link SCHOOL_PHASES}. */
export type SchoolPhase = (typeof SCHOOL_PHASES)[number];

/** Types of school an ask is for, after GIAS's establishment type groups. */
export const SCHOOL_TYPES = [
  'la-maintained',
  'academy',
  'free-school',
  'special',
  'pupil-referral-unit',
  'independent',
] as const;

/** A type of school from {@link SCHOOL_TYPES}. */
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export { ASK_LIMITS } from './ask-fields.ts';
export { type AskOwner, AskOwnerSchema } from './ask-owner.ts';
export { AllDayWindowSchema, type AskWindowInput, AskWindowSchema, TimedWindowSchema } from './ask-window.ts';
export { isoDateField } from './iso-date-field.ts';

const phaseCodes = [...SCHOOL_PHASES] as [SchoolPhase, ...SchoolPhase[]];
const typeCodes = [...SCHOOL_TYPES] as [SchoolType, ...SchoolType[]];

/** Which schools an ask is for. An empty list means every phase (or every type). */
export const AudienceSchema = z.object({
  phases: z
    .array(z.enum(phaseCodes, { error: `audience.phases must each be one of ${SCHOOL_PHASES.join(', ')}` }))
    .max(SCHOOL_PHASES.length)
    .default([]),
  schoolTypes: z
    .array(
      z.enum(typeCodes, { error: `audience.schoolTypes must each be one of ${SCHOOL_TYPES.join(', ')}` }),
    )
    .max(SCHOOL_TYPES.length)
    .default([]),
});

/** Which schools an ask is for. */
export type Audience = z.infer<typeof AudienceSchema>;

const kindCodes = [...ASK_KINDS] as [AskKind, ...AskKind[]];
const criticalityCodes = [...ASK_CRITICALITIES] as [AskCriticality, ...AskCriticality[]];

/** The fields of an ask, each checked on its own (see {@link AskRequestSchema} for the rules across fields). */
export const AskRequestFields = z.object({
  title: words('title', ASK_LIMITS.title),
  description: words('description', ASK_LIMITS.description, { multiline: true }).optional(),
  owner: AskOwnerSchema,
  kind: z.enum(kindCodes, { error: `kind must be one of ${ASK_KINDS.join(', ')}` }),
  criticality: z.enum(criticalityCodes, {
    error: `criticality must be one of ${ASK_CRITICALITIES.join(', ')}`,
  }),
  window: AskWindowSchema,
  audience: AudienceSchema.default({ phases: [], schoolTypes: [] }),
  link: z
    .url({ protocol: /^https?$/, error: 'link must be a web address starting https:// or http://' })
    .max(ASK_LIMITS.link, `link must be ${ASK_LIMITS.link} characters or fewer`)
    .optional(),
});

/** The longest window an ask may have: up to (not including) the same date a year on. */
export const lastDayOfLongestWindow = (start: IsoDate): IsoDate => addDays(addMonths(start, 12), -1);

/** Issues of a window's cross-field rules, with the field each names. */
export const windowIssues = (window: AskWindowInput): { path: string[]; message: string }[] => {
  if (window.type === 'all-day') {
    if (compareDates(window.end, window.start) < 0)
      return [{ path: ['window', 'end'], message: 'window.end must be on or after window.start' }];
    const last = lastDayOfLongestWindow(window.start);
    if (compareDates(window.end, last) > 0)
      return [
        {
          path: ['window', 'end'],
          message: `window must be at most a year long: window.end must be on or before ${last}`,
        },
      ];
    return [];
  }
  if (window.endTime <= window.startTime)
    return [{ path: ['window', 'endTime'], message: 'window.endTime must be after window.startTime' }];
  return [];
};

const WindowOnly = AskRequestFields.pick({ window: true });

/**
 * An ask with its rules across fields: what `POST /calendar/asks` and an `AskSubmitted` event
 * accept. An all-day window ends on or after its start and is at most a year long; a timed
 * event ends after it starts (on the same day).
 */
export const AskRequestSchema = AskRequestFields.superRefine(
  (request, ctx) => {
    for (const issue of windowIssues(request.window)) ctx.addIssue({ code: 'custom', ...issue });
  },
  // Zod skips a refinement once any other field is bad; run it whenever the window is valid
  // on its own, so one 400 names every bad field.
  { when: (payload) => WindowOnly.safeParse(payload.value).success },
);

/** A validated ask, as a team entered it. */
export type AskRequest = z.infer<typeof AskRequestSchema>;
