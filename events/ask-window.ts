import * as z from 'zod';
import type { ClockTime } from '#domain/shared/london-time';
import { text } from './ask-fields.ts';
import { isoDateField } from './iso-date-field.ts';

/** A London wall-clock time on the 24-hour clock, `HH:mm`. */
const clockTimeField = (label: string) =>
  text(label).regex(
    /^([01]\d|2[0-3]):[0-5]\d$/,
    `${label} must be a 24-hour clock time written HH:mm`,
  ) as z.ZodType<ClockTime, string>;

/** An all-day window: every day from `start` to `end`, both included. */
export const AllDayWindowSchema = z.object({
  type: z.literal('all-day'),
  start: isoDateField('window.start'),
  end: isoDateField('window.end'),
});

/** A timed event on one day, Europe/London wall-clock times (GMT or BST as the day has it). */
export const TimedWindowSchema = z.object({
  type: z.literal('timed'),
  date: isoDateField('window.date'),
  startTime: clockTimeField('window.startTime'),
  endTime: clockTimeField('window.endTime'),
});

/** When an ask lands on schools: all-day dates (inclusive), or a timed event in Europe/London. */
export const AskWindowSchema = z.discriminatedUnion('type', [AllDayWindowSchema, TimedWindowSchema], {
  error: (issue) =>
    issue.input === undefined
      ? 'window is required'
      : 'window.type must be all-day (with start and end dates) or timed (with a date, startTime and endTime)',
});

/** An ask's window, validated. */
export type AskWindowInput = z.infer<typeof AskWindowSchema>;
