import * as z from 'zod';
import type { IsoDate } from '#domain/shared/iso-date';
import { type EventContract, envelopeOf } from '../envelope.ts';
import { plainText } from '../plain-text.ts';
import { CaseRefSchema } from './case-ref.ts';
import { QuadrantSchema } from './quadrant.ts';

/** EventBridge `source` of every EHCP case event. */
export const EHCP_SOURCE = 'ecc.education.ehcp';

/** The contract version every EHCP case event module publishes now. */
export const EHCP_EVENT_VERSION = '1.0.0';

/**
 * A day written `YYYY-MM-DD` that exists in the calendar: `2024-02-29` is accepted, `2023-02-29`
 * is refused with a message naming `label`.
 */
export const isoDateField = (label: string) =>
  z.iso.date({
    error: (issue) =>
      issue.input === undefined
        ? `${label} is required`
        : `${label} must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
  }) as unknown as z.ZodType<IsoDate, string>;

/**
 * Free text with a cap (events/plain-text.ts: trimmed, no control characters, well-formed
 * Unicode), not empty, and a message naming `label` when it is wrong.
 */
export const textField = (label: string, max: number, options: { multiline?: boolean } = {}) =>
  plainText(label, max, options).min(1, `${label} must not be empty`);

/** A reference made of letters, digits and `._:-`, starting with a letter or digit. */
const token = (label: string, max: number) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`),
    })
    .regex(
      new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,${max - 1}}$`),
      `${label} must be 1-${max} letters, digits or . _ : - (starting with a letter or digit)`,
    );

export { CaseRefSchema } from './case-ref.ts';

/** The id of one case event, given by the system that recorded it; a repeated id is the same event. */
export const CaseEventIdSchema = token('eventId', 64);

/** The id of one request for advice within a case (the milestone key is `advice:<adviceId>`). */
export const AdviceIdSchema = token('adviceId', 40);

/**
 * The child or young person, only as initials: 1 to 3 capital letters. A name is never accepted
 * (SEND data is special-category personal data: a case reference and initials are enough).
 */
export const ChildInitialsSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined ? 'childInitials is required' : 'childInitials must be text',
  })
  .regex(/^[A-Z]{1,3}$/, 'childInitials must be 1 to 3 capital letters (initials only, never a name)');

/** The case officer responsible for the case: a name and a work email address. */
export const CaseOfficerSchema = z.object(
  {
    name: textField('caseOfficer name', 100),
    email: z
      .email({ error: 'caseOfficer email must be a work email address' })
      .max(254, 'caseOfficer email must be at most 254 characters'),
  },
  {
    error: (issue) =>
      issue.input === undefined ? 'caseOfficer is required' : 'caseOfficer must be an object { name, email }',
  },
);

/** A case officer: a name and a work email address. */
export type CaseOfficer = z.infer<typeof CaseOfficerSchema>;

/**
 * What every EHCP case event carries: its id, the case, the case officer and quadrant the case
 * sits with (the latest event's are the current ones), the child's initials and the day it happened.
 */
export const CaseEventFields = {
  eventId: CaseEventIdSchema,
  caseRef: CaseRefSchema,
  caseOfficer: CaseOfficerSchema,
  quadrant: QuadrantSchema,
  childInitials: ChildInitialsSchema,
  date: isoDateField('date'),
} as const;

/** The data schema of one case event: the common fields, its `type`, and its own fields. */
export const caseEventOf = <const TType extends string, TShape extends z.ZodRawShape>(
  type: TType,
  shape: TShape,
) => z.object({ type: z.literal(type), ...CaseEventFields, ...shape });

/** An EHCP case event module's contract: the `{ metadata, data }` envelope around its data schema. */
export const caseEventContract = <TData extends z.ZodType>(
  name: string,
  data: TData,
): EventContract<ReturnType<typeof envelopeOf<TData>>> => ({
  name,
  source: EHCP_SOURCE,
  version: EHCP_EVENT_VERSION,
  schema: envelopeOf(data),
});
