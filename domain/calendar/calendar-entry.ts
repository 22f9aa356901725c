import { formatAcademicYear } from '#domain/shared/academic-year';
import type { IsoDate } from '#domain/shared/iso-date';
import type { AskCriticality, AskKind, Audience } from '#events/ask-request';
import { type CalendarAsk, firstDayOf, lastDayOf } from './calendar-ask.ts';

/** An ask as the read side lists it (`GET /calendar`, the load view): no contact details. */
export interface CalendarEntry {
  readonly key?: string;
  readonly academicYear?: string;
  readonly askId?: string;
  readonly team?: string;
  readonly title: string;
  readonly kind: AskKind;
  readonly criticality: AskCriticality;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly audience: Audience;
  readonly link?: string;
}

/** The listing of an ask: `key` and academic year when computed, `askId` and team when entered; times when timed. */
export const calendarEntryOf = (ask: CalendarAsk): CalendarEntry => ({
  ...(ask.source === 'computed'
    ? { key: ask.key, academicYear: formatAcademicYear(ask.academicYear) }
    : { askId: ask.askId, team: ask.owner.team }),
  title: ask.title,
  kind: ask.kind,
  criticality: ask.criticality,
  start: firstDayOf(ask.window),
  end: lastDayOf(ask.window),
  ...(ask.window.type === 'timed' && { startTime: ask.window.startTime, endTime: ask.window.endTime }),
  audience: ask.audience,
  ...(ask.link && { link: ask.link }),
});
