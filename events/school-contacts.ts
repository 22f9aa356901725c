import * as z from 'zod';
import { SCHOOL_CONTACT_ROLES } from '#domain/schools/school-contact';
import { plainText } from './plain-text.ts';

/** One person the council writes to at a school: role, name and work email. */
export const SchoolContactSchema = z.object({
  role: z.enum(SCHOOL_CONTACT_ROLES, {
    error: `role must be one of ${SCHOOL_CONTACT_ROLES.join(', ')}`,
  }),
  name: plainText('name', 120).min(1, 'name is required'),
  email: z
    .email({ error: 'email must be a valid email address' })
    .max(254, 'email must be 254 characters or fewer'),
});

/** The most contacts one school keeps (a handful of roles; a bound on what one request stores). */
export const MAX_CONTACTS_PER_SCHOOL = 20;

/** `PUT /schools/{urn}/contacts`: the school's contacts, replacing those it had. */
export const PutSchoolContactsRequestSchema = z.object(
  {
    contacts: z
      .array(SchoolContactSchema, {
        error: (issue) =>
          issue.input === undefined
            ? 'contacts is required'
            : 'contacts must be a list of { role, name, email }',
      })
      .max(MAX_CONTACTS_PER_SCHOOL, `a school keeps at most ${MAX_CONTACTS_PER_SCHOOL} contacts`),
  },
  { error: 'the body must be an object { contacts: [...] }' },
);

/** A validated contacts request. */
export type PutSchoolContactsRequest = z.infer<typeof PutSchoolContactsRequestSchema>;
