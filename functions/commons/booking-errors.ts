import { BookingConflictError } from '#domain/bookings/booking-conflict-error';
import { BookingChangedError, BookingNotFoundError } from '#domain/bookings/booking-repository';
import { BookingStatusError } from '#domain/bookings/booking-status';
import { CancellationRefusedError } from '#domain/bookings/cancellation';
import { CannotBookError } from '#domain/bookings/cannot-book-error';
import { DeliveryRefusedError } from '#domain/bookings/days-balance';
import { PlaceOfferError } from '#domain/bookings/place-offer-answers';
import { NoPriceListError } from '#domain/bookings/price-list-in-force';
import { json } from './http.ts';

/**
 * The HTTP answer to a booking rule refusing a request, or undefined for any other error (which
 * the handler rethrows): 404 for an unknown booking; 409 when the booking's state does not allow
 * it (or it changed meanwhile: retry); 422 when the request is well formed but cannot be done,
 * naming the field where there is one.
 */
export function bookingErrorResponse(error: unknown) {
  if (error instanceof BookingNotFoundError) return json(404, { error: 'NotFound', message: error.message });
  if (error instanceof BookingChangedError) {
    return json(409, { error: 'Conflict', message: `${error.message}, then retry` }, { 'retry-after': '1' });
  }
  if (
    error instanceof BookingStatusError ||
    error instanceof PlaceOfferError ||
    error instanceof BookingConflictError
  ) {
    return json(409, { error: 'Conflict', message: error.message });
  }
  if (error instanceof DeliveryRefusedError || error instanceof CannotBookError) {
    return json(422, { error: 'Unprocessable', message: error.message, field: error.field });
  }
  if (error instanceof CancellationRefusedError || error instanceof NoPriceListError) {
    return json(422, { error: 'Unprocessable', message: error.message });
  }
  return undefined;
}
