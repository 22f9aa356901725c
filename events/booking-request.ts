import * as z from 'zod';
import { plainText } from './plain-text.ts';

/** Money in integer pence, never floats. */
export const PenceSchema = z.number().int().nonnegative();

/**
 * Programmes on the 2023-24 School Effectiveness booking form (question 8).
 * Codes are stable identifiers; titles are what schools see.
 */
export const PROGRAMMES = {
  'action-planning-sef-health-check': "Action Planning and SEF Writing - 'Health Check'",
  'assessment-for-improvement-feedback':
    'Assessment for Improvement - Evaluating the Impact of Pupil Feedback',
  'assessment-formative-summative':
    'Assessment - How to Ensure the Effective Use of Formative and Summative Assessment',
  'curriculum-building-on-effective-curriculum': 'Curriculum - Building on Effective Curriculum',
  'essex-sixth-sense': 'Essex Sixth Sense - Support for Sixth Forms',
  'governance-effective-governance': 'Governance - How to be Effective in Governance',
  'governance-review': 'Governance Review',
  'headteacher-performance-management': 'Headteacher Performance Management',
} as const;

/** A programme code from {@link PROGRAMMES}. */
export type ProgrammeCode = keyof typeof PROGRAMMES;

const programmeCodes = Object.keys(PROGRAMMES) as [ProgrammeCode, ...ProgrammeCode[]];

