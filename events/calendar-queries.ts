import * as z from 'zod';
import { compareDates, daysBetween, type IsoDate } from '#domain/shared/iso-date';
import { AskIdSchema } from './ask-id.ts';
import { isoDateField } from './iso-date-field.ts';

/*
 * What the calendar's routes take in their path and query string: all a reading function
 * parses. The answers' schemas (calendar-api.ts) are for the API's description.
 */

/** The longest range `GET /calendar` reads at once (a year and a bit). */
export const MAX_RANGE_DAYS = 400;

/** `GET /calendar?from=YYYY-MM-DD&to=YYYY-MM-DD`: both days included, `to` on or after `from`, at most 400 days. */
export const CalendarRangeQuerySchema = z
  .object({ from: isoDateField('from'), to: isoDateField('to') })
  .superRefine(({ from, to }, ctx) => {
    if (compareDates(to as IsoDate, from as IsoDate) < 0)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must be on or after from' });
    else if (daysBetween(from as IsoDate, to as IsoDate) >= MAX_RANGE_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `to must be less than ${MAX_RANGE_DAYS} days after from`,
      });
  });

/** `GET /calendar/weeks?from=YYYY-MM-DD&weeks=N`: N weeks (1-60, default 8) from the week containing `from`. */
export const CalendarWeeksQuerySchema = z.object({
  from: isoDateField('from'),
  weeks: z
    .string()
    .regex(/^\d{1,2}$/, 'weeks must be a whole number from 1 to 60')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 60, 'weeks must be a whole number from 1 to 60')
    .optional(),
});

/** `{askId}` in a path. */
export const AskPathSchema = z.object({ askId: AskIdSchema });
