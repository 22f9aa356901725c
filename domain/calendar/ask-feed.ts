/**
 * The calendar of asks as a subscribable iCalendar feed (RFC 5545) that Outlook and Google
 * Calendar accept: `METHOD:PUBLISH`, a stable UID per ask, `SEQUENCE` bumped on each change,
 * all-day events with an exclusive `DTEND` (RFC 5545 section 3.6.1: an all-day event on
 * 2 October ends `DTEND;VALUE=DATE:20251003`), timed events at London wall-clock times with
 * `TZID=Europe/London` and its VTIMEZONE, and cancelled asks kept as `STATUS:CANCELLED` so
 * subscribers drop them.
 *
 * Written with ical-generator (maintained; escaping, line folding and the RFC's property
 * order are its job). Only the feed's handler imports this module: the library stays out of
 * every other function's bundle (cold start).
 *
 * Dates go to the library as Temporal-shaped values (the library's documented
 * `ICalTemporalPlainDateStub` / `ICalTemporalZonedDateTimeStub` inputs), never as `Date`s: with
 * a time zone set, the library formats a `Date` with the host's local-time getters, so the
 * output would depend on the machine's `TZ`. These values carry the London wall time itself.
 */
import ical, {
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalTemporalInstantStub,
  type ICalTemporalPlainDateStub,
  type ICalTemporalPlainDateTimeStub,
  type ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { formatAcademicYear } from '#domain/shared/academic-year';
import { addDays, datePartsOf, type IsoDate } from '#domain/shared/iso-date';
import { type ClockTime, londonInstant } from '#domain/shared/london-time';
import type { CalendarAsk } from './calendar-ask.ts';
import { LONDON_TZID, londonVtimezone } from './london-vtimezone.ts';

/** What the feed says about itself. */
export interface FeedOptions {
  /** When the feed was made (from the request): every event's DTSTAMP. */
  readonly generatedAt: Date;
  /** The calendar's name as subscribers see it. */
  readonly name?: string;
  /** How often subscribers should refresh, in seconds (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
  readonly refreshSeconds?: number;
}

/** The right-hand side of every UID: not a host name, so a change of web address never renames an event. */
export const UID_DOMAIN = 'asks-of-schools.ecc-education';

/** An ask's stable UID: `<key>-<academic year>@...` when computed (e.g. `census-autumn-2025-26@...`), `<askId>@...` when entered. */
export const uidOf = (ask: CalendarAsk): string =>
  ask.source === 'computed'
    ? `${ask.key}-${formatAcademicYear(ask.academicYear, 'hyphen')}@${UID_DOMAIN}`
    : `${ask.askId}@${UID_DOMAIN}`;

/** A calendar date, shaped as `Temporal.PlainDate`. */
class PlainDate implements ICalTemporalPlainDateStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly date: IsoDate;
  constructor(date: IsoDate) {
    this.date = date;
    ({ year: this.year, month: this.month, day: this.day } = datePartsOf(date));
  }
  toPlainDateTime(): PlainDateTime {
    return new PlainDateTime(this.date, '00:00');
  }
  toString(): string {
    return this.date;
  }
  toJSON(): string {
    return this.date;
  }
}

/** A wall-clock time on a date, shaped as `Temporal.PlainDateTime`; in London it is a {@link LondonDateTime}. */
class PlainDateTime implements ICalTemporalPlainDateTimeStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second = 0;
  readonly date: IsoDate;
  readonly time: ClockTime;
  constructor(date: IsoDate, time: ClockTime) {
    this.date = date;
    this.time = time;
    ({ year: this.year, month: this.month, day: this.day } = datePartsOf(date));
    [this.hour, this.minute] = time.split(':').map(Number) as [number, number];
  }
  toPlainDate(): PlainDate {
    return new PlainDate(this.date);
  }
  toZonedDateTime(timeZone: string): LondonDateTime {
    return new LondonDateTime(this.date, this.time).withTimeZone(timeZone);
  }
  toString(): string {
    return `${this.date}T${this.time}:00`;
  }
  toJSON(): string {
    return this.toString();
  }
}

/**
 * A London wall-clock time on a date, shaped as `Temporal.ZonedDateTime` in Europe/London; its
 * instant comes from `londonInstant` (which settles the hour that happens twice in October).
 */