/** An object field with a plain message when it is missing altogether. */
const group = <T extends z.ZodRawShape>(label: string, shape: T) =>
  z.object(shape, {
    error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be an object`),
  });

/**
 * What a school submits on the traded school-improvement booking form.
 * Personal data is limited to the booker's work contact details.
 */
export const BookingRequestFields = z.object({
  submissionId: z.uuid({ error: 'submissionId must be a UUID generated once per form submission' }),
  termsAccepted: z.literal(true, {
    error: 'you must confirm you have read and agree to the terms and conditions of this booking',
  }),
  school: group('school', {
    urn: plainText('school URN', 6).regex(
      /^\d{6}$/,
      'school URN must be the 6-digit DfE unique reference number',
    ),
    /** As the booker typed it: kept for the record, never used (the directory names the school). */
    name: plainText('school name', 200).optional(),
  }),
  booker: group('booker', {
    name: plainText('booker name', 120).min(1, 'booker name is required'),
    email: z
      .email({ error: 'booker email must be a valid email address' })
      .max(254, 'booker email must be 254 characters or fewer'),
    phone: plainText('booker phone', 30).optional(),
  }),
  programme: z.enum(programmeCodes, { error: 'programme must be one of the programmes on the booking form' }),
  package: z.enum(['pay-as-you-go', 'silver', 'gold'], {
    error: 'package must be pay-as-you-go, silver or gold',
  }),
  days: z
    .number({ error: 'days must be a number' })
    .positive('days must be more than 0')
    .max(40, 'days must be 40 or fewer')
    .refine((d) => Number.isInteger(d * 2), 'days must be in half days (e.g. 0.5, 1, 1.5)'),
  purchaseOrderNumber: plainText('purchase order number', 50)
    .min(1, 'purchase order number must not be blank')
    .optional(),
  addVat: z.boolean({ error: 'addVat must say whether VAT should be added to the invoice (true or false)' }),
});

const PackageAndDays = BookingRequestFields.pick({ package: true, days: true });

/** Offer 2023-24: Silver is 2 days; Gold is 4 days (more than 4 days is priced per day at the Gold rate). */
const packageRules = (request: { package: string; days: number }, ctx: z.RefinementCtx) => {
  if (request.package === 'silver' && request.days !== 2) {
    ctx.addIssue({ code: 'custom', path: ['days'], message: 'a silver package is exactly 2 days' });
  }
  if (request.package === 'gold' && request.days < 4) {
    ctx.addIssue({ code: 'custom', path: ['days'], message: 'a gold package is at least 4 days' });
  }
};
// Zod skips a refinement once any other field is bad; run it whenever the two fields it reads
// are valid, so one 400 names every bad field.
const whenPackageAndDaysValid = {
  when: (payload: { value: unknown }) => PackageAndDays.safeParse(payload.value).success,
};

/** The school-improvement booking form with its cross-field rules (the form as it was before kinds). */
export const SchoolImprovementRequestSchema = BookingRequestFields.superRefine(
  packageRules,
  whenPackageAndDaysValid,
);

/** The kinds of booking the form takes. */
export const BOOKING_KIND_CODES = [
  'school-improvement',
  'statutory-assessment-subscription',
  'statutory-assessment-session',
  'moderation-training',
  'event',
] as const;

/** A code from the price list (a session, a course, an event): lower-case letters, digits and hyphens. */
const code = (label: string) =>
  plainText(label, 80).regex(
    /^[a-z0-9][a-z0-9-]*$/,
    `${label} must be a code from the price list, e.g. year-6-moderation-new`,
  );

/** A member of staff named on a training or event booking: work contact details only. */
export const DelegateRequestSchema = z.object(
  {
    name: plainText('delegate name', 120).min(1, 'delegate name is required'),
    email: z
      .email({ error: 'delegate email must be a valid email address' })
      .max(254, 'delegate email must be 254 characters or fewer')
      .optional(),
  },
  { error: 'each delegate must be an object with a name' },
);

/** Named delegates for training: 1 to 30 (issue 7). */
const delegates = z
  .array(DelegateRequestSchema, {
    error: 'delegates must be a list of the staff attending, each with a name',
  })
  .min(1, 'name at least 1 delegate')
  .max(30, 'name at most 30 delegates on one booking');

/** The academic year asked for, when next year's form is open beside this year's. */
const academicYear = plainText('academic year', 7)
  .regex(/^\d{4}[/-]\d{2}$/, 'academic year must be written like 2026/27')
  .optional();

/** What every kind shares: the school, the booker, the terms, the purchase order and VAT. */
const CommonFields = BookingRequestFields.omit({ programme: true, package: true, days: true }).extend({
  academicYear,
});

/** The school-improvement form's fields (`kind` may be left out). */
export const SchoolImprovementFields = BookingRequestFields.extend({
  kind: z.literal('school-improvement').optional(),
  academicYear,
});
/** The statutory assessment subscription's fields. */
export const SubscriptionFields = CommonFields.extend({
  kind: z.literal('statutory-assessment-subscription'),
});
/** A statutory assessment session's fields: the session and the staff attending. */
export const SessionFields = CommonFields.extend({
  kind: z.literal('statutory-assessment-session'),
  session: code('session'),
  delegates,
});
/** Moderation training's fields: the course and the staff attending (1 to 30). */
export const ModerationTrainingFields = CommonFields.extend({
  kind: z.literal('moderation-training'),
  course: code('course'),
  delegates,
});
/** A free event's fields: the event, its one attendee and the themes they would like covered. */
export const EventFields = CommonFields.extend({
  kind: z.literal('event'),
  event: code('event'),
  delegates: delegates.max(1, 'an event booking is for one attendee: book again for another'),
  themes: z
    .array(plainText('theme', 200).min(1, 'a theme must not be blank'), {
      error: 'themes must be a list of the themes you would like covered',
    })
    .max(10, 'list at most 10 themes')
    .optional(),
});

const kindError = { error: `kind must be one of ${BOOKING_KIND_CODES.join(', ')}` };

/**
 * The booking form of every kind, told apart by `kind`: what `POST /bookings` accepts. A form
 * without `kind` is the school-improvement form as it has always been (programme, package,
 * days), so old clients keep working unchanged.
 */
export const BookingRequestSchema = z.discriminatedUnion(
  'kind',
  [
    SchoolImprovementFields.superRefine(packageRules, whenPackageAndDaysValid),
    SubscriptionFields,
    SessionFields,
    ModerationTrainingFields,
    EventFields,
  ],
  kindError,
);

/** A validated booking form, of any kind. */
export type BookingRequest = z.infer<typeof BookingRequestSchema>;

/** The discriminated-union error message, for schemas built from the same fields. */
export const BOOKING_KIND_ERROR = kindError;

/** A validated school-improvement form (the form as it was before kinds). */
export type SchoolImprovementRequest = z.infer<typeof SchoolImprovementFields>;
