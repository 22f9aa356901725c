/**
 * A booking in the council's words, for its emails: what was booked, and the facts that go
 * with it (days and package, named staff, the event's date, time and place). Titles come from
 * the price list the booking was priced from.
 */
import { formatAcademicYear, parseAcademicYear } from '#domain/shared/academic-year';
import type { Inlines } from '#domain/shared/email-document';
import { ukLongDate } from '#domain/shared/london-time';
import type { Booking } from './booking.ts';
import { FAMILY_OF_KIND } from './booking-order.ts';
import { PRICE_BAND_NAMES } from './customer-class.ts';
import type { BookingPrice } from './price-booking.ts';
import type { EventsList, FreeEvent, PriceList, StatutoryAssessmentPriceList } from './price-list.ts';

/** A price list a booking refers to is not configured (a deployment without last year's lists). */
export class UnknownPriceListError extends Error {
  override readonly name = 'UnknownPriceListError';
}

/**
 * The price list a booking was priced from: by the id it records, or, for a booking recorded
 * before bookings named their list, its family's list for its academic year (or the latest).
 */
export function priceListOfBooking(booking: Booking, lists: readonly PriceList[]): PriceList {
  const id = booking.priceList?.id;
  if (id) {
    const found = lists.find((list) => list.id === id);
    if (!found)
      throw new UnknownPriceListError(
        `booking ${booking.bookingId} was priced from ${id}, which is not configured`,
      );
    return found;
  }
  const family = FAMILY_OF_KIND[booking.kind];
  const year = parseAcademicYear(booking.academicYear).startYear;
  const ofFamily = lists.filter((list) => list.family === family);
  const found = ofFamily.find((list) => list.academicYear.startYear === year) ?? ofFamily.at(-1);
  if (!found)
    throw new UnknownPriceListError(`no ${family} price list is configured for booking ${booking.bookingId}`);
  return found;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The academic year as the council now writes it: `2026/27`. */
export const yearOfBooking = (booking: Pick<Booking, 'academicYear'>): string =>
  formatAcademicYear(parseAcademicYear(booking.academicYear));

const PACKAGE_NAMES = {
  'pay-as-you-go': 'Bronze (pay as you go)',
  silver: 'Silver package',
  gold: 'Gold package',
};

/** The event a booking is for, when it is an event booking whose list holds it. */
export const eventOfBooking = (booking: Booking, list: PriceList): FreeEvent | undefined =>
  booking.kind === 'event' ? (list as EventsList).events?.find((e) => e.code === booking.event) : undefined;

/** What was booked, in a few words: "Governance Review", "Year 6 moderation training: ...". */
export function whatWasBooked(booking: Booking, list: PriceList): string {
  switch (booking.kind) {
    case 'school-improvement':
      return (
        (list.family === 'school-improvement' &&
          list.programmes.find((p) => p.code === booking.programme)?.title) ||
        booking.programme
      );
    case 'statutory-assessment-subscription':
      return `${(list as StatutoryAssessmentPriceList).subscription?.title ?? 'Statutory assessment subscription'} ${yearOfBooking(booking)}`;
    case 'statutory-assessment-session':
      return (
        (list as StatutoryAssessmentPriceList).sessions?.find((s) => s.code === booking.session)?.title ??
        booking.session
      );
    case 'moderation-training':
      return (
        (list as StatutoryAssessmentPriceList).moderation?.courses.find((c) => c.code === booking.course)
          ?.title ?? booking.course
      );
    case 'event':
      return eventOfBooking(booking, list)?.title ?? booking.event;
  }
}

/** When and where an event is, in words. */
export const eventWhenAndWhere = (event: FreeEvent): { when: string; where: Inlines } => ({
  when: `${ukLongDate(event.date)}, ${event.starts} to ${event.ends}`,
  where:
    event.place.kind === 'online'
      ? event.place.link
        ? [`Online (${event.place.platform}): `, { text: 'join the meeting', href: event.place.link }]
        : `Online (${event.place.platform}); the joining link is sent before the event`
      : `${event.place.name}, ${event.place.address}`,
});

/** The facts that say what was booked, for the facts table of an email. */
export function bookingFacts(booking: Booking, list: PriceList): [string, Inlines][] {
  const rows: [string, Inlines][] = [
    ['Booking reference', booking.bookingId],
    ['School', `${booking.school.name} (URN ${booking.school.urn})`],
  ];
  if (booking.school.priceBand) rows.push(['Price band', PRICE_BAND_NAMES[booking.school.priceBand]]);
  switch (booking.kind) {
    case 'school-improvement': {
      rows.push(['Programme', whatWasBooked(booking, list)]);
      rows.push(['Days', `${plural(booking.days, 'day')}, ${PACKAGE_NAMES[booking.package]}`]);
      break;
    }
    case 'statutory-assessment-subscription':
      rows.push(['Product', whatWasBooked(booking, list)]);
      break;
    case 'statutory-assessment-session':
      rows.push(['Session', whatWasBooked(booking, list)]);
      rows.push(['Staff', `${plural(booking.delegates.length, 'member')} of staff`]);
      break;
    case 'moderation-training':
      rows.push(['Course', whatWasBooked(booking, list)]);
      rows.push(['Staff', `${plural(booking.delegates.length, 'member')} of staff`]);
      break;
    case 'event': {
      rows.push(['Event', whatWasBooked(booking, list)]);
      const event = eventOfBooking(booking, list);
      if (event) {
        const { when, where } = eventWhenAndWhere(event);
        rows.push(['When', when], ['Where', where]);
      }
      break;
    }
  }
  rows.push(['Academic year', yearOfBooking(booking)]);
  return rows;
}

/** The VAT position in words, for the confirmation and the team. */
export function vatNote(price: BookingPrice): string {
  const rate = price.vatRatePercent ?? 20;
  switch (price.vatTreatment) {
    case 'internal-recharge':
      return 'None: charged to your school budget by internal recharge (Essex maintained schools)';
    case 'exempt':
      return 'None: training is exempt from VAT';
    case 'standard-rated':
      return `Added at ${rate}% (consultancy is standard-rated)`;
    default:
      return price.vatPence > 0 ? `Added at ${rate}%, as requested` : 'None, as requested';
  }
}

/** The named staff of a training or event booking. */
export const delegatesOf = (booking: Booking): readonly { name: string; email?: string }[] =>
  'delegates' in booking ? booking.delegates : [];

/**
 * Who a booker-facing email (confirmation, waitlisted, place offered, cancellation) goes to and
 * how it opens. Issue 11: the form is public, so the council writes to the booker only when the
 * directory vouched for the address when the booking was received; otherwise to the school's
 * registered contacts (or the team), telling them who booked in the school's name.
 */
export function bookerFacing(booking: Booking): {
  readonly to: readonly string[];
  readonly greeting: string;
  /** Who made the booking, for the school's contacts when the booker is not known to the school. */
  readonly bookedBy?: string;
} {
  const confirmation = booking.confirmation;
  if (!confirmation || confirmation.basis === 'booker') {
    return { to: confirmation?.to ?? [booking.booker.email], greeting: `Dear ${booking.booker.name},` };
  }
  return {
    to: confirmation.to,
    greeting: `Dear colleagues at ${booking.school.name},`,
    bookedBy: `It was made by ${booking.booker.name} (${booking.booker.email}), an address the schools directory does not hold for your school. If the school did not make this booking, please tell us straight away.`,
  };
}
