/**
 * Pricing: from (request, school, price list, date) to line items and totals in integer pence.
 * Pure: every price, rate and date comes from the price list in force; the school's price band
 * and what it already holds this year come from its record; the date is the London date the
 * booking was received. Each rule below is named and cites where it comes from.
 */
import { type AcademicYear, formatAcademicYear } from '#domain/shared/academic-year';
import { addDays, compareDates, type IsoDate } from '#domain/shared/iso-date';
import { ukLongDate } from '#domain/shared/london-time';
import { formatPence, percentOf } from '#domain/shared/money';
import type {
  BookingOrder,
  EventOrder,
  ModerationTrainingOrder,
  SchoolImprovementOrder,
  SessionOrder,
} from './booking-order.ts';
import { CannotBookError } from './cannot-book-error.ts';
import { customerClassOf, PRICE_BAND_NAMES, type PriceBand } from './customer-class.ts';
import type {
  EventsList,
  FreeEvent,
  SchoolImprovementPriceList,
  StatutoryAssessmentPriceList,
  VatRules,
  VatTreatment,
} from './price-list.ts';
import type { PriceListInForce } from './price-list-in-force.ts';

/** One line of a price breakdown, as it appears on the confirmation. */
export interface PriceLine {
  readonly description: string;
  readonly amountPence: number;
}

/**
 * A booking's price in integer pence: `netPence` after any discount and before VAT,
 * `totalPence` = net + VAT (the gross the school pays); the lines add up to the total.
 */
export interface BookingPrice {
  readonly netPence: number;
  readonly discountPence: number;
  readonly vatPence: number;
  readonly totalPence: number;
  readonly lines: readonly PriceLine[];
  /** How VAT was decided (absent on bookings priced before VAT treatments were configured). */
  readonly vatTreatment?: VatTreatment;
  readonly vatRatePercent?: number;
}

/** What pricing needs to know about the school, from its record and its bookings this year. */
export interface SchoolAccount {
  /** From the schools directory; unknown only for bookings made before the directory. */
  readonly priceBand?: PriceBand;
  /** Whether it holds the statutory assessment subscription for the booking's academic year. */
  readonly holdsSubscription: boolean;
  /** School-improvement days it has already bought (confirmed, not cancelled) in that academic year. */
  readonly daysAlreadyBought: number;
}

/** The request as pricing reads it: the order and the form's VAT answer. */
export type PricingRequest = BookingOrder & { readonly addVat: boolean };

/** Prices a request against the price list in force on the London date it was received. */
export function priceBooking(
  request: PricingRequest,
  school: SchoolAccount,
  inForce: PriceListInForce,
  receivedOn: IsoDate,
): BookingPrice {
  const { list, academicYear } = inForce;
  switch (request.kind) {
    case 'school-improvement':
      return priceSchoolImprovement(
        request,
        school,
        expect(list, 'school-improvement'),
        academicYear,
        receivedOn,
      );
    case 'statutory-assessment-subscription':
      return priceSubscription(school, expect(list, 'statutory-assessment'), academicYear, request.addVat);
    case 'statutory-assessment-session':
      return priceSession(request, school, expect(list, 'statutory-assessment'), academicYear);
    case 'moderation-training':
      return priceModeration(request, school, expect(list, 'statutory-assessment'));
    case 'event':
      return priceEvent(request, expect(list, 'events'), receivedOn);
  }
}

