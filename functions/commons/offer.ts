import type { PriceList } from '#domain/bookings/price-list';
import type { CarriedFamily, CarryForwardSetting } from '#domain/bookings/price-list-in-force';
import { PUBLISHED_PRICE_LISTS } from '#domain/bookings/price-lists/published-price-lists';

/** Every price list bookings are priced from: the council's published lists (seed configuration). */
export const priceLists: readonly PriceList[] = PUBLISHED_PRICE_LISTS;

const CARRIED: readonly CarriedFamily[] = ['school-improvement', 'statutory-assessment'];

/**
 * Reads the carry-forward setting, `PRICE_LIST_CARRY_FORWARD`: a comma-separated list of
 * product families (`school-improvement`, `statutory-assessment`) whose latest list is carried
 * forward to the current academic year when none is published for it. Unset: none (a date no
 * list covers is refused). The local runtime sets both. Fails at cold start naming a bad value.
 */
export function carryForwardSetting(value: string | undefined): CarryForwardSetting {
  const families = (value ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  for (const family of families) {
    if (!CARRIED.includes(family as CarriedFamily)) {
      throw new Error(
        `PRICE_LIST_CARRY_FORWARD names ${JSON.stringify(family)}: it may list ${CARRIED.join(', ')}`,
      );
    }
  }
  return { families: families as CarriedFamily[] };
}

/** This deployment's carry-forward setting. */
export const carryForward = carryForwardSetting(process.env.PRICE_LIST_CARRY_FORWARD);
