/**
 * Statutory asks of schools computed for any academic year from the DfE's and the council's
 * rules (DOMAIN.md section 2), nothing loaded; assessment windows come from STA's published
 * data ({@link STA_ASSESSMENT_WINDOWS}). Every computed ask has a stable `key`, which with its
 * academic year names it everywhere (API, feed UID, clash reports, overrides):
 *
 * | key | what | rule (for academic year Y/Y+1) |
 * | --- | --- | --- |
 * | `census-autumn` | School census day (autumn) | first Thursday in October Y |
 * | `census-autumn-return` | Autumn census return due | census day + 27 days |
 * | `census-spring` | School census day (spring) | third Thursday in January Y+1 |
 * | `census-spring-return` | Spring census return due | census day + 27 days |
 * | `census-summer` | School census day (summer) | third Thursday in May Y+1 |
 * | `census-summer-return` | Summer census return due | census day + 27 days |
 * | `workforce-census` | School workforce census day | first Thursday in November Y |
 * | `workforce-census-return` | School workforce census return due | census day + 29 days |
 * | `sen2-census` | SEN2 survey day | the spring census day |
 * | `ap-census` | Alternative provision census day | the spring census day |
 * | `early-years-census` | Early years census day (spring) | the spring census day |
 * | `financial-year-end` | Maintained schools' financial year end | 31 March Y+1 |
 * | `sfvs` | Schools financial value standard (SFVS) due | 31 March Y+1 |
 * | `budget-submission` | Budget submissions (maintained schools) | 1 May - 30 June Y+1 (LA-set: configuration) |
 * | `closing-secondary` | Secondary admissions: closing date | 31 October Y |
 * | `closing-primary` | Primary admissions: closing date | 15 January Y+1 |
 * | `offer-day-secondary` | National offer day (secondary) | 1 March Y+1, or the next working day |
 * | `offer-day-primary` | National offer day (primary) | 16 April Y+1, or the next working day |
 * | `ks2-tests` | Key stage 2 tests | STA data (May) |
 * | `multiplication-tables-check` | Multiplication tables check | STA data (June, 2 weeks) |
 * | `phonics-screening-check` | Phonics screening check | STA data (June, 1 week) |
 *
 * Return deadlines are "as observed" (DOMAIN.md): a Thursday + 27 is a Wednesday and + 29 a
 * Friday, and no bank holiday can fall on them (late October/November, February, June,
 * December 2-6), so they are never moved. Only national offer days move to the next working
 * day: the closing dates for applications stay fixed (SI 2012/8, Schedule 2, which the
 * School Admissions Code 2021 para 15 follows, moves only the offer days).
 *
 * Every computed ask is `statutory` in criticality: these are the windows other asks are
 * kept out of. A one-off change is an {@link AskOverride} (configuration), never an edit here.
 */
import {
  type AcademicYear,
  academicYearOf,
  academicYearStarting,
  calendarYearOfMonth,
  formatAcademicYear,
  parseAcademicYear,
} from '#domain/shared/academic-year';
import {
  addDays,
  daysBetween,
  type IsoDate,
  isoDateOf,
  nthWeekdayOfMonth,
  Weekday,
} from '#domain/shared/iso-date';
import { nextWorkingDayOnOrAfter } from '#domain/shared/working-days';
import type { AskKind, Audience, SchoolPhase, SchoolType } from '#events/ask-request';
import { type AskOverride, overrideFor } from './ask-override.ts';
import type { AssessmentKey, AssessmentWindow } from './assessment-windows.ts';
import { type AllDayWindow, byWindowThenTitle, type ComputedAsk } from './calendar-ask.ts';

/** The keys of asks computed from rules, in the order of the table above. */
export const RULE_KEYS = [
  'census-autumn',
  'census-autumn-return',
  'census-spring',
  'census-spring-return',
  'census-summer',
  'census-summer-return',
  'workforce-census',
  'workforce-census-return',
  'sen2-census',
  'ap-census',
  'early-years-census',
  'financial-year-end',
  'sfvs',
  'budget-submission',
  'closing-secondary',
  'closing-primary',
  'offer-day-secondary',
  'offer-day-primary',
] as const;

