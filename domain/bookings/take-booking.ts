import { academicYearOf, formatAcademicYear, parseAcademicYear } from '#domain/shared/academic-year';
import { londonDateOf } from '#domain/shared/london-time';
import type { Booker, Booking, BookingSchool } from './booking.ts';
import type { AnnouncementContext, BookingAnnouncer } from './booking-announcer.ts';
import { BookingConflictError } from './booking-conflict-error.ts';
import { type BookingOrder, FAMILY_OF_KIND } from './booking-order.ts';
import type { BookingRepository, SchoolBookings } from './booking-repository.ts';
import type { Rejection } from './booking-status.ts';
import { CannotBookError } from './cannot-book-error.ts';
import type { ConfirmationRecipients } from './confirmation-recipients.ts';
import type { EventPlaceRegister } from './event-place-register.ts';
import { waitlistOrder } from './event-places.ts';
import { type BookingPrice, priceBooking } from './price-booking.ts';
import type { EventsList, PriceList } from './price-list.ts';
import {
  type CarryForwardSetting,
  NO_CARRY_FORWARD,
  NoPriceListError,
  type PriceListInForce,
  priceListInForce,
} from './price-list-in-force.ts';
import { schoolAccountOf } from './school-account.ts';

/** A booking form accepted by the API: what the school asked for, with its reference and the time it arrived. */
export type BookingSubmission = BookingOrder & {
  readonly bookingId: string;
  readonly submissionId: string;
  readonly termsAccepted: true;
  /** Name and price band from the schools directory, fixed on the booking. */
  readonly school: BookingSchool;
  readonly booker: Booker;
  /** Who the booker-facing emails go to, decided by the API from the directory. */
  readonly confirmation?: ConfirmationRecipients;
  readonly purchaseOrderNumber?: string;
  readonly addVat: boolean;
  /** The academic year asked for, when next year's form is open beside this year's. */
  readonly academicYear?: string;
  /** ISO instant the API received it. */
  readonly receivedAt: string;
};

/** What taking a booking needs from outside: ports, configuration and the time. */
export interface TakeBookingDeps {
  readonly bookings: BookingRepository;
  readonly schoolBookings: Pick<SchoolBookings, 'ofSchool'>;
  readonly places: EventPlaceRegister;
  readonly announcer: BookingAnnouncer;
  readonly priceLists: readonly PriceList[];
  readonly carryForward?: CarryForwardSetting;
  readonly now: Date;
}

/** No charge: a rejected booking's price. */
const NOT_CHARGED: BookingPrice = {
  netPence: 0,
  discountPence: 0,
  vatPence: 0,
  totalPence: 0,
  lines: [{ description: 'Not charged: the booking could not be taken', amountPence: 0 }],
};

/**
 * Takes a submitted booking. Safe to repeat for the same submission (queues deliver at least
 * once; a repeat finds the stored booking, keeps its price and status and announces it again,
 * and the mailer sends each email once):
 * 1. the price list in force on the London date it was received, and the academic year it sells;
 * 2. the school's account for that year (days already bought, the subscription held);
 * 3. the price (the product must be offered to the school's band);
 * 4. for an event, a place held exactly (or the waitlist when the event is full);
 * 5. recorded once: `confirmed`, `waitlisted`, or `rejected` with the reason;
 * 6. announced (confirmation or waitlisted email, and the team's notification).
 */
export async function takeBooking(
  submission: BookingSubmission,
  context: { readonly correlationId: string },
  deps: TakeBookingDeps,
): Promise<Booking> {
  const announce = { correlationId: context.correlationId, occurredAt: deps.now };
  const stored = await deps.bookings.get(submission.bookingId);
  if (stored) return again(stored, submission, announce, deps);

  const candidate = await decide(submission, deps);
  const { booking } = await deps.bookings.addOnce(candidate);
  if (booking.submissionId !== submission.submissionId) throw new BookingConflictError(submission.bookingId);
  return announced(booking, announce, deps);
}

async function decide(submission: BookingSubmission, deps: TakeBookingDeps): Promise<Booking> {
  const { academicYear: asked, ...request } = submission;
  const receivedOn = londonDateOf(new Date(submission.receivedAt));
  const base = { ...request, termsAccepted: true as const, receivedAt: submission.receivedAt };
  const rejected = (rejection: Rejection, year = formatAcademicYear(academicYearOf(receivedOn))): Booking =>
    ({ ...base, status: 'rejected', rejection, price: NOT_CHARGED, academicYear: year }) as Booking;

  let inForce: PriceListInForce;
  try {
    inForce = priceListInForce(deps.priceLists, FAMILY_OF_KIND[submission.kind], receivedOn, {
      carryForward: deps.carryForward ?? NO_CARRY_FORWARD,
      ...(asked && { academicYear: parseAcademicYear(asked, 'academicYear') }),
    });
  } catch (error) {
    if (error instanceof NoPriceListError) return rejected({ code: 'no-price-list', message: error.message });
    throw error;
  }
  const year = formatAcademicYear(inForce.academicYear);
  const others = (await deps.schoolBookings.ofSchool(submission.school.urn, year)).filter(
    (b) => b.bookingId !== submission.bookingId,
  );
  const account = schoolAccountOf(submission.school.priceBand, inForce.academicYear, others);

  let price: BookingPrice;
  try {
    price = priceBooking(request, account, inForce, receivedOn);
  } catch (error) {
    if (error instanceof CannotBookError) return rejected({ code: error.code, message: error.message }, year);
    throw error;
  }
  const priced = {
    ...base,
    price,
    academicYear: year,
    priceList: {
      id: inForce.list.id,
      title: inForce.list.title,
      ...(inForce.carriedForwardFrom && {
        carriedForwardFrom: formatAcademicYear(inForce.carriedForwardFrom),
      }),
    },
  };
  if (submission.kind === 'event') {
    const event = (inForce.list as EventsList).events.find((e) => e.code === submission.event);
    if (event && (await deps.places.hold(event, submission.bookingId)) === 'full') {
      return { ...priced, status: 'waitlisted', waitlistedAt: submission.receivedAt } as Booking;
    }
  }
  return { ...priced, status: 'confirmed', confirmedAt: deps.now.toISOString() } as Booking;
}

/** A repeat of a stored booking: the same submission announces it again; another is a conflict. */
async function again(
  stored: Booking,
  submission: BookingSubmission,
  announce: AnnouncementContext,
  deps: TakeBookingDeps,
): Promise<Booking> {
  if (stored.submissionId !== submission.submissionId) throw new BookingConflictError(submission.bookingId);
  return announced(stored, announce, deps);
}

async function announced(
  booking: Booking,
  announce: AnnouncementContext,
  deps: TakeBookingDeps,
): Promise<Booking> {
  // A booking confirmed later from the waitlist was announced as a place offered, not here.
  if (booking.status === 'confirmed' && !booking.placeOffer)
    await deps.announcer.confirmed(booking, announce);
  if (booking.status === 'waitlisted' && booking.kind === 'event') {
    const entry = { bookingId: booking.bookingId, waitlistedAt: booking.waitlistedAt ?? booking.receivedAt };
    await deps.places.joinWaitlist(booking.event, entry);
    const order = waitlistOrder(await deps.places.waitlist(booking.event));
    const position = order.findIndex((e) => e.bookingId === booking.bookingId) + 1;
    await deps.announcer.waitlisted(booking, { ...announce, position: Math.max(position, 1) });
  }
  return booking;
}
