/**
 * Bank holidays in England and Wales, computed from the rules, so every year has them (the
 * GOV.UK list, https://www.gov.uk/bank-holidays.json, only covers a few years either side of
 * today; the tests check these rules against it).
 *
 * The rules:
 * - Banking and Financial Dealings Act 1971, s.1 and Schedule 1 para 1: Easter Monday, the
 *   last Monday in May, the last Monday in August, 26 December if it is not a Sunday, and
 *   27 December in a year in which 25 or 26 December is a Sunday.
 * - Good Friday and Christmas Day are common-law holidays (Schedule 1 does not list them).
 * - New Year's Day (since 1974) and the first Monday in May (since 1978) are appointed each
 *   year by royal proclamation under s.1(3) of the 1971 Act; when New Year's Day falls at a
 *   weekend the proclamation appoints the Monday after.
 * - When Christmas Day or Boxing Day falls on a Saturday, the proclamation appoints the next
 *   Monday/Tuesday instead (the substitute days GOV.UK lists with "Substitute day").
 * - One-off changes, also by proclamation under s.1(3) (an extra day) or s.1(2) (a day moved),
 *   are listed in `ONE_OFF_CHANGES` below, each with its source.
 *
 * Before 1978 the rules differed (no early May holiday, no New Year's Day before 1974), so
 * years before 1978 are refused rather than answered wrongly.
 */
import {
  addDays,
  datePartsOf,
  dayOfWeek,
  type IsoDate,
  isoDateOf,
  lastWeekdayOfMonth,
  nthWeekdayOfMonth,
  Weekday,
} from './iso-date.ts';

/** One bank holiday, titled as GOV.UK titles it (a substitute day keeps the holiday's own title). */
export interface BankHoliday {
  readonly date: IsoDate;
  readonly title: string;
}

/** The first year these rules describe: the early May bank holiday began in 1978. */
const FIRST_YEAR = 1978;

type Kind = 'newYear' | 'earlyMay' | 'spring' | 'summer';

/** A change proclaimed for one year: a regular holiday moved, or an extra one added. */
type OneOffChange =
  | { readonly year: number; readonly moves: Kind; readonly to: IsoDate; readonly title?: string }
  | { readonly year: number; readonly adds: BankHoliday };

/**
 * One-off changes to the England and Wales bank holidays, each made by royal proclamation
 * under the Banking and Financial Dealings Act 1971, s.1(2) (a day moved) or s.1(3) (an extra
 * day). Titles from 2012 on are GOV.UK's (https://www.gov.uk/bank-holidays.json, checked by
 * the tests); earlier ones are ours, as GOV.UK no longer lists those years.
 */