/** The keys of assessment windows, which come from STA's data. */
export const ASSESSMENT_KEYS = [
  'ks2-tests',
  'multiplication-tables-check',
  'phonics-screening-check',
] as const satisfies readonly AssessmentKey[];

/** Every computed ask's key. */
export const COMPUTED_ASK_KEYS = [...RULE_KEYS, ...ASSESSMENT_KEYS] as const;

/** A computed ask's stable key. */
export type ComputedAskKey = (typeof COMPUTED_ASK_KEYS)[number];

/** Whether a string is a computed ask's key. */
export const isComputedAskKey = (value: unknown): value is ComputedAskKey =>
  (COMPUTED_ASK_KEYS as readonly unknown[]).includes(value);

/** A day of the year, as a month (1-12) and a day of the month. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/** What the computed calendar needs beyond the national rules: the council's settings and STA's data. */
export interface CalendarRules {
  /** The LA-set budget submission window for maintained schools (Essex: 1 May to 30 June). */
  readonly budgetSubmission: { readonly opens: MonthDay; readonly closes: MonthDay };
  /** STA's published assessment windows. */
  readonly assessmentWindows: readonly AssessmentWindow[];
  /** One-off changes to computed asks. */
  readonly overrides: readonly AskOverride[];
}

const STATE_FUNDED: readonly SchoolType[] = [
  'la-maintained',
  'academy',
  'free-school',
  'special',
  'pupil-referral-unit',
];
const audience = (phases: readonly SchoolPhase[], schoolTypes: readonly SchoolType[] = []): Audience => ({
  phases: [...phases],
  schoolTypes: [...schoolTypes],
});
const ALL_STATE_FUNDED = audience([], STATE_FUNDED);
const MAINTAINED = audience([], ['la-maintained']);
const PRIMARY = audience(['primary', 'middle', 'all-through'], STATE_FUNDED);
const SECONDARY = audience(['secondary', 'middle', 'all-through'], STATE_FUNDED);

const day = (date: IsoDate): AllDayWindow => ({ type: 'all-day', start: date, end: date });

/** The n-th Thursday of a month of the academic year (the census days). */
const thursday = (year: AcademicYear, month: number, n: number): IsoDate =>
  nthWeekdayOfMonth(calendarYearOfMonth(year, month), month, Weekday.Thursday, n);

/** A fixed day of the academic year. */
const fixed = (year: AcademicYear, month: number, dayOfMonth: number): IsoDate =>
  isoDateOf(calendarYearOfMonth(year, month), month, dayOfMonth);

interface Rule {
  readonly key: (typeof RULE_KEYS)[number];
  readonly title: string;
  readonly kind: AskKind;
  readonly audience: Audience;
  /** The rule in words, with its source. */
  readonly rule: string;
  readonly window: (year: AcademicYear, rules: CalendarRules) => AllDayWindow;
}

const CENSUS_GUIDE = 'DfE school census guide; SI 2013/2094';

const autumnCensus = (y: AcademicYear) => thursday(y, 10, 1);
const springCensus = (y: AcademicYear) => thursday(y, 1, 3);
const summerCensus = (y: AcademicYear) => thursday(y, 5, 3);
const workforceCensus = (y: AcademicYear) => thursday(y, 11, 1);

