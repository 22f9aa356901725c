import type { School } from './school.ts';

/**
 * The price band a school pays in, for traded services priced by who the customer is (e.g. the
 * Primary Statutory Assessment package: £55 Essex maintained, £65 Essex academy, £75 outside
 * Essex per session).
 */
export type PriceBand = (typeof PRICE_BANDS)[number];

/** Every price band, in the order price lists give them. */
export const PRICE_BANDS = ['essex-maintained', 'essex-academy', 'outside-essex'] as const;

/** DOMAIN.md §3: GIAS `LA (code)` 881 is Essex (882 Southend-on-Sea and 883 Thurrock are other councils). */
export const ESSEX_LA_CODE = 881;

/** DOMAIN.md §3: LA maintained schools are `TypeOfEstablishment (code)` 1, 2, 3, 5, 7, 12, 14 and 15. */
const LA_MAINTAINED_TYPES: ReadonlySet<number> = new Set([1, 2, 3, 5, 7, 12, 14, 15]);

/** DOMAIN.md §3: academies and free schools are `EstablishmentTypeGroup (code)` 10 and 11. */
const ACADEMY_TYPE_GROUPS: ReadonlySet<number> = new Set([10, 11]);

// GIAS codes may carry a leading zero ("02"): compare them as numbers.
const codeNumber = (code: string) => (/^\s*\d+\s*$/.test(code) ? Number(code) : Number.NaN);

/**
 * The band a school is priced in, from its directory record, never from what a booker claims
 * (DOMAIN.md §3: "Pricing band comes from the school's record").
 *
 * - Outside Essex (any LA other than 881, Southend and Thurrock included): `outside-essex`.
 * - In Essex, an LA maintained type (community, voluntary aided/controlled, foundation,
 *   community/foundation special, pupil referral unit, LA nursery): `essex-maintained`.
 * - In Essex, an academy or free school (type group 10 or 11, special academies included):
 *   `essex-academy`.
 * - Anything else in Essex (independent and non-maintained special schools, colleges, ...):
 *   `outside-essex`. The sources price only Essex maintained schools and Essex academies at
 *   the Essex rates; a school that is neither is not part of the county's family of schools,
 *   so it pays what any school outside the council's area pays. This is our decision, not the
 *   sources': change it here if the School Effectiveness team decides otherwise.
 */
export function priceBandOf(school: Pick<School, 'la' | 'establishmentType' | 'typeGroup'>): PriceBand {
  if (codeNumber(school.la.code) !== ESSEX_LA_CODE) return 'outside-essex';
  if (LA_MAINTAINED_TYPES.has(codeNumber(school.establishmentType.code))) return 'essex-maintained';
  if (ACADEMY_TYPE_GROUPS.has(codeNumber(school.typeGroup.code))) return 'essex-academy';
  return 'outside-essex';
}
