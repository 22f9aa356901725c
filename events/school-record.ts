import * as z from 'zod';
import { PRICE_BANDS } from '#domain/schools/price-band';
import { SchoolContactSchema } from './school-contacts.ts';

const CodeAndName = z.object({ code: z.string(), name: z.string() });

/** A school as the directory keeps it (GIAS fields; dates as YYYY-MM-DD). */
export const SchoolSchema = z.object({
  urn: z.string(),
  name: z.string(),
  la: CodeAndName,
  establishmentType: CodeAndName,
  typeGroup: CodeAndName,
  status: CodeAndName.extend({ is: z.enum(['open', 'closed', 'proposed to open', 'proposed to close']) }),
  phase: CodeAndName.optional(),
  statutoryLowAge: z.number().int().optional(),
  statutoryHighAge: z.number().int().optional(),
  postcode: z.string().optional(),
  openDate: z.iso.date().optional(),
  closeDate: z.iso.date().optional(),
});

/** What `GET /schools/{urn}` answers: the school, the price band it pays in, and its contacts. */
export const SchoolRecordSchema = z.object({
  school: SchoolSchema,
  priceBand: z.enum(PRICE_BANDS),
  contacts: z.array(SchoolContactSchema),
});