/** The rules, one per key, in {@link RULE_KEYS} order. */
const RULES: readonly Rule[] = [
  {
    key: 'census-autumn',
    title: 'School census day (autumn)',
    kind: 'statutory-return',
    audience: ALL_STATE_FUNDED,
    rule: `first Thursday in October (${CENSUS_GUIDE})`,
    window: (y) => day(autumnCensus(y)),
  },
  {
    key: 'census-autumn-return',
    title: 'Autumn school census return due',
    kind: 'statutory-return',
    audience: ALL_STATE_FUNDED,
    rule: 'autumn census day + 27 days (deadline as observed)',
    window: (y) => day(addDays(autumnCensus(y), 27)),
  },
  {
    key: 'census-spring',
    title: 'School census day (spring)',
    kind: 'statutory-return',
    audience: ALL_STATE_FUNDED,
    rule: `third Thursday in January (${CENSUS_GUIDE})`,
    window: (y) => day(springCensus(y)),
  },
  {
    key: 'census-spring-return',
    title: 'Spring school census return due',
    kind: 'statutory-return',
    audience: ALL_STATE_FUNDED,
    rule: 'spring census day + 27 days (deadline as observed)',
    window: (y) => day(addDays(springCensus(y), 27)),
  },
  {
    key: 'census-summer',
    title: 'School census day (summer)',
    kind: 'statutory-return',
    audience: ALL_STATE_FUNDED,
    rule: `third Thursday in May (${CENSUS_GUIDE})`,
    window: (y) => day(summerCensus(y)),
  },
  {
    key: 'census-summer-return',
    title: 'Summer school census return due',
    kind: 'statutory-return',
    audience: ALL_STATE_FUNDED,
    rule: 'summer census day + 27 days (deadline as observed)',
    window: (y) => day(addDays(summerCensus(y), 27)),
  },
  {
    key: 'workforce-census',
    title: 'School workforce census day',
    kind: 'statutory-return',
    audience: ALL_STATE_FUNDED,
    rule: 'first Thursday in November (DfE school workforce census guide; SI 2007/2260)',
    window: (y) => day(workforceCensus(y)),
  },
  {
    key: 'workforce-census-return',
    title: 'School workforce census return due',
    kind: 'statutory-return',
    audience: ALL_STATE_FUNDED,
    rule: 'workforce census day + 29 days (deadline as observed)',
    window: (y) => day(addDays(workforceCensus(y), 29)),
  },
  {
    key: 'sen2-census',
    title: 'SEN2 survey day',
    kind: 'statutory-return',
    audience: ALL_STATE_FUNDED,
    rule: "the spring census day (DfE SEN2 guide; the local authority's return, from schools' data)",
    window: (y) => day(springCensus(y)),
  },
  {
    key: 'ap-census',
    title: 'Alternative provision census day',
    kind: 'statutory-return',
    audience: ALL_STATE_FUNDED,
    rule: "the spring census day (DfE alternative provision census guide; the local authority's return)",
    window: (y) => day(springCensus(y)),
  },
  {
    key: 'early-years-census',
    title: 'Early years census day (spring)',
    kind: 'statutory-return',
    audience: audience(['nursery', 'primary']),
    rule: 'the spring census day (DfE early years census guide)',
    window: (y) => day(springCensus(y)),
  },
  {
    key: 'financial-year-end',
    title: "Maintained schools' financial year end",
    kind: 'finance',
    audience: MAINTAINED,
    rule: "31 March (maintained schools' financial year runs April to March; the council's scheme for financing schools)",
    window: (y) => day(fixed(y, 3, 31)),
  },
  {
    key: 'sfvs',
    title: 'Schools financial value standard (SFVS) return due',
    kind: 'finance',
    audience: MAINTAINED,
    rule: "31 March (DfE SFVS guidance: governors' signed return to the local authority)",
    window: (y) => day(fixed(y, 3, 31)),
  },
  {
    key: 'budget-submission',
    title: 'Budget submissions (maintained schools)',
    kind: 'finance',
    audience: MAINTAINED,
    rule: "set by the local authority (the council's scheme for financing schools): configuration",
    window: (y, rules) => {
      const { opens, closes } = rules.budgetSubmission;
      return {
        type: 'all-day',
        start: fixed(y, opens.month, opens.day),
        end: fixed(y, closes.month, closes.day),
      };
    },
  },
  {
    key: 'closing-secondary',
    title: 'Secondary admissions: closing date for applications',
    kind: 'admissions',
    audience: SECONDARY,
    rule: '31 October (SI 2012/8 Schedule 2; School Admissions Code 2021 para 15)',
    window: (y) => day(fixed(y, 10, 31)),
  },
  {
    key: 'closing-primary',
    title: 'Primary admissions: closing date for applications',
    kind: 'admissions',
    audience: PRIMARY,
    rule: '15 January (SI 2012/8 Schedule 2; School Admissions Code 2021 para 15)',
    window: (y) => day(fixed(y, 1, 15)),
  },
  {
    key: 'offer-day-secondary',
    title: 'National offer day (secondary)',
    kind: 'admissions',
    audience: SECONDARY,
    rule: '1 March, or the next working day when it falls at a weekend or on a bank holiday (SI 2012/8 Schedule 2)',
    window: (y) => day(nextWorkingDayOnOrAfter(fixed(y, 3, 1))),
  },
  {
    key: 'offer-day-primary',
    title: 'National offer day (primary)',
    kind: 'admissions',
    audience: PRIMARY,
    rule: '16 April, or the next working day when it falls at a weekend or on a bank holiday (SI 2012/8 Schedule 2)',
    window: (y) => day(nextWorkingDayOnOrAfter(fixed(y, 4, 16))),
  },
];