function expect<F extends 'school-improvement' | 'statutory-assessment' | 'events'>(
  list: PriceListInForce['list'],
  family: F,
): Extract<PriceListInForce['list'], { family: F }> {
  if (list.family !== family) throw new TypeError(`a ${family} booking cannot be priced from ${list.title}`);
  return list as Extract<PriceListInForce['list'], { family: F }>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sum = (lines: readonly PriceLine[]) => lines.reduce((total, line) => total + line.amountPence, 0);

/**
 * School-improvement days (School Effectiveness offer 2023-24):
 * - Bronze: "£650 per individual day (pay as you go)", half days pro rata.
 * - Silver: "£1,240 for 2 days"; Gold: "£2,340 for 4 days".
 * - More than 4 days: "Any school buying more than 4 days gets every day at £585." The offer
 *   says "any school buying", not "any booking", so the school's days already bought in the
 *   same academic year count towards the 4 (`countsEarlierBookings`); this booking's days are
 *   then all at £585, whatever package it names. Earlier bookings keep their prices.
 * - Early bird: "5% off the package if purchased before Friday 20 October 2023".
 *
 * DECISION (the early bird and "more than 4 days"): buying more than 4 days is buying the
 * package. £585 is the Gold package's own day rate (£2,340 / 4), so days at that rate are the
 * Gold package extended, and the 5% comes off them exactly as it comes off a Gold or Silver
 * package; the discount is taken after the £585 rate (the two stack). What the early bird never
 * touches is Bronze: individual days at £650 "pay as you go" are not a package. "Before Friday
 * 20 October" means received (London date) on or before Thursday 19 October: on the 20th itself
 * there is no discount. A list carried forward to a later year has no early bird.
 */
function priceSchoolImprovement(
  order: SchoolImprovementOrder & { readonly addVat: boolean },
  school: SchoolAccount,
  list: SchoolImprovementPriceList,
  year: AcademicYear,
  receivedOn: IsoDate,
): BookingPrice {
  if (!list.programmes.some((p) => p.code === order.programme)) {
    throw new CannotBookError(
      'not-in-price-list',
      'programme',
      `programme ${order.programme} is not on the ${list.title}'s menu`,
    );
  }
  const { silver, gold } = list.packages;
  if (order.package === 'silver' && order.days !== silver.days) {
    throw new CannotBookError(
      'not-offered',
      'days',
      `a ${silver.name} package is exactly ${plural(silver.days, 'day')}`,
    );
  }
  if (order.package === 'gold' && order.days < gold.days) {
    throw new CannotBookError(
      'not-offered',
      'days',
      `a ${gold.name} package is at least ${plural(gold.days, 'day')}`,
    );
  }

  const bulk = list.moreDaysRate;
  const earlier = bulk.countsEarlierBookings ? school.daysAlreadyBought : 0;
  const lines: PriceLine[] = [];
  let packageRate = true;
  if (earlier + order.days > bulk.moreThanDays) {
    const already = earlier > 0 ? `, with ${plural(earlier, 'day')} already booked` : '';
    lines.push({
      description: `${plural(order.days, 'day')} at ${formatPence(bulk.dayRatePence)} per day (more than ${bulk.moreThanDays} days in ${formatAcademicYear(year)}${already})`,
      amountPence: Math.round(order.days * bulk.dayRatePence),
    });
  } else if (order.package === 'pay-as-you-go') {
    packageRate = false;
    lines.push({
      description: `${list.payAsYouGo.name}: ${plural(order.days, 'day')} at ${formatPence(list.payAsYouGo.dayRatePence)} per day (pay as you go)`,
      amountPence: Math.round(order.days * list.payAsYouGo.dayRatePence),
    });
  } else {
    const pkg = list.packages[order.package];
    lines.push({
      description: `${pkg.name} package (${plural(pkg.days, 'day')})`,
      amountPence: pkg.pricePence,
    });
  }

  const early = list.earlyBird;
  const discountPence =
    packageRate && early && compareDates(receivedOn, early.before) < 0
      ? percentOf(sum(lines), early.percent)
      : 0;
  if (discountPence > 0 && early) {
    lines.push({
      description: `Early bird discount: ${early.percent}% off the package (booked before ${ukLongDate(early.before)})`,
      amountPence: -discountPence,
    });
  }
  return withVat(lines, discountPence, list.vat, school.priceBand, order.addVat);
}

/**
 * The Primary Statutory Assessment subscription: "£315 (Essex LA-maintained schools): up to 2
 * staff at 10 one-hour virtual sessions". Other bands pay what the list configures; a band the
 * list does not price is not offered it. A school holds one subscription a year.
 */
function priceSubscription(
  school: SchoolAccount,
  list: StatutoryAssessmentPriceList,
  year: AcademicYear,
  addVat: boolean,
): BookingPrice {
  const band = bandOf(school, list.title);
  const { subscription } = list;
  const price = subscription.pricePence[band];
  if (price === undefined) {
    throw new CannotBookError(
      'not-offered',
      'kind',
      `the ${subscription.title} is not offered to an ${PRICE_BAND_NAMES[band].toLowerCase()} in the ${list.title}: please contact ${list.contact.email}`,
    );
  }
  if (school.holdsSubscription) {
    throw new CannotBookError(
      'already-subscribed',
      'kind',
      `the school already holds the ${subscription.title} for ${formatAcademicYear(year)}`,
    );
  }
  const lines: PriceLine[] = [
    {
      description: `${subscription.title} ${formatAcademicYear(year)} (up to ${subscription.staff} staff at ${plural(list.sessions.length, 'session')})`,
      amountPence: price,
    },
  ];
  return withVat(lines, 0, list.vat, band, addVat);
}

/**
 * A statutory assessment session. Non-subscribers pay "per session for 2 staff": a place is for
 * up to 2 staff, so 3 or 4 staff take 2 places. "A subscription already held by the school for
 * that year makes sessions free": it covers up to 2 staff at each session (the subscription's
 * own terms); further places are charged at the school's per-session rate.
 */
function priceSession(
  order: SessionOrder & { readonly addVat: boolean },
  school: SchoolAccount,
  list: StatutoryAssessmentPriceList,
  year: AcademicYear,
): BookingPrice {
  const band = bandOf(school, list.title);
  const session = list.sessions.find((s) => s.code === order.session);
  if (!session) {
    throw new CannotBookError(
      'not-in-price-list',
      'session',
      `session ${order.session} is not in the ${list.title}`,
    );
  }
  const perPlace = list.perSession.staffPerPlace;
  const rate = list.perSession.pricePence[band];
  const places = Math.ceil(order.delegates.length / perPlace);
  const lines: PriceLine[] = [];
  let charged = places;
  if (school.holdsSubscription) {
    const covered = Math.min(order.delegates.length, list.subscription.staff);
    lines.push({
      description: `${session.title}: ${plural(covered, 'member')} of staff, covered by your ${formatAcademicYear(year)} subscription`,
      amountPence: 0,
    });
    charged = Math.ceil(Math.max(0, order.delegates.length - list.subscription.staff) / perPlace);
    if (charged > 0) {
      lines.push({
        description: `${session.title}: ${plural(charged, 'further place')} for up to ${perPlace} staff at ${formatPence(rate)} per place`,
        amountPence: charged * rate,
      });
    }
  } else {
    lines.push({
      description: `${session.title}: ${plural(places, 'place')} for up to ${perPlace} staff at ${formatPence(rate)} per place`,
      amountPence: places * rate,
    });
  }
  return withVat(lines, 0, list.vat, band, order.addVat);
}

/**
 * Moderation training, per person: "subscribers in Essex £40 first member of staff + £10 each
 * additional; non-subscribers in Essex £60 + £15; subscribers outside Essex £50 + £20;
 * non-subscribers outside Essex £70 + £25" (2021/22), by the school's band and whether it holds
 * the year's subscription.
 */
function priceModeration(
  order: ModerationTrainingOrder & { readonly addVat: boolean },
  school: SchoolAccount,
  list: StatutoryAssessmentPriceList,
): BookingPrice {
  const band = bandOf(school, list.title);
  const course = list.moderation.courses.find((c) => c.code === order.course);
  if (!course) {
    throw new CannotBookError(
      'not-in-price-list',
      'course',
      `course ${order.course} is not in the ${list.title}`,
    );
  }
  const status = school.holdsSubscription ? 'subscriber' : 'non-subscriber';
  const rate = list.moderation.pricePence[band][status];
  const who = status === 'subscriber' ? 'subscriber rate' : 'non-subscriber rate';
  const lines: PriceLine[] = [
    { description: `${course.title}: first member of staff (${who})`, amountPence: rate.firstPence },
  ];
  const additional = order.delegates.length - 1;
  if (additional > 0) {
    lines.push({
      description: `${course.title}: ${plural(additional, 'additional member')} of staff at ${formatPence(rate.additionalPence)} each`,
      amountPence: additional * rate.additionalPence,
    });
  }
  return withVat(lines, 0, list.vat, band, order.addVat);
}

/** The last day an event can be booked: its own setting, or the day before it. */
export const bookingClosesOn = (event: FreeEvent): IsoDate =>
  event.bookingClosesOn ?? addDays(event.date, -1);

/** A free event: one place, no charge; bookings close at the end of {@link bookingClosesOn}. */
function priceEvent(order: EventOrder, list: EventsList, receivedOn: IsoDate): BookingPrice {
  const event = list.events.find((e) => e.code === order.event);
  if (!event)
    throw new CannotBookError(
      'not-in-price-list',
      'event',
      `event ${order.event} is not in the ${list.title}`,
    );
  if (compareDates(receivedOn, bookingClosesOn(event)) > 0) {
    throw new CannotBookError(
      'bookings-closed',
      'event',
      `bookings for the ${event.title} on ${ukLongDate(event.date)} closed on ${ukLongDate(bookingClosesOn(event))}`,
    );
  }
  return {
    netPence: 0,
    discountPence: 0,
    vatPence: 0,
    totalPence: 0,
    lines: [
      {
        description: `${event.title}, ${ukLongDate(event.date)}, ${event.starts} to ${event.ends}: 1 place (free)`,
        amountPence: 0,
      },
    ],
  };
}

const bandOf = (school: SchoolAccount, listTitle: string): PriceBand => {
  if (!school.priceBand) {
    throw new CannotBookError(
      'unknown-school',
      'school.urn',
      `the ${listTitle} is priced by price band, and the school's is not known`,
    );
  }
  return school.priceBand;
};

/**
 * VAT, by product and customer class (configured per list, VatRules): an Essex maintained
 * school is charged by internal recharge, no VAT (HMRC VAT Notice 749); others pay VAT at the
 * standard rate on standard-rated consultancy (VATA 1994 s.2) and none on exempt training (VATA
 * 1994 Sch. 9 Group 6). Only when the school's band is not known does the form's own question
 * ("whether VAT should be added") decide. VAT is charged on the net price after discount,
 * rounded half up to the penny.
 */
function withVat(
  lines: PriceLine[],
  discountPence: number,
  vat: VatRules,
  band: PriceBand | undefined,
  addVat: boolean,
): BookingPrice {
  const treatment: VatTreatment = band ? vat.treatment[customerClassOf(band)] : 'as-requested';
  const netPence = sum(lines);
  const charged = treatment === 'standard-rated' || (treatment === 'as-requested' && addVat);
  const vatPence = charged ? percentOf(netPence, vat.ratePercent) : 0;
  if (charged) lines.push({ description: `VAT at ${vat.ratePercent}%`, amountPence: vatPence });
  return {
    netPence,
    discountPence,
    vatPence,
    totalPence: netPence + vatPence,
    lines,
    vatTreatment: treatment,
    vatRatePercent: vat.ratePercent,
  };
}
