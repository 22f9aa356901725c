/**
 * The DfE's published SEN2 figures to compare against: the share of new EHC plans issued within
 * 20 weeks, excluding exception cases, by calendar year (../shared/DOMAIN.md section 4, from
 * "Education, health and care plans", DfE statistics). Seed data: add each year as it is published.
 */
export const SEN2_NEW_PLANS_WITHIN_20_WEEKS_PERCENT = {
  england: { 2023: 50.3, 2024: 46.4 },
  essex: { 2023: 0.9, 2024: 15.0 },
} as const satisfies Record<string, Record<number, number>>;

/** England's latest published share for `year` or the nearest year before it, or nothing before the first. */
export const englandNewPlansWithin20Weeks = (year: number): { year: number; percent: number } | undefined => {
  const published = Object.entries(SEN2_NEW_PLANS_WITHIN_20_WEEKS_PERCENT.england)
    .map(([y, percent]) => ({ year: Number(y), percent }))
    .filter((figure) => figure.year <= year)
    .sort((a, b) => b.year - a.year);
  return published[0];
};
