import * as z from 'zod';
import { restrictedMarkdownProblems } from '#domain/shared/restricted-markdown';

/** Caps on the Director's letter (characters): a short letter, not a second bulletin. */
export const LETTER_LIMITS = { body: 3_000, signedBy: 120 } as const;

/** The Director's letter for an edition (`PUT /editions/{date}/letter`). */
export const DirectorLetterRequestSchema = z.object({
  /** Restricted Markdown, like an item's body. */
  body: z
    .string({ error: (issue) => (issue.input === undefined ? 'body is required' : 'body must be text') })
    .trim()
    .min(1, 'body is required')
    .max(LETTER_LIMITS.body, `body must be ${LETTER_LIMITS.body} characters or fewer`)
    .superRefine((body, ctx) => {
      if (body.length > LETTER_LIMITS.body) return;
      for (const problem of restrictedMarkdownProblems(body))
        ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** As it should read under the letter: "Alex Morgan, Director of Education". */
  signedBy: z
    .string({ error: 'signedBy is required' })
    .trim()
    .min(1, 'signedBy is required')
    .max(LETTER_LIMITS.signedBy, `signedBy must be ${LETTER_LIMITS.signedBy} characters or fewer`)
    .refine((s) => !/\p{Cc}/u.test(s), 'signedBy must be one line of text'),
});

/** A validated letter. */
export type DirectorLetterRequest = z.infer<typeof DirectorLetterRequestSchema>;
