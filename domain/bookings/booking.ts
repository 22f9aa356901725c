import type { IsoDate } from '#domain/shared/iso-date';
import type { BookingOrder } from './booking-order.ts';
import type { BookingStatus, Rejection } from './booking-status.ts';
import type { CancellationCharge } from './cancellation.ts';
import type { ConfirmationRecipients } from './confirmation-recipients.ts';
import type { PriceBand } from './customer-class.ts';
import type { BookingPrice } from './price-booking.ts';

/** The school a booking is for: its name and price band are the directory's, fixed on the booking. */
export interface BookingSchool {
  readonly urn: string;
  readonly name: string;
  /** Absent only on bookings made before the schools directory. */
  readonly priceBand?: PriceBand;
}

/** Who made the booking (work contact details only). */
export interface Booker {
  readonly name: string;
  readonly email: string;
  readonly phone?: string;
}

/** Which price list a booking was priced from, as its confirmation names it. */
export interface PriceListReference {
  readonly id: string;
  readonly title: string;
  /** The academic year of the list, canonical (`2023/24`), when it was carried forward to a later year. */
  readonly carriedForwardFrom?: string;
}

/** School-improvement days used: recorded by the team after each visit. */
export interface Delivery {
  readonly date: IsoDate;
  /** In half days. */
  readonly days: number;
  readonly note?: string;
  /** ISO instant it was recorded. */
  readonly recordedAt: string;
}

/** A place offered to a waitlisted booking after a cancellation. */
export interface PlaceOffer {
  /** ISO instant the place was offered. */
  readonly offeredAt: string;
  /** The last London date to accept it; after that it goes to the next on the waitlist. */
  readonly acceptBy: IsoDate;
  /** ISO instant the school accepted it. */
  readonly acceptedAt?: string;
}

/** Who or what cancelled a booking. */
export type CancelledBy = 'school' | 'team' | 'place-offer-lapsed';

/** How a booking was cancelled and what that costs. */
export interface BookingCancellation {
  /** ISO instant. */
  readonly cancelledAt: string;
  readonly by: CancelledBy;
  readonly reason: string;
  readonly charge: CancellationCharge;
}

/** What every booking records, whatever its kind. */
export interface BookingRecord {
  readonly bookingId: string;
  /** Generated once per form submission: a repeated submission is the same booking. */
  readonly submissionId: string;
  readonly termsAccepted: true;
  readonly school: BookingSchool;
  readonly booker: Booker;
  /**
   * Who the booker-facing emails go to, decided from the directory when the booking was
   * received (issue 11: the public form is no mail relay). Absent on bookings from before the
   * directory: the booker.
   */
  readonly confirmation?: ConfirmationRecipients;
  readonly purchaseOrderNumber?: string;
  /** The form's answer to "should VAT be added?"; the list's VAT treatment decides once the band is known. */
  readonly addVat: boolean;
  readonly status: BookingStatus;
  /** Why, when `rejected`. */
  readonly rejection?: Rejection;
  readonly price: BookingPrice;
  /** The academic year its days and places belong to, canonical `2026/27` (older records: `2023-24`). */
  readonly academicYear: string;
  readonly priceList?: PriceListReference;
  /** ISO instant the booking was received by the API. */
  readonly receivedAt: string;
  /** ISO instant it was priced and recorded as confirmed. */
  readonly confirmedAt?: string;
  /** ISO instant it joined an event's waitlist. */
  readonly waitlistedAt?: string;
  readonly placeOffer?: PlaceOffer;
  readonly deliveries?: readonly Delivery[];
  readonly cancellation?: BookingCancellation;
  /** How many times the stored booking has been changed (for updates that must not cross). */
  readonly revision?: number;
}

/** A booking of any kind: the record and what was ordered. */
export type Booking = BookingRecord & BookingOrder;

/** A booking of one kind. */
export type BookingOf<K extends Booking['kind']> = Extract<Booking, { kind: K }>;
