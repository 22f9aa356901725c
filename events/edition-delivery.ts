import * as z from 'zod';
import { SCHOOL_CONTACT_ROLES } from '#domain/schools/school-contact';
import { type IsoDate, isIsoDate } from '#domain/shared/iso-date';
import { EditionDeliveryDueEvent as EditionDeliveryDueEventName } from './edition-event-names.ts';
import { type EventContract, envelopeOf } from './envelope.ts';

const CodeAndName = z.object({ code: z.string(), name: z.string() });

/** One recipient's edition to send: the edition's Monday, the school as the edition sees it, and the person. */
export const EditionDeliverySchema = z.object({
  edition: z.string().refine(isIsoDate, 'edition must be a date written YYYY-MM-DD') as unknown as z.ZodType<
    IsoDate,
    string
  >,
  school: z.object({
    urn: z.string().regex(/^\d{1,9}$/),
    name: z.string().min(1),
    phase: CodeAndName.optional(),
    establishmentType: CodeAndName,
    typeGroup: CodeAndName,
  }),
  contact: z.object({
    roles: z.tuple([z.enum(SCHOOL_CONTACT_ROLES)], z.enum(SCHOOL_CONTACT_ROLES)),
    name: z.string().min(1),
    email: z.email(),
  }),
});

/** Contract of the EditionDeliveryDue message: one copy of an edition to send. */
export const EditionDeliveryDueEnvelopeSchema = envelopeOf(EditionDeliverySchema);

/** A queued delivery. */
export type EditionDeliveryDue = z.infer<typeof EditionDeliveryDueEnvelopeSchema>;

/** EditionDeliveryDue: queued by the sending run on the `editionDeliveries` queue, one per person per school. */
export const EditionDeliveryDueEvent: EventContract<typeof EditionDeliveryDueEnvelopeSchema> = {
  ...EditionDeliveryDueEventName,
  schema: EditionDeliveryDueEnvelopeSchema,
};
