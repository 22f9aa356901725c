/**
 * Price lists: the council's traded offer as configuration, one list per product family per
 * academic year, each with the window in which its booking form is open. A new year is a new
 * list (a data change only); the pricing code reads every price, rate, date and VAT treatment
 * from here (DOMAIN.md §3: "treat them as seed configuration ... never as constants buried in
 * code").
 */
import type { AcademicYear } from '#domain/shared/academic-year';
import type { IsoDate } from '#domain/shared/iso-date';
import type { ClockTime } from '#domain/shared/london-time';
import type { CustomerClass, PriceBand } from './customer-class.ts';

/**
 * The families of the traded offer. Each family's lists are published on their own (the
 * latest School Effectiveness offer is 2023-24, the latest statutory assessment prices
 * 2021/22), so each is chosen, and carried forward, on its own.
 */
export type ProductFamily = 'school-improvement' | 'statutory-assessment' | 'events';

/** The days a list's booking form is open, both inclusive, as London dates. */
export interface BookingWindow {
  readonly opens: IsoDate;
  readonly closes: IsoDate;
}

/**
 * How VAT applies to one product for one customer class.
 * - `internal-recharge`: no VAT; a transfer between council budgets (maintained schools).
 * - `exempt`: no VAT; education or vocational training supplied by an eligible body (VATA
 *   1994 Sch. 9 Group 6 item 1; a local authority is an eligible body, Note 1(a)).
 * - `standard-rated`: VAT at `ratePercent` (VATA 1994 s.2), e.g. consultancy.
 * - `as-requested`: VAT when the booker asks for it on the form: the 2023-24 form's own rule,
 *   used only when the school's class is not known.
 */
export type VatTreatment = 'internal-recharge' | 'exempt' | 'standard-rated' | 'as-requested';

/** A product's VAT: the standard rate and the treatment for each customer class. */
export interface VatRules {
  readonly ratePercent: number;
  readonly treatment: Readonly<Record<CustomerClass, VatTreatment>>;
}

/** Who schools contact about a booking. */
export interface Contact {
  readonly team: string;
  readonly email: string;
  readonly phone: string;
}

/**
 * What a cancellation costs, by when it comes. Windows are tried in order; the first that
 * holds sets the charge, as a percentage of the price of what was not yet delivered (what was
 * delivered is always charged); `otherwiseChargePercent` applies when none holds.
 * - `booking`: counted in calendar days from the London date the booking was received to the
 *   date it is cancelled (`withinDays`): for products with no date of their own, such as days.
 * - `event`: counted in calendar days of notice before the event's date (`noticeDaysAtLeast`).
 */
export type CancellationPolicy =
  | {
      readonly measuredFrom: 'booking';
      readonly windows: readonly { readonly withinDays: number; readonly chargePercent: number }[];
      readonly otherwiseChargePercent: number;
    }
  | {
      readonly measuredFrom: 'event';
      readonly windows: readonly { readonly noticeDaysAtLeast: number; readonly chargePercent: number }[];
      readonly otherwiseChargePercent: number;
    };

/** What every price list says about itself. */
export interface PriceListHeader {
  /** A stable identifier, e.g. `school-effectiveness-2023-24`. */
  readonly id: string;
  readonly family: ProductFamily;
  /** As the council titles it, e.g. "School Effectiveness offer 2023-24". */
  readonly title: string;
  /** The academic year whose days and places it sells. */
  readonly academicYear: AcademicYear;
  readonly bookingWindow: BookingWindow;
  /** Where its prices come from. */
  readonly source: string;
  readonly contact: Contact;
  readonly cancellation: CancellationPolicy;
}

/** A programme on the school-improvement menu (the booking form's question 8). */
export interface Programme {
  /** A stable code, e.g. `governance-review`. */
  readonly code: string;
  /** As schools see it. */
  readonly title: string;
  /** How many days it takes, where the offer says. */
  readonly days?: number;
}

/** A fixed-price package of days. */
export interface DaysPackage {
  /** As the offer names it: "Silver", "Gold". */
  readonly name: string;
  readonly days: number;
  readonly pricePence: number;
}