const ONE_OFF_CHANGES: readonly OneOffChange[] = [
  // Wedding of the Prince of Wales and Lady Diana Spencer: extra day, Wednesday 29 July 1981.
  { year: 1981, adds: { date: '1981-07-29', title: 'Royal wedding bank holiday' } },
  // 50th anniversary of VE Day: the May Day holiday moved from Monday 1 May to Monday 8 May 1995.
  { year: 1995, moves: 'earlyMay', to: '1995-05-08', title: 'Early May bank holiday (VE day)' },
  // The millennium: extra day, Friday 31 December 1999.
  { year: 1999, adds: { date: '1999-12-31', title: 'Millennium bank holiday' } },
  // Golden Jubilee of Queen Elizabeth II: spring bank holiday moved from Monday 27 May to
  // Tuesday 4 June 2002, and an extra day on Monday 3 June 2002.
  { year: 2002, moves: 'spring', to: '2002-06-04' },
  { year: 2002, adds: { date: '2002-06-03', title: 'Queen’s Golden Jubilee' } },
  // Wedding of Prince William and Catherine Middleton: extra day, Friday 29 April 2011.
  { year: 2011, adds: { date: '2011-04-29', title: 'Royal wedding bank holiday' } },
  // Diamond Jubilee of Queen Elizabeth II: spring bank holiday moved from Monday 28 May to
  // Monday 4 June 2012, and an extra day on Tuesday 5 June 2012 (GOV.UK's 2012 list).
  { year: 2012, moves: 'spring', to: '2012-06-04' },
  { year: 2012, adds: { date: '2012-06-05', title: 'Queen’s Diamond Jubilee' } },
  // 75th anniversary of VE Day: the early May bank holiday moved from Monday 4 May to Friday
  // 8 May 2020 (announced by the government in June 2019; GOV.UK's 2020 list).
  { year: 2020, moves: 'earlyMay', to: '2020-05-08', title: 'Early May bank holiday (VE day)' },
  // Platinum Jubilee of Queen Elizabeth II: spring bank holiday moved from Monday 30 May to
  // Thursday 2 June 2022, and an extra day on Friday 3 June 2022 (announced by DCMS in
  // November 2020; GOV.UK's 2022 list).
  { year: 2022, moves: 'spring', to: '2022-06-02' },
  { year: 2022, adds: { date: '2022-06-03', title: 'Platinum Jubilee bank holiday' } },
  // State Funeral of Queen Elizabeth II: extra day, Monday 19 September 2022 (approved by
  // the King in September 2022; GOV.UK's 2022 list).
  {
    year: 2022,
    adds: { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
  },
  // Coronation of King Charles III: extra day, Monday 8 May 2023 (announced by the government
  // in November 2022; GOV.UK's 2023 list).
  { year: 2023, adds: { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III' } },
];

/**
 * Easter Sunday of a year in the Gregorian calendar, by the "Anonymous Gregorian algorithm"
 * (Meeus/Jones/Butcher; J. Meeus, Astronomical Algorithms, 2nd ed., ch. 8), valid for every
 * Gregorian year.
 */
const easterSunday = (year: number): IsoDate => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDateOf(year, month, day);
};

/** The Monday after a weekend day, or the day itself on a weekday. */
const mondayIfWeekend = (date: IsoDate): IsoDate => {
  const weekday = dayOfWeek(date);
  return weekday === Weekday.Saturday
    ? addDays(date, 2)
    : weekday === Weekday.Sunday
      ? addDays(date, 1)
      : date;
};

/** Christmas Day and Boxing Day with their substitute days (1971 Act Sch. 1 para 1; proclamations for Saturdays). */
const christmas = (year: number): BankHoliday[] => {
  const christmasDay = isoDateOf(year, 12, 25);
  switch (dayOfWeek(christmasDay)) {
    case Weekday.Friday: // Boxing Day on Saturday: substitute Monday 28th
      return [
        { date: christmasDay, title: 'Christmas Day' },
        { date: isoDateOf(year, 12, 28), title: 'Boxing Day' },
      ];
    case Weekday.Saturday: // both at the weekend: Monday 27th and Tuesday 28th
      return [
        { date: isoDateOf(year, 12, 27), title: 'Christmas Day' },
        { date: isoDateOf(year, 12, 28), title: 'Boxing Day' },
      ];
    case Weekday.Sunday: // Boxing Day on Monday 26th, Christmas substitute Tuesday 27th
      return [
        { date: isoDateOf(year, 12, 26), title: 'Boxing Day' },
        { date: isoDateOf(year, 12, 27), title: 'Christmas Day' },
      ];
    default:
      return [
        { date: christmasDay, title: 'Christmas Day' },
        { date: isoDateOf(year, 12, 26), title: 'Boxing Day' },
      ];
  }
};

const computeYear = (year: number): readonly BankHoliday[] => {
  const changes = ONE_OFF_CHANGES.filter((c) => c.year === year);
  const regular = (kind: Kind, date: IsoDate, title: string): BankHoliday => {
    const moved = changes.find((c) => 'moves' in c && c.moves === kind);
    return moved && 'moves' in moved ? { date: moved.to, title: moved.title ?? title } : { date, title };
  };
  const easter = easterSunday(year);
  const holidays: BankHoliday[] = [
    regular('newYear', mondayIfWeekend(isoDateOf(year, 1, 1)), 'New Year’s Day'),
    { date: addDays(easter, -2), title: 'Good Friday' },
    { date: addDays(easter, 1), title: 'Easter Monday' },
    regular('earlyMay', nthWeekdayOfMonth(year, 5, Weekday.Monday, 1), 'Early May bank holiday'),
    regular('spring', lastWeekdayOfMonth(year, 5, Weekday.Monday), 'Spring bank holiday'),
    regular('summer', lastWeekdayOfMonth(year, 8, Weekday.Monday), 'Summer bank holiday'),
    ...christmas(year),
    ...changes.flatMap((c) => ('adds' in c ? [c.adds] : [])),
  ];
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Object.freeze(holidays.map((h) => Object.freeze({ ...h })));
};

const byYear = new Map<number, { list: readonly BankHoliday[]; dates: ReadonlySet<string> }>();

const yearOf = (year: number) => {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > 9999)
    throw new RangeError(
      `bank holidays are known from ${FIRST_YEAR} (when the early May bank holiday began) to 9999, got year ${year}`,
    );
  let known = byYear.get(year);
  if (!known) {
    const list = computeYear(year);
    known = { list, dates: new Set(list.map((h) => h.date)) };
    byYear.set(year, known);
  }
  return known;
};

/**
 * The bank holidays in England and Wales in a calendar year, in date order, with substitute
 * days and one-off changes applied. Agrees with GOV.UK's published list for every year that
 * list covers; later years follow the standing rules until a new proclamation changes them
 * (add it to `ONE_OFF_CHANGES`). Throws a `RangeError` for years before 1978.
 */
export const bankHolidaysIn = (year: number): readonly BankHoliday[] => yearOf(year).list;

/** Whether a date is a bank holiday in England and Wales (see {@link bankHolidaysIn}). */
export const isBankHoliday = (date: IsoDate): boolean => yearOf(datePartsOf(date).year).dates.has(date);
