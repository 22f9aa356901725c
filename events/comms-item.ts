import * as z from 'zod';
import { SCHOOL_CONTACT_ROLES, type SchoolContactRole } from '#domain/schools/school-contact';
import { type IsoDate, isIsoDate } from '#domain/shared/iso-date';
import { restrictedMarkdownProblems, saysWhereLinkGoes } from '#domain/shared/restricted-markdown';
import { type EventContract, envelopeOf } from './envelope.ts';
import { plainText } from './plain-text.ts';

/*
 * A comms item: one all-schools message a council team puts in the Director's weekly Monday
 * email instead of emailing schools directly (school communications protocol, EPHA Executive
 * 24 May 2023; DOMAIN.md section 1). Every string is capped and every cap is named in the
 * error, so oversized or unsafe content is refused with the reason, never cut or passed through.
 */

/** What an item asks of schools: the edition's sections, in the order they appear. */
export const COMMS_CATEGORIES = ['action-required', 'for-information', 'training-and-events'] as const;
/** A category from {@link COMMS_CATEGORIES}. */
export type CommsCategory = (typeof COMMS_CATEGORIES)[number];

/**
 * The roles the council writes to at a school (the schools directory's contact roles). SENCO:
 * special educational needs co-ordinator.
 */
export const AUDIENCE_ROLES = SCHOOL_CONTACT_ROLES;
/** A role from {@link AUDIENCE_ROLES}. */
export type AudienceRole = SchoolContactRole;

/**
 * Phases of education an item may be for, in the council's words; a school's phase comes from
 * GIAS `PhaseOfEducation` (see domain/editions/school-audience.ts for the mapping).
 */
export const AUDIENCE_PHASES = ['nursery', 'primary', 'secondary', 'all-through', '16-plus'] as const;
/** A phase from {@link AUDIENCE_PHASES}. */
export type AudiencePhase = (typeof AUDIENCE_PHASES)[number];

/**
 * Kinds of school an item may be for. A school can be of more than one (a special academy is
 * `academy` and `special`); `academy` includes free schools (GIAS type groups 10 and 11).
 */
export const SCHOOL_TYPES = [
  'la-maintained',
  'academy',
  'special',
  'alternative-provision',
  'independent',
] as const;
/** A school type from {@link SCHOOL_TYPES}. */
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** Caps on every field (characters unless said). */
export const COMMS_ITEM_LIMITS = {
  headline: 120,
  summary: 400,
  body: 10_000,
  team: 100,
  contactName: 100,
  email: 254,
  links: 10,
  linkText: 150,
  url: 2_048,
} as const;

/** A one-line text field: trimmed, not empty, at most `max` characters, plain (no line breaks or controls). */
const line = (label: string, max: number) => plainText(label, max).min(1, `${label} is required`);

const email = (label: string) =>
  z
    .email({ error: `${label} must be an email address` })
    .max(COMMS_ITEM_LIMITS.email, `${label} must be ${COMMS_ITEM_LIMITS.email} characters or fewer`);

const HttpsUrlSchema = z
  .string({
    error: (issue) => (issue.input === undefined ? 'link url is required' : 'link url must be text'),
  })
  .trim()
  .max(COMMS_ITEM_LIMITS.url, `link url must be ${COMMS_ITEM_LIMITS.url} characters or fewer`)
  .refine((url) => /^https:\/\/[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$/i.test(url) && URL.canParse(url), {
    error: 'link url must be a web address starting https://',
  });

/** A link an item carries below its body: words that say where it goes, and an https address. */
export const CommsLinkSchema = z.object({
  text: line('link text', COMMS_ITEM_LIMITS.linkText).refine(
    saysWhereLinkGoes,
    'link text must say where the link goes, not "click here" or "read more"',
  ),
  url: HttpsUrlSchema,
});

/** A filter list: each value at most once; empty (the default) means everyone. */
const filter = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z
    .array(z.enum(values, { error: `${label} must each be one of ${values.join(', ')}` }), {
      error: `${label} must be a list`,
    })
    .refine((list) => new Set(list).size === list.length, `${label} must not name a value twice`)
    .default([]);

/**
 * Who an item is for. Each list narrows the audience; an empty list means everyone: no
 * phases means every phase, no roles means every contact at a school.
 */
export const CommsAudienceSchema = z.object(
  {
    roles: filter('audience roles', AUDIENCE_ROLES),
    phases: filter('audience phases', AUDIENCE_PHASES),
    schoolTypes: filter('audience school types', SCHOOL_TYPES),
  },
  { error: 'audience must be an object' },
);

/** Who an item is for. */
export type CommsAudience = z.infer<typeof CommsAudienceSchema>;

/** A day written `YYYY-MM-DD`, typed as the domain's {@link IsoDate}. */
const IsoDateSchema = (label: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`),
    })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a date written YYYY-MM-DD`, abort: true })
    .refine(isIsoDate, `${label} must be a real calendar date`) as unknown as z.ZodType<IsoDate, string>;

