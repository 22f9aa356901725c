import * as z from 'zod';

/** One bad field of a request: where it is (`school.urn`, `days`; `(body)` for the whole body) and what is wrong. */
export const ValidationIssueSchema = z.object({ path: z.string(), message: z.string() });

/** The `400` body: every bad field, named. */
export const ValidationErrorBodySchema = z.object({
  error: z.literal('ValidationError'),
  issues: z.array(ValidationIssueSchema).min(1),
});

/** Any other error body (`404`, `409`, `413`, `415`, `422`). */
export const ErrorBodySchema = z.object({ error: z.string(), message: z.string() });

/** The `422` body: the request is well formed but cannot be done; `field` names the field at fault, where there is one. */
export const UnprocessableBodySchema = z.object({
  error: z.literal('Unprocessable'),
  message: z.string(),
  field: z.string().optional(),
});
