import { parseAcademicYear } from '#domain/shared/academic-year';
import type { IsoDate } from '#domain/shared/iso-date';
import { FAMILY_OF_KIND } from './booking-order.ts';
import type { PriceBand } from './customer-class.ts';
import { type PricingRequest, priceBooking } from './price-booking.ts';
import type { PriceList } from './price-list.ts';
import { type CarryForwardSetting, NO_CARRY_FORWARD, priceListInForce } from './price-list-in-force.ts';

/**
 * What the API checks before it accepts a booking, so that a booking that cannot be taken gets
 * its answer at once and nothing is stored: a price list is in force on the London date it was
 * received (else NoPriceListError, `422`), and the list offers what was asked to the school's
 * band (else CannotBookError naming the field: an unknown session, course or event, one not
 * offered to the band, an event whose bookings have closed). What depends on the school's other
 * bookings (the subscription already held) is decided when the booking is processed.
 */
export function checkBookable(
  request: PricingRequest & { readonly academicYear?: string },
  priceBand: PriceBand | undefined,
  lists: readonly PriceList[],
  receivedOn: IsoDate,
  carryForward: CarryForwardSetting = NO_CARRY_FORWARD,
): void {
  const inForce = priceListInForce(lists, FAMILY_OF_KIND[request.kind], receivedOn, {
    carryForward,
    ...(request.academicYear && { academicYear: parseAcademicYear(request.academicYear, 'academicYear') }),
  });
  priceBooking(request, { priceBand, holdsSubscription: false, daysAlreadyBought: 0 }, inForce, receivedOn);
}
