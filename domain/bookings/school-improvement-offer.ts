/**
 * The traded school-improvement offer for one academic year: seed configuration,
 * replaced each year (never constants buried in pricing code).
 */
export interface SchoolImprovementOffer {
  /** e.g. "2023-24" */
  readonly academicYear: string;
  /** Pay as you go ("Bronze"): price of one day. */
  readonly dayRatePence: number;
  /** Fixed-price packages, by name. */
  readonly packages: {
    readonly silver: { readonly days: number; readonly pricePence: number };
    readonly gold: { readonly days: number; readonly pricePence: number };
  };
  /** A school buying more days than this gets every day at `bulkDayRatePence`. */
  readonly bulkFromMoreThanDays: number;
  readonly bulkDayRatePence: number;
  /** Percentage off a package bought before `before` (a YYYY-MM-DD date, exclusive). */
  readonly earlyBird: { readonly discountPercent: number; readonly before: string };
  /** Standard VAT rate applied when the school asks for VAT on the invoice. */
  readonly vatPercent: number;
  /** Who schools contact about their booking. */
  readonly contact: { readonly team: string; readonly email: string; readonly phone: string };
}

/**
 * School Effectiveness offer 2023-2024 (ECC headteacher pack): Bronze £650/day,
 * Silver £1,240 for 2 days, Gold £2,340 for 4 days, more than 4 days at £585/day,
 * 5% early bird before Friday 20 October 2023.
 */
export const OFFER_2023_24: SchoolImprovementOffer = {
  academicYear: '2023-24',
  dayRatePence: 65_000,
  packages: {
    silver: { days: 2, pricePence: 124_000 },
    gold: { days: 4, pricePence: 234_000 },
  },
  bulkFromMoreThanDays: 4,
  bulkDayRatePence: 58_500,
  earlyBird: { discountPercent: 5, before: '2023-10-20' },
  vatPercent: 20,
  contact: {
    team: 'Workforce Development (School Effectiveness)',
    email: 'workforce.development@example.gov.uk',
    phone: '0333 000 0000',
  },
};
