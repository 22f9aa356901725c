/**
 * When the weekly Monday email goes out and which Monday an item lands in (DOMAIN.md section
 * 1: "Items land in the next Monday's edition; a submission cut-off (configurable; councils
 * commonly use Thursday 12:00 for the next send) decides which").
 *
 * Every time here is a London wall-clock time: the cut-off is Thursday 12:00 in London whether
 * London is on GMT or BST, so the same cut-off is 12:00 UTC in winter and 11:00 UTC in summer.
 */
import {
  addDays,
  dayOfWeek,
  type IsoDate,
  type IsoWeekday,
  isIsoDate,
  Weekday,
} from '#domain/shared/iso-date';
import { type ClockTime, londonDateOf, londonInstant, ukLongDate } from '#domain/shared/london-time';

/** When editions are sent and when items for them close. */
export interface EditionSchedule {
  /** The London time each Monday's edition is sent, e.g. `'07:00'`. */
  readonly sendTime: ClockTime;
  /**
   * The cut-off: items submitted before the last such London weekday and time ahead of an
   * edition's send are in that edition; at or after it, in the next.
   */
  readonly cutOff: { readonly weekday: IsoWeekday; readonly time: ClockTime };
}

/** Monday 07:00 send; Thursday 12:00 cut-off (the common council practice, DOMAIN.md section 1). */
export const DEFAULT_EDITION_SCHEDULE: EditionSchedule = {
  sendTime: '07:00',
  cutOff: { weekday: Weekday.Thursday, time: '12:00' },
};

/** A date given as an edition that is not a Monday, or not a date. */
export class NotAnEditionDateError extends Error {
  override readonly name = 'NotAnEditionDateError';
  readonly date: string;
  constructor(date: string) {
    super(`an edition is named by its Monday, written YYYY-MM-DD; ${JSON.stringify(date)} is not a Monday`);
    this.date = date;
  }
}

/** Whether `date` names an edition: a real date that is a Monday. */
export const isEditionDate = (date: string): date is IsoDate =>
  isIsoDate(date) && dayOfWeek(date) === Weekday.Monday;

/** Reads an edition date from outside (a path, a config value), or throws {@link NotAnEditionDateError}. */
export const parseEditionDate = (date: string): IsoDate => {
  if (!isEditionDate(date)) throw new NotAnEditionDateError(date);
  return date;
};

/** The instant an edition is due to be sent: its Monday at the send time, London time. */
export const sendInstantOf = (edition: IsoDate, schedule: EditionSchedule = DEFAULT_EDITION_SCHEDULE): Date =>
  londonInstant(parseEditionDate(edition), schedule.sendTime);

/**
 * The cut-off of an edition: the last time the schedule's cut-off weekday and time come round
 * before the edition's send (Thursday 12:00 four days before, by default). Items submitted
 * before this instant are in the edition.
 */
export const cutOffOf = (edition: IsoDate, schedule: EditionSchedule = DEFAULT_EDITION_SCHEDULE): Date => {
  const send = sendInstantOf(edition, schedule);
  const daysBefore = (Weekday.Monday - schedule.cutOff.weekday + 7) % 7;
  const cutOff = londonInstant(addDays(edition, -daysBefore), schedule.cutOff.time);
  // A Monday cut-off at or after the send time is the previous Monday's.
  return cutOff < send ? cutOff : londonInstant(addDays(edition, -daysBefore - 7), schedule.cutOff.time);
};

/**
 * The edition (its Monday) an item submitted at `submittedAt` goes out in: the first edition
 * whose cut-off is after it. Submitted at exactly the cut-off, it is in the next edition.
 */
export const editionFor = (
  submittedAt: Date,
  schedule: EditionSchedule = DEFAULT_EDITION_SCHEDULE,
): IsoDate => {
  const today = londonDateOf(submittedAt);
  // No Monday before today can take it: its cut-off came before its send, before today began.
  let monday = addDays(today, (Weekday.Monday - dayOfWeek(today) + 7) % 7);
  while (submittedAt.getTime() >= cutOffOf(monday, schedule).getTime()) monday = addDays(monday, 7);
  return monday;
};

/** The cut-off as people read it: "12:00 on Thursday 19 November 2026". */
export const describeCutOff = (
  edition: IsoDate,
  schedule: EditionSchedule = DEFAULT_EDITION_SCHEDULE,
): string => `${schedule.cutOff.time} on ${ukLongDate(londonDateOf(cutOffOf(edition, schedule)))}`;

const WEEKDAY_NAMES: Record<string, IsoWeekday> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A schedule setting that cannot be read; the message names the setting. */
export class EditionScheduleError extends Error {
  override readonly name = 'EditionScheduleError';
}

/**
 * Reads a schedule from configuration text (environment variables), each setting optional:
 * `sendTime` and `cutOffTime` as `HH:mm`, `cutOffDay` as a weekday name (`Thursday`).
 * Throws {@link EditionScheduleError} naming the setting that is wrong.
 */
export const parseEditionSchedule = (settings: {
  sendTime?: string | undefined;
  cutOffDay?: string | undefined;
  cutOffTime?: string | undefined;
}): EditionSchedule => {
  const time = (name: string, value: string | undefined, fallback: ClockTime): ClockTime => {
    if (value === undefined || value === '') return fallback;
    if (!CLOCK_TIME.test(value))
      throw new EditionScheduleError(
        `${name} must be a 24-hour London time written HH:mm, got ${JSON.stringify(value)}`,
      );
    return value as ClockTime;
  };
  const day = settings.cutOffDay?.trim().toLowerCase();
  const weekday = day ? WEEKDAY_NAMES[day] : DEFAULT_EDITION_SCHEDULE.cutOff.weekday;
  if (weekday === undefined)
    throw new EditionScheduleError(
      `cutOffDay must be a day of the week, e.g. Thursday, got ${JSON.stringify(settings.cutOffDay)}`,
    );
  return {
    sendTime: time('sendTime', settings.sendTime, DEFAULT_EDITION_SCHEDULE.sendTime),
    cutOff: { weekday, time: time('cutOffTime', settings.cutOffTime, DEFAULT_EDITION_SCHEDULE.cutOff.time) },
  };
};
