import * as z from 'zod';
import { ASK_LIMITS, group, words } from './ask-fields.ts';

/** The team that owns an ask, and a named contact there (work details only). */
export const AskOwnerSchema = group('owner', {
  team: words('owner.team', ASK_LIMITS.team),
  contact: group('owner.contact', {
    name: words('owner.contact.name', ASK_LIMITS.name),
    email: z
      .email({ error: 'owner.contact.email must be a valid email address' })
      .max(ASK_LIMITS.email, `owner.contact.email must be ${ASK_LIMITS.email} characters or fewer`),
  }),
});

/** The owning team and its contact. */
export type AskOwner = z.infer<typeof AskOwnerSchema>;
