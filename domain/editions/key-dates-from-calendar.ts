import { asksLandingIn } from '#domain/calendar/asks-landing-in';
import { type CalendarAsk, type EnteredAsk, firstDayOf, lastDayOf } from '#domain/calendar/calendar-ask';
import { type CalendarRules, computedAsksAround } from '#domain/calendar/computed-asks';
import type { IsoDate } from '#domain/shared/iso-date';
import type { SchoolType as AskSchoolType, SchoolPhase } from '#events/ask-request';
import type { AudiencePhase, SchoolType } from '#events/comms-item';
import type { KeyDate, KeyDates } from './key-dates.ts';

/**
 * The calendar's phases in the comms items' words: a middle school is deemed primary or
 * secondary (GIAS), so an ask for middle schools reaches both.
 */
const PHASES: Readonly<Record<SchoolPhase, readonly AudiencePhase[]>> = {
  nursery: ['nursery'],
  primary: ['primary'],
  middle: ['primary', 'secondary'],
  secondary: ['secondary'],
  '16-plus': ['16-plus'],
  'all-through': ['all-through'],
};

/** The calendar's school types in the comms items' words (an academy there excludes free schools; here it includes them). */
const TYPES: Readonly<Record<AskSchoolType, SchoolType>> = {
  'la-maintained': 'la-maintained',
  academy: 'academy',
  'free-school': 'academy',
  special: 'special',
  'pupil-referral-unit': 'alternative-provision',
  independent: 'independent',
};

/** An ask from the calendar as a key date: its days, whether it is statutory, who it is for, its link. */
export const keyDateOf = (ask: CalendarAsk): KeyDate => {
  const start = firstDayOf(ask.window);
  const end = lastDayOf(ask.window);
  return {
    title: ask.title,
    start,
    end: end === start ? undefined : end,
    statutory: ask.criticality === 'statutory',
    phases: [...new Set(ask.audience.phases.flatMap((phase) => PHASES[phase]))],
    schoolTypes: [...new Set(ask.audience.schoolTypes.map((type) => TYPES[type]))],
    link: ask.link ? { text: `About ${ask.title}`, url: ask.link } : undefined,
  };
};

/**
 * The Key dates port over the calendar of asks: the statutory asks computed from `rules` and
 * the asks teams entered (read by `enteredTouching`), those landing from `from` to `to`, as key
 * dates (domain/calendar/asks-landing-in.ts answers the same question for `GET /calendar`).
 */
export const calendarKeyDates = (
  rules: CalendarRules,
  enteredTouching: (range: { from: IsoDate; to: IsoDate }) => Promise<readonly EnteredAsk[]>,
): KeyDates => ({
  async between(from, to) {
    const asks = asksLandingIn(
      { computed: computedAsksAround(from, to, rules), entered: await enteredTouching({ from, to }) },
      { from, to },
    );
    return asks.map(keyDateOf);
  },
});
