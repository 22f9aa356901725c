import type { PriceBand } from '#domain/schools/price-band';
import type { BookingRequest } from '#events/booking-request';
import type { ConfirmationRecipients } from './confirmation-recipients.ts';
import type { BookingPrice } from './price-booking.ts';

/** Where a booking is in its life. `received` is only ever seen by the API; stored bookings are confirmed. */
export type BookingStatus = 'confirmed';

/** A priced, recorded booking of traded school-improvement days. */
export interface Booking extends Omit<BookingRequest, 'termsAccepted' | 'school'> {
  /** The school as the directory recorded it when the booking was received. */
  readonly school: { readonly urn: string; readonly name: string; readonly priceBand?: PriceBand };
  /** Who the confirmation goes to (absent on bookings from before the directory: the booker). */
  readonly confirmation?: ConfirmationRecipients;
  readonly bookingId: string;
  readonly termsAccepted: true;
  readonly status: BookingStatus;
  readonly price: BookingPrice;
  /** The offer year the price came from, e.g. "2023-24". */
  readonly academicYear: string;
  /** ISO instant the booking was received by the API. */
  readonly receivedAt: string;
  /** ISO instant it was priced and recorded. */
  readonly confirmedAt: string;
}