class LondonDateTime implements ICalTemporalZonedDateTimeStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second = 0;
  readonly timeZoneId = LONDON_TZID;
  readonly wall: PlainDateTime;
  constructor(date: IsoDate, time: ClockTime) {
    this.wall = new PlainDateTime(date, time);
    ({ year: this.year, month: this.month, day: this.day, hour: this.hour, minute: this.minute } = this.wall);
  }
  toPlainDateTime(): PlainDateTime {
    return this.wall;
  }
  /** The same instant in another zone: only London is ever asked for, and anything else is refused. */
  withTimeZone(timeZone: string): this {
    if (timeZone !== LONDON_TZID) throw new RangeError(`the feed writes London times only, not ${timeZone}`);
    return this;
  }
  toInstant(): ICalTemporalInstantStub {
    const instant = londonInstant(this.wall.date, this.wall.time);
    return {
      epochMilliseconds: instant.getTime(),
      toZonedDateTimeISO: (timeZone: string) => this.withTimeZone(timeZone),
      toString: () => instant.toISOString(),
      toJSON: () => instant.toISOString(),
    };
  }
  toString(): string {
    return `${this.wall.toString()}[${LONDON_TZID}]`;
  }
  toJSON(): string {
    return this.toString();
  }
}

const KIND_WORDS: Record<CalendarAsk['kind'], string> = {
  'statutory-return': 'Statutory return',
  'assessment-window': 'Assessment window',
  finance: 'Finance',
  admissions: 'Admissions',
  survey: 'Survey',
  consultation: 'Consultation',
  training: 'Training',
  deadline: 'Deadline',
  other: 'Other',
};

const PHASE_WORDS: Record<CalendarAsk['audience']['phases'][number], string> = {
  nursery: 'nursery',
  primary: 'primary',
  middle: 'middle',
  secondary: 'secondary',
  '16-plus': '16 plus',
  'all-through': 'all-through',
};

const SCHOOL_TYPE_WORDS: Record<CalendarAsk['audience']['schoolTypes'][number], string> = {
  'la-maintained': 'LA maintained schools',
  academy: 'academies',
  'free-school': 'free schools',
  special: 'special schools',
  'pupil-referral-unit': 'pupil referral units',
  independent: 'independent schools',
};

/** The event's description: what the ask is, whose it is and, for a computed ask, its rule. No personal data. */
const descriptionOf = (ask: CalendarAsk): string =>
  [
    ask.description,
    `${KIND_WORDS[ask.kind]} (${ask.criticality})`,
    ask.source === 'entered' ? `Owner: ${ask.owner.team}` : `Rule: ${ask.rule}`,
    ask.source === 'computed' && ask.override ? `Date changed: ${ask.override.reason}` : undefined,
    ask.audience.phases.length > 0
      ? `Phases: ${ask.audience.phases.map((p) => PHASE_WORDS[p]).join(', ')}`
      : undefined,
    ask.audience.schoolTypes.length > 0
      ? `Schools: ${ask.audience.schoolTypes.map((t) => SCHOOL_TYPE_WORDS[t]).join(', ')}`
      : undefined,
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n');

/**
 * The feed of `asks` as iCalendar text (CRLF lines). Computed asks and active entered asks are
 * `CONFIRMED`; cancelled entered asks stay in the feed as `CANCELLED` with their bumped
 * SEQUENCE, so a subscriber that had them removes them. All events are transparent (they
 * never make anyone look busy). Nothing personal is written: owners appear as their team.
 */
export const askFeed = (asks: readonly CalendarAsk[], options: FeedOptions): string => {
  const calendar = ical({
    prodId: { company: 'Essex County Council', product: 'Asks of schools', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: options.name ?? 'Asks of schools (ECC Education)',
    description: 'Statutory returns, assessment windows and the council’s asks of schools',
    timezone: { name: null, generator: londonVtimezone },
    ttl: options.refreshSeconds ?? 6 * 3600,
  });
  for (const ask of asks) {
    const cancelled = ask.source === 'entered' && ask.status === 'cancelled';
    const common = {
      id: uidOf(ask),
      sequence: ask.sequence,
      stamp: options.generatedAt,
      summary: ask.title,
      description: descriptionOf(ask),
      categories: [{ name: KIND_WORDS[ask.kind] }],
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
      url: ask.link ?? null,
      lastModified: ask.source === 'entered' ? new Date(ask.recordedAt) : null,
    };
    if (ask.window.type === 'all-day')
      calendar.createEvent({
        ...common,
        allDay: true,
        start: new PlainDate(ask.window.start),
        // RFC 5545 3.6.1: the end of an all-day event is exclusive, the day after the last.
        end: new PlainDate(addDays(ask.window.end, 1)),
      });
    else
      calendar.createEvent({
        ...common,
        timezone: LONDON_TZID,
        start: new LondonDateTime(ask.window.date, ask.window.startTime),
        end: new LondonDateTime(ask.window.date, ask.window.endTime),
      });
  }
  return calendar.toString();
};

/** The media type of the feed (RFC 5545 section 8.1). */
export const FEED_CONTENT_TYPE = 'text/calendar; charset=utf-8';
