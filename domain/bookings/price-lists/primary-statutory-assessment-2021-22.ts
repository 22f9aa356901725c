import type { StatutoryAssessmentPriceList } from '../price-list.ts';

/**
 * The Primary Statutory Assessment traded package at its 2021/22 prices (ECC headteacher pack):
 * an annual subscription of £315 for Essex LA-maintained schools (up to 2 staff at 10 one-hour
 * virtual sessions); non-subscribers pay per session for 2 staff, £55 Essex maintained, £65 Essex
 * academy, £75 outside Essex; moderation training per person, first member of staff + each
 * additional: subscribers in Essex £40 + £10, non-subscribers in Essex £60 + £15, subscribers
 * outside Essex £50 + £20, non-subscribers outside Essex £70 + £25.
 *
 * Not in the sources, so our configuration: the subscription price for academies and schools
 * outside Essex (left unpriced: not offered until the team sets one), the booking window (none
 * is published; taken as the academic year to the end of the summer term), the cancellation
 * windows (illustrative), the VAT treatment (training: exempt for external customers, an
 * internal recharge for maintained schools) and the contact details (placeholders).
 */
export const PRIMARY_STATUTORY_ASSESSMENT_2021_22: StatutoryAssessmentPriceList = {
  id: 'primary-statutory-assessment-2021-22',
  family: 'statutory-assessment',
  title: 'Primary Statutory Assessment package 2021/22',
  academicYear: { startYear: 2021 },
  bookingWindow: { opens: '2021-09-01', closes: '2022-07-31' },
  source: 'ECC Primary Statutory Assessment traded package, 2021/22 prices (headteacher briefing pack)',
  contact: {
    team: 'Primary Assessment (School Effectiveness)',
    email: 'primary.assessment@example.gov.uk',
    phone: '0333 000 0001',
  },
  subscription: {
    title: 'Primary Statutory Assessment subscription',
    staff: 2,
    pricePence: { 'essex-maintained': 31_500 },
  },
  sessions: [
    { code: 'termly-briefing-autumn', title: 'Termly assessment briefing (autumn)' },
    { code: 'termly-briefing-spring', title: 'Termly assessment briefing (spring)' },
    { code: 'termly-briefing-summer', title: 'Termly assessment briefing (summer)' },
    { code: 'phonics-screening-check', title: 'Phonics screening check' },
    { code: 'ks1-ks2-test-process', title: 'Key stage 1 and key stage 2 test process' },
    { code: 'multiplication-tables-check', title: 'Multiplication tables check' },
    { code: 'ks1-teacher-assessment-frameworks', title: 'Key stage 1 teacher assessment frameworks' },
    { code: 'ks2-teacher-assessment-frameworks', title: 'Key stage 2 teacher assessment frameworks' },
    { code: 'year-2-moderation-refresher', title: 'Year 2 moderation refresher' },
    { code: 'year-6-moderation-refresher', title: 'Year 6 moderation refresher' },
  ],
  perSession: {
    staffPerPlace: 2,
    pricePence: { 'essex-maintained': 5_500, 'essex-academy': 6_500, 'outside-essex': 7_500 },
  },
  moderation: {
    courses: [
      { code: 'year-2-moderation-new', title: 'Year 2 moderation training: teachers new to moderation' },
      { code: 'year-2-moderation-experienced', title: 'Year 2 moderation training: experienced teachers' },
      { code: 'year-6-moderation-new', title: 'Year 6 moderation training: teachers new to moderation' },
      { code: 'year-6-moderation-experienced', title: 'Year 6 moderation training: experienced teachers' },
    ],
    pricePence: {
      'essex-maintained': {
        subscriber: { firstPence: 4_000, additionalPence: 1_000 },
        'non-subscriber': { firstPence: 6_000, additionalPence: 1_500 },
      },
      'essex-academy': {
        subscriber: { firstPence: 4_000, additionalPence: 1_000 },
        'non-subscriber': { firstPence: 6_000, additionalPence: 1_500 },
      },
      'outside-essex': {
        subscriber: { firstPence: 5_000, additionalPence: 2_000 },
        'non-subscriber': { firstPence: 7_000, additionalPence: 2_500 },
      },
    },
  },
  vat: { ratePercent: 20, treatment: { maintained: 'internal-recharge', external: 'exempt' } },
  cancellation: {
    measuredFrom: 'booking',
    windows: [{ withinDays: 14, chargePercent: 0 }],
    otherwiseChargePercent: 100,
  },
};
