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
    name: plainText('school name', 200).min(1, 'school name is required'),
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

/** The booking form with its cross-field rules: what `POST /bookings` accepts. */
export const BookingRequestSchema = BookingRequestFields.superRefine(
  (request, ctx) => {
    // Offer 2023-24: Silver is 2 days; Gold is 4 days (more than 4 days is priced per day at the Gold rate).
    if (request.package === 'silver' && request.days !== 2) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'a silver package is exactly 2 days' });
    }
    if (request.package === 'gold' && request.days < 4) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'a gold package is at least 4 days' });
    }
  },
  // Zod skips a refinement once any other field is bad; run it whenever the two fields it reads
  // are valid, so one 400 names every bad field.
  { when: (payload) => PackageAndDays.safeParse(payload.value).success },
);

/** A validated booking form. */
export type BookingRequest = z.infer<typeof BookingRequestSchema>;
