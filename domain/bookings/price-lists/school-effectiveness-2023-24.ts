import type { SchoolImprovementPriceList } from '../price-list.ts';

/**
 * The School Effectiveness offer 2023-2024 as published in the ECC headteacher pack: Bronze
 * £650 per individual day (pay as you go), Silver £1,240 for 2 days, Gold £2,340 for 4 days,
 * more than 4 days at £585 a day, 5% early bird before Friday 20 October 2023; the booking form
 * open 26 March 2023 to 31 July 2024; programmes and their lengths from the form's question 8.
 *
 * Not in the sources, so our configuration: the cancellation windows (illustrative until the
 * team publishes terms), the VAT treatment (consultancy: standard-rated to academies and
 * schools outside Essex, an internal recharge to maintained schools) and the contact details
 * (placeholders; real ones are deployment configuration).
 */
export const SCHOOL_EFFECTIVENESS_2023_24: SchoolImprovementPriceList = {
  id: 'school-effectiveness-2023-24',
  family: 'school-improvement',
  title: 'School Effectiveness offer 2023-24',
  academicYear: { startYear: 2023 },
  bookingWindow: { opens: '2023-03-26', closes: '2024-07-31' },
  source: 'ECC School Effectiveness traded offer 2023-2024 (headteacher briefing pack) and its booking form',
  contact: {
    team: 'Workforce Development (School Effectiveness)',
    email: 'workforce.development@example.gov.uk',
    phone: '0333 000 0000',
  },
  programmes: [
    {
      code: 'action-planning-sef-health-check',
      title: "Action Planning and SEF Writing - 'Health Check'",
      days: 2,
    },
    {
      code: 'assessment-for-improvement-feedback',
      title: 'Assessment for Improvement - Evaluating the Impact of Pupil Feedback',
      days: 1,
    },
    {
      code: 'assessment-formative-summative',
      title: 'Assessment - How to Ensure the Effective Use of Formative and Summative Assessment',
    },
    {
      code: 'curriculum-building-on-effective-curriculum',
      title: 'Curriculum - Building on Effective Curriculum',
      days: 2,
    },
    { code: 'essex-sixth-sense', title: 'Essex Sixth Sense - Support for Sixth Forms' },
    {
      code: 'governance-effective-governance',
      title: 'Governance - How to be Effective in Governance',
      days: 0.5,
    },
    { code: 'governance-review', title: 'Governance Review', days: 1 },
    { code: 'headteacher-performance-management', title: 'Headteacher Performance Management', days: 1.5 },
  ],
  payAsYouGo: { name: 'Bronze', dayRatePence: 65_000 },
  packages: {
    silver: { name: 'Silver', days: 2, pricePence: 124_000 },
    gold: { name: 'Gold', days: 4, pricePence: 234_000 },
  },
  moreDaysRate: { moreThanDays: 4, dayRatePence: 58_500, countsEarlierBookings: true },
  earlyBird: { percent: 5, before: '2023-10-20' },
  vat: { ratePercent: 20, treatment: { maintained: 'internal-recharge', external: 'standard-rated' } },
  cancellation: {
    measuredFrom: 'booking',
    windows: [
      { withinDays: 14, chargePercent: 0 },
      { withinDays: 60, chargePercent: 50 },
    ],
    otherwiseChargePercent: 100,
  },
};
