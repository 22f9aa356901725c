import * as z from 'zod';
import { type IsoDate, isIsoDate } from '#domain/shared/iso-date';

/** A day written `YYYY-MM-DD` (a plain date: no time, no time zone); errors name the field. */
export const isoDateField = (label: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`),
    })
    .refine(isIsoDate, `${label} must be a real calendar date written YYYY-MM-DD`) as z.ZodType<
    IsoDate,
    string
  >;