const ASSESSMENTS: Readonly<Record<AssessmentKey, { title: string; audience: Audience; rule: string }>> = {
  'ks2-tests': {
    title: 'Key stage 2 tests',
    audience: audience(['primary', 'middle', 'all-through'], STATE_FUNDED),
    rule: 'published yearly by STA (May)',
  },
  'multiplication-tables-check': {
    title: 'Multiplication tables check (year 4)',
    audience: audience(['primary', 'middle', 'all-through'], STATE_FUNDED),
    rule: 'published yearly by STA (June, 2 weeks)',
  },
  'phonics-screening-check': {
    title: 'Phonics screening check (year 1)',
    audience: audience(['primary', 'all-through'], STATE_FUNDED),
    rule: 'published yearly by STA (June, 1 week)',
  },
};

/** Applies a one-off override (if any) to a computed ask. */
const withOverride = (ask: ComputedAsk, rules: CalendarRules): ComputedAsk | undefined => {
  const override = overrideFor(rules.overrides, ask.key, ask.academicYear);
  if (!override) return ask;
  if (override.withdrawn) return undefined;
  const { start, end } = ask.window as AllDayWindow;
  const moved: AllDayWindow = {
    type: 'all-day',
    start: override.start,
    end: override.end ?? addDays(override.start, daysBetween(start, end)),
  };
  return { ...ask, window: moved, sequence: override.revision, override: { reason: override.reason } };
};

/**
 * Every computed ask of an academic year, in date order: the rules' asks, then STA's windows
 * published for that year, each with its one-off override applied (a withdrawn ask is left
 * out). Throws an `InvalidOverrideError` for a bad override of that year.
 */
export const computedAsksFor = (year: AcademicYear, rules: CalendarRules): ComputedAsk[] => {
  const academicYear = academicYearStarting(year.startYear);
  const written = formatAcademicYear(academicYear);
  const fromRules: ComputedAsk[] = RULES.map((r) => ({
    source: 'computed',
    key: r.key,
    academicYear,
    title: r.title,
    kind: r.kind,
    criticality: 'statutory',
    window: r.window(academicYear, rules),
    audience: r.audience,
    rule: r.rule,
    sequence: 0,
  }));
  const fromData: ComputedAsk[] = rules.assessmentWindows
    .filter(
      (w) => parseAcademicYear(w.academicYear, 'assessment window academicYear').startYear === year.startYear,
    )
    .map((w) => ({
      source: 'computed',
      key: w.key,
      academicYear,
      title: ASSESSMENTS[w.key].title,
      kind: 'assessment-window',
      criticality: 'statutory',
      window: { type: 'all-day', start: w.start, end: w.end },
      audience: ASSESSMENTS[w.key].audience,
      rule: `${ASSESSMENTS[w.key].rule}: ${w.source}, ${written}`,
      sequence: 0,
    }));
  return [...fromRules, ...fromData]
    .map((ask) => withOverride(ask, rules))
    .filter((ask): ask is ComputedAsk => ask !== undefined)
    .sort(byWindowThenTitle);
};

/**
 * Every computed ask of every academic year that `from` to `to` (inclusive) touches, plus the
 * year either side (an override or a long window may reach across a year's edge). Callers
 * that need only the asks landing in the range filter with `asksLandingIn`.
 */
export const computedAsksAround = (from: IsoDate, to: IsoDate, rules: CalendarRules): ComputedAsk[] => {
  const first = academicYearOf(from).startYear - 1;
  const last = academicYearOf(to).startYear + 1;
  const asks: ComputedAsk[] = [];
  for (let startYear = first; startYear <= last; startYear++)
    asks.push(...computedAsksFor(academicYearStarting(startYear), rules));
  return asks.sort(byWindowThenTitle);
};
