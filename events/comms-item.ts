import * as z from 'zod';
import { type IsoDate, isIsoDate } from '#domain/shared/iso-date';
import { restrictedMarkdownProblems, saysWhereLinkGoes } from '#domain/shared/restricted-markdown';
import type { CommsItemSchema } from './comms-item-submitted.ts';
import { AUDIENCE_PHASES, AUDIENCE_ROLES, COMMS_CATEGORIES, SCHOOL_TYPES } from './comms-item-terms.ts';
import { plainText } from './plain-text.ts';

/*
 * A comms item: one all-schools message a council team puts in the Director's weekly Monday
 * email instead of emailing schools directly (school communications protocol, EPHA Executive
 * 24 May 2023; DOMAIN.md section 1). Every string is capped and every cap is named in the
 * error, so oversized or unsafe content is refused with the reason, never cut or passed through.
 */

export {
  AUDIENCE_PHASES,
  AUDIENCE_ROLES,
  type AudiencePhase,
  type AudienceRole,
  COMMS_CATEGORIES,
  type CommsCategory,
  SCHOOL_TYPES,
  type SchoolType,
} from './comms-item-terms.ts';

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
export const IsoDateSchema = (label: string) =>
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

export { CommsItemIdSchema } from './comms-item-id.ts';

/** An accepted item (its schema, and the CommsItemSubmitted contract, are in comms-item-submitted.ts). */
export type CommsItem = z.infer<typeof CommsItemSchema>;