/** The traded school-improvement offer of one year: programmes, Bronze / Silver / Gold. */
export interface SchoolImprovementPriceList extends PriceListHeader {
  readonly family: 'school-improvement';
  readonly programmes: readonly Programme[];
  /** Bronze: individual days, pay as you go. */
  readonly payAsYouGo: { readonly name: string; readonly dayRatePence: number };
  readonly packages: { readonly silver: DaysPackage; readonly gold: DaysPackage };
  /**
   * "Any school buying more than 4 days gets every day at £585." `countsEarlierBookings`: the
   * school's days already bought in the same academic year count towards the threshold.
   */
  readonly moreDaysRate: {
    readonly moreThanDays: number;
    readonly dayRatePence: number;
    readonly countsEarlierBookings: boolean;
  };
  /** "5% off the package if purchased before" a date (exclusive). Never carried forward. */
  readonly earlyBird?: { readonly percent: number; readonly before: IsoDate };
  /** Days must be used within the academic year or are lost. */
  readonly vat: VatRules;
}

/** One of the statutory assessment package's virtual sessions. */
export interface AssessmentSession {
  readonly code: string;
  readonly title: string;
}

/** A moderation training course (Year 2 / Year 6, new or experienced teachers). */
export interface ModerationCourse {
  readonly code: string;
  readonly title: string;
}

/** "First member of staff + each additional", in pence. */
export interface PerDelegatePrice {
  readonly firstPence: number;
  readonly additionalPence: number;
}

/** Whether a school holds the year's statutory assessment subscription. */
export type SubscriptionStatus = 'subscriber' | 'non-subscriber';

/** The Primary Statutory Assessment traded package of one year. */
export interface StatutoryAssessmentPriceList extends PriceListHeader {
  readonly family: 'statutory-assessment';
  readonly subscription: {
    readonly title: string;
    /** Staff covered at each session. */
    readonly staff: number;
    /**
     * By price band; a band without a price is not offered the subscription in this list
     * (the sources price only Essex maintained schools).
     */
    readonly pricePence: Readonly<Partial<Record<PriceBand, number>>>;
  };
  readonly sessions: readonly AssessmentSession[];
  /** Non-subscribers pay per session for a place of up to `staffPerPlace` staff. */
  readonly perSession: {
    readonly staffPerPlace: number;
    readonly pricePence: Readonly<Record<PriceBand, number>>;
  };
  readonly moderation: {
    readonly courses: readonly ModerationCourse[];
    readonly pricePence: Readonly<Record<PriceBand, Readonly<Record<SubscriptionStatus, PerDelegatePrice>>>>;
  };
  /** Training: exempt for external customers, internal recharge for maintained schools. */
  readonly vat: VatRules;
}

/** Where an event happens. */
export type EventPlace =
  | { readonly kind: 'online'; readonly platform: string; readonly link?: string }
  | { readonly kind: 'venue'; readonly name: string; readonly address: string };

/** A free event with a limited number of places. */
export interface FreeEvent {
  readonly code: string;
  readonly title: string;
  readonly date: IsoDate;
  /** London wall-clock times. */
  readonly starts: ClockTime;
  readonly ends: ClockTime;
  readonly place: EventPlace;
  /** Each booking takes one place, for one named attendee. */
  readonly places: number;
  /** Whether bookers are asked which themes they want covered. */
  readonly asksForThemes: boolean;
  /** The last day it can be booked (default: the day before the event). */
  readonly bookingClosesOn?: IsoDate;
}

/** The free events of one year. Events are dated, so never carried forward. */
export interface EventsList extends PriceListHeader {
  readonly family: 'events';
  readonly events: readonly FreeEvent[];
  /** A place offered to the next on the waitlist is held this many working days (then the next). */
  readonly placeOffer: { readonly acceptWithinWorkingDays: number };
}

/** Any price list. */
export type PriceList = SchoolImprovementPriceList | StatutoryAssessmentPriceList | EventsList;

/** The list of a family. */
export type PriceListOf<F extends ProductFamily> = Extract<PriceList, { family: F }>;
