/**
 * Who the customer is, for pricing and VAT. A school's price band comes from its record in the
 * schools directory (GIAS), never from what a booker claims (DOMAIN.md §3), and is fixed on the
 * booking when it is made: a school that converts to an academy mid-year keeps the band it
 * booked in.
 */

import { PRICE_BANDS, type PriceBand } from '#domain/schools/price-band';

/**
 * The price band a school pays in: the schools directory's (`priceBandOf`: LA code 881 and an
 * LA-maintained type: `essex-maintained`; 881 and an academy or free school: `essex-academy`;
 * anything else: `outside-essex`).
 */
export { PRICE_BANDS, type PriceBand };

/** How the bands read in emails. */
export const PRICE_BAND_NAMES: Readonly<Record<PriceBand, string>> = {
  'essex-maintained': 'Essex maintained school',
  'essex-academy': 'Essex academy or free school',
  'outside-essex': 'School outside Essex',
};

/**
 * The customer class VAT depends on.
 * - `maintained`: an Essex LA-maintained school is part of the council for VAT, so a charge to
 *   it is an internal recharge between budgets, not a supply (HMRC VAT Notice 749, local
 *   authorities and similar bodies: maintained schools' activities are the authority's).
 * - `external`: academies, free schools and schools outside Essex are separate legal persons:
 *   a charge to them is a supply, standard-rated or exempt by product.
 */
export type CustomerClass = 'maintained' | 'external';

/** The customer class of a price band: only Essex maintained schools are internal. */
export const customerClassOf = (band: PriceBand): CustomerClass =>
  band === 'essex-maintained' ? 'maintained' : 'external';
