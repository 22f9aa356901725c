import type { PriceList } from '#domain/bookings/price-list';
import type { CarriedFamily, CarryForwardSetting } from '#domain/bookings/price-list-in-force';
import { PUBLISHED_PRICE_LISTS } from '#domain/bookings/price-lists/published-price-lists';

/** Every price list bookings are priced from: the council's published lists (seed configuration). */
export const priceLists: readonly PriceList[] = PUBLISHED_PRICE_LISTS;

const CARRIED: readonly CarriedFamily[] = ['school-improvement', 'statutory-assessment'];

/**
 * Reads the carry-forward setting, `PRICE_LIST_CARRY_FORWARD` (wiring/settings.ts): `true`
 * carries the latest list of each family (`school-improvement`, `statutory-assessment`) forward
 * to the current academic year when none is published for it; `false` or unset carries nothing
 * (a date no list covers is refused); a comma-separated list of families carries only those.
 * Fails at cold start naming a bad value.
 */
export function carryForwardSetting(value: string | undefined): CarryForwardSetting {
  const text = (value ?? '').trim();
  if (text === 'true') return { families: CARRIED };
  if (text === 'false') return { families: [] };
  const families = text
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  for (const family of families) {
    if (!CARRIED.includes(family as CarriedFamily)) {
      throw new Error(
        `PRICE_LIST_CARRY_FORWARD names ${JSON.stringify(family)}: it may be true, false or list ${CARRIED.join(', ')}`,
      );
    }
  }
  return { families: families as CarriedFamily[] };
}

/** This deployment's carry-forward setting. */
export const carryForward = carryForwardSetting(process.env.PRICE_LIST_CARRY_FORWARD);