const BodySchema = plainText('body', COMMS_ITEM_LIMITS.body, { multiline: true }).superRefine((body, ctx) => {
  // Only a body within its cap is parsed: an oversized one is refused on its size alone.
  if (body.length > COMMS_ITEM_LIMITS.body) return;
  for (const problem of restrictedMarkdownProblems(body)) ctx.addIssue({ code: 'custom', message: problem });
});

/** The fields a council team submits for an item (`POST /comms/items`, `PUT /comms/items/{itemId}`). */
export const CommsItemFields = z.object({
  headline: line('headline', COMMS_ITEM_LIMITS.headline),
  summary: line('summary', COMMS_ITEM_LIMITS.summary),
  /** Restricted Markdown (domain/shared/restricted-markdown.ts); optional: a summary and links may say it all. */
  body: BodySchema.optional(),
  category: z.enum(COMMS_CATEGORIES, {
    error: `category must be one of ${COMMS_CATEGORIES.join(', ')}`,
  }),
  /** The day schools must act by: required for `action-required`, refused otherwise. */
  actionBy: IsoDateSchema('actionBy').optional(),
  audience: CommsAudienceSchema.default({ roles: [], phases: [], schoolTypes: [] }),
  owner: z.object(
    {
      team: line('owner team', COMMS_ITEM_LIMITS.team),
      contact: z.object(
        {
          name: line('owner contact name', COMMS_ITEM_LIMITS.contactName),
          email: email('owner contact email'),
        },
        { error: 'owner contact is required' },
      ),
    },
    { error: 'owner is required' },
  ),
  links: z
    .array(CommsLinkSchema, { error: 'links must be a list' })
    .max(COMMS_ITEM_LIMITS.links, `an item may carry ${COMMS_ITEM_LIMITS.links} links at most`)
    .default([]),
});

const CategoryAndDate = CommsItemFields.pick({ category: true, actionBy: true });

/** The item form with its cross-field rules: what `POST /comms/items` accepts. */
export const CommsItemRequestSchema = CommsItemFields.superRefine(
  (item, ctx) => {
    if (item.category === 'action-required' && item.actionBy === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['actionBy'],
        message: 'actionBy is required for an action-required item: the day schools must act by',
      });
    if (item.category !== 'action-required' && item.actionBy !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['actionBy'],
        message: `actionBy is only for action-required items, not ${item.category}`,
      });
  },
  { when: (payload) => CategoryAndDate.safeParse(payload.value).success },
);

/** A validated item form. */
export type CommsItemRequest = z.infer<typeof CommsItemRequestSchema>;
/** An item form as written by a caller (audience and links may be left out). */
export type CommsItemRequestInput = z.input<typeof CommsItemRequestSchema>;

/** A comms item reference: `CI-` and 10 Crockford base32 characters (no I, L, O or U). */
export const CommsItemIdSchema = z
  .string()
  .regex(/^CI-[0-9A-HJKMNP-TV-Z]{10}$/, 'itemId looks like CI-XXXXXXXXXX');

/** An accepted item: the form, its reference, when it arrived and the Monday edition it goes out in. */
export const CommsItemSchema = CommsItemFields.extend({
  itemId: CommsItemIdSchema,
  submittedAt: z.iso.datetime({ offset: true }),
  /** The Monday (YYYY-MM-DD) of the edition it goes out in. */
  edition: IsoDateSchema('edition'),
});

/** An accepted item. */
export type CommsItem = z.infer<typeof CommsItemSchema>;

/** Contract of the CommsItemSubmitted event: an item accepted for an edition. */
export const CommsItemSubmittedEnvelopeSchema = envelopeOf(CommsItemSchema);

/** An accepted item as published. */
export type CommsItemSubmitted = z.infer<typeof CommsItemSubmittedEnvelopeSchema>;

/** CommsItemSubmitted: produced when a team's item is accepted for an edition. */
export const CommsItemSubmittedEvent: EventContract<typeof CommsItemSubmittedEnvelopeSchema> = {
  name: 'CommsItemSubmitted',
  source: 'ecc.education.comms',
  version: '1.0.0',
  schema: CommsItemSubmittedEnvelopeSchema,
};
