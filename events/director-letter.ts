import * as z from 'zod';
import { restrictedMarkdownProblems } from '#domain/shared/restricted-markdown';
import { plainText } from './plain-text.ts';

/** Caps on the Director's letter (characters): a short letter, not a second bulletin. */
export const LETTER_LIMITS = { body: 3_000, signedBy: 120 } as const;

/** The Director's letter for an edition (`PUT /editions/{date}/letter`). */
export const DirectorLetterRequestSchema = z.object({
  /** Restricted Markdown, like an item's body. */
  body: plainText('body', LETTER_LIMITS.body, { multiline: true })
    .min(1, 'body is required')
    .superRefine((body, ctx) => {
      if (body.length > LETTER_LIMITS.body) return;
      for (const problem of restrictedMarkdownProblems(body))
        ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** As it should read under the letter: "Alex Morgan, Director of Education". */
  signedBy: plainText('signedBy', LETTER_LIMITS.signedBy).min(1, 'signedBy is required'),
});

/** A validated letter. */
export type DirectorLetterRequest = z.infer<typeof DirectorLetterRequestSchema>;
