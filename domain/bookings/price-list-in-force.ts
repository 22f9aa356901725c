/**
 * Which price list a booking is priced from: the list of its product family whose booking
 * window is open on the London date the booking was received, and the academic year whose
 * days and places it buys. Issue 6 item 3: "A booking takes the list open on the date it was
 * received; the confirmation and the stored booking name the academic year the days belong to."
 */
import {
  type AcademicYear,
  academicYearOf,
  formatAcademicYear,
  parseAcademicYear,
} from '#domain/shared/academic-year';
import { compareDates, type IsoDate } from '#domain/shared/iso-date';
import { ukLongDate } from '#domain/shared/london-time';
import type { PriceList, PriceListOf, ProductFamily } from './price-list.ts';

/** The product families whose prices may be carried forward (events are dated, so never). */
export type CarriedFamily = Exclude<ProductFamily, 'events'>;

/**
 * The carry-forward setting: for these families, when the council has published no list for
 * the current academic year, the latest published list's prices are used for it (and every
 * confirmation says so). Off (no families) in a deployment until the council decides; the local
 * runtime turns it on for both families so that today's date can be tried.
 */
export interface CarryForwardSetting {
  readonly families: readonly CarriedFamily[];
}

/** No carrying forward: a date no list covers is refused. */
export const NO_CARRY_FORWARD: CarryForwardSetting = { families: [] };

/** A price list as it applies to one booking. */
export interface PriceListInForce<L extends PriceList = PriceList> {
  /**
   * The list the booking is priced from. When carried forward, its dated offers (the early
   * bird) are dropped: a promotion that ended years ago is not an offer the council has made.
   */
  readonly list: L;
  /** The academic year the booking's days and places belong to. */
  readonly academicYear: AcademicYear;
  /** Set when the list is the latest published one carried forward to `academicYear`. */
  readonly carriedForwardFrom?: AcademicYear;
}

/** How each family is named in messages. */
export const FAMILY_NAMES: Readonly<Record<ProductFamily, string>> = {
  'school-improvement': 'school improvement (School Effectiveness)',
  'statutory-assessment': 'Primary Statutory Assessment',
  events: 'free events',
};

/** No price list covers the date: the API answers 422 and stores nothing. */
export class NoPriceListError extends Error {
  override readonly name = 'NoPriceListError';
  readonly family: ProductFamily;
  readonly receivedOn: IsoDate;
  constructor(family: ProductFamily, receivedOn: IsoDate, why: string) {
    super(`no ${FAMILY_NAMES[family]} price list is open on ${ukLongDate(receivedOn)}: ${why}`);
    this.family = family;
    this.receivedOn = receivedOn;
  }
}

const isOpenOn = (list: PriceList, date: IsoDate) =>
  compareDates(list.bookingWindow.opens, date) <= 0 && compareDates(date, list.bookingWindow.closes) <= 0;

const sameYear = (a: AcademicYear, b: AcademicYear) => a.startYear === b.startYear;

/**
 * The price list in force for a booking of `family` received on `receivedOn` (a London date).
 *
 * 1. Lists whose booking window (both ends inclusive) contains the date are open. When
 *    `academicYear` is asked for, the open list selling that year; otherwise the open list
 *    selling the current academic year, or, when only next year's form is open, the earliest.
 * 2. When none is open and the family is in `carryForward`, the latest list published for an
 *    earlier academic year is carried forward to the current one, unless the council has
 *    published a list for the current year (then its window governs: closed is closed).
 * 3. Otherwise {@link NoPriceListError}, saying when the nearest list opens or closed.
 */
export function priceListInForce<F extends ProductFamily>(
  lists: readonly PriceList[],
  family: F,
  receivedOn: IsoDate,
  options: { readonly carryForward?: CarryForwardSetting; readonly academicYear?: AcademicYear } = {},
): PriceListInForce<PriceListOf<F>> {
  const ofFamily = lists
    .filter((list): list is PriceListOf<F> => list.family === family)
    .sort((a, b) => a.academicYear.startYear - b.academicYear.startYear);
  const current = academicYearOf(receivedOn);
  const wanted = options.academicYear;
  const open = ofFamily.filter((list) => isOpenOn(list, receivedOn));

  const chosen = wanted
    ? open.find((list) => sameYear(list.academicYear, wanted))
    : (open.find((list) => sameYear(list.academicYear, current)) ?? open[0]);
  if (chosen) return { list: chosen, academicYear: chosen.academicYear };

  const year = wanted ?? current;
  const carries = (options.carryForward?.families ?? []).some((f) => f === family);
  const publishedForYear = ofFamily.find((list) => sameYear(list.academicYear, year));
  const earlier = ofFamily.filter((list) => list.academicYear.startYear < year.startYear);
  const latest = earlier.at(-1);
  if (carries && family !== 'events' && !publishedForYear && latest && sameYear(year, current)) {
    const { earlyBird: _dropped, ...undated } = latest as PriceList & { earlyBird?: unknown };
    return { list: undated as PriceListOf<F>, academicYear: year, carriedForwardFrom: latest.academicYear };
  }

  throw new NoPriceListError(family, receivedOn, whyNone(ofFamily, receivedOn, year, wanted !== undefined));
}

const whyNone = (lists: readonly PriceList[], date: IsoDate, year: AcademicYear, asked: boolean): string => {
  const forYear = lists.find((list) => sameYear(list.academicYear, year));
  if (forYear) {
    const { opens, closes } = forYear.bookingWindow;
    return compareDates(date, opens) < 0
      ? `bookings for ${formatAcademicYear(year)} open on ${ukLongDate(opens)}`
      : `bookings for ${formatAcademicYear(year)} closed on ${ukLongDate(closes)}`;
  }
  const latest = lists.at(-1);
  if (!latest) return 'none has been published';
  return `none has been published for ${formatAcademicYear(year)}${asked ? '' : ' (the current academic year)'}; the latest is ${latest.title}`;
};

/**
 * Says whose prices a booking was priced at, for its confirmation: "Prices from the School
 * Effectiveness offer 2023-24." or, carried forward, "Prices from the School Effectiveness offer
 * 2023-24, carried forward to 2026/27 until the council publishes 2026/27 prices."
 */
export const whosePrices = (inForce: {
  readonly title: string;
  readonly academicYear: string;
  readonly carriedForwardFrom?: string;
}): string => {
  const year = formatAcademicYear(parseAcademicYear(inForce.academicYear));
  return inForce.carriedForwardFrom
    ? `Prices from the ${inForce.title}, carried forward to ${year} until the council publishes ${year} prices.`
    : `Prices from the ${inForce.title}.`;
};
