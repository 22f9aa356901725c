import * as z from 'zod';
import { ClashSchema, ComputedAskKeySchema, SuggestedWindowSchema } from './ask-clash-found.ts';
import { AskIdSchema } from './ask-id.ts';
import { AskRecordSchema } from './ask-record.ts';
import { ASK_CRITICALITIES, ASK_KINDS, AudienceSchema, isoDateField } from './ask-request.ts';

export {
  AskPathSchema,
  CalendarRangeQuerySchema,
  CalendarWeeksQuerySchema,
  MAX_RANGE_DAYS,
} from './calendar-queries.ts';

/**
 * One ask as the read side lists it: computed asks by `key` (and academic year), entered ones
 * by `askId` (and owning team); the window as first and last days, with London times for a
 * timed event.
 */
export const CalendarEntrySchema = z.object({
  key: ComputedAskKeySchema.optional(),
  academicYear: z.string().optional(),
  askId: AskIdSchema.optional(),
  team: z.string().optional(),
  title: z.string(),
  kind: z.enum(ASK_KINDS),
  criticality: z.enum(ASK_CRITICALITIES),
  start: isoDateField('start'),
  end: isoDateField('end'),
  startTime: z.string().optional(),
  endTime: z.string().optional(),
  audience: AudienceSchema,
  link: z.string().optional(),
});

/** `GET /calendar`'s answer. */
export const CalendarBodySchema = z.object({
  from: isoDateField('from'),
  to: isoDateField('to'),
  asks: z.array(CalendarEntrySchema),
});

/** `GET /calendar/weeks`'s answer: each Monday-to-Sunday week, how many asks land and which. */
export const CalendarWeeksBodySchema = z.object({
  weeks: z.array(
    z.object({
      weekStart: isoDateField('weekStart'),
      weekEnd: isoDateField('weekEnd'),
      count: z.number().int(),
      statutoryCount: z.number().int(),
      asks: z.array(CalendarEntrySchema),
    }),
  ),
});

/**
 * What submitting or editing an ask answers: its reference and version (absent when refused:
 * nothing was stored), the statutory windows it clashes with and clear windows of the same
 * length. The same body with `201` (recorded), `200` (edited) or `409` (refused by policy).
 */
export const AskOutcomeBodySchema = z.object({
  askId: AskIdSchema.optional(),
  version: z.number().int().min(1).optional(),
  clashes: z.array(ClashSchema),
  suggestions: z.array(SuggestedWindowSchema),
  message: z.string().optional(),
});

/** `DELETE /calendar/asks/{askId}`'s answer. */
export const AskCancelledBodySchema = z.object({
  askId: AskIdSchema,
  version: z.number().int().min(2),
  status: z.literal('cancelled'),
});

/** `GET /calendar/asks/{askId}`'s answer: the current version and every version, oldest first. */
export const AskHistoryBodySchema = z.object({
  current: AskRecordSchema,
  history: z.array(AskRecordSchema).min(1),
});
