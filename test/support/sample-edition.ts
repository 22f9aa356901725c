import { type AssembledEdition, assembleEdition } from '#domain/editions/edition';
import type { EditionEmailSettings } from '#domain/editions/edition-email';
import type { KeyDate } from '#domain/editions/key-dates';
import { commsItem } from './comms-items.ts';

/** The Monday of the sample edition. */
export const SAMPLE_EDITION = '2026-11-23';

/** The Schools Communications team of the samples (invented). */
export const SAMPLE_SETTINGS: EditionEmailSettings = {
  schoolsCommunications: {
    team: 'Schools Communications team',
    email: 'schools.communications@example.gov.uk',
  },
};

/** Key dates around the sample edition. */
export const SAMPLE_KEY_DATES: readonly KeyDate[] = [
  { title: 'School workforce census return due', start: '2026-12-04', statutory: true },
  {
    title: 'Secondary school admissions appeals window',
    start: '2026-11-30',
    end: '2026-12-11',
    statutory: false,
    phases: ['secondary'],
  },
  { title: 'Early years funding headcount', start: '2026-11-26', statutory: false, phases: ['nursery'] },
  { title: 'Spring census day', start: '2027-01-21', statutory: true },
];

/**
 * A full edition: a letter, two actions given in the wrong order, items for every section, one
 * only for secondary academies, one only for SENCOs, and key dates.
 */
export const sampleEdition = (): AssembledEdition =>
  assembleEdition({
    edition: SAMPLE_EDITION,
    letter: {
      edition: SAMPLE_EDITION,
      body: 'Dear colleagues,\n\nThank you for all you did for **Anti-Bullying Week**. This week, please look at the census checks below.',
      signedBy: 'Alex Morgan, Director of Education',
    },
    items: [
      commsItem(SAMPLE_EDITION, {
        headline: 'Budget monitoring returns for the third quarter',
        summary: 'Submit your quarter 3 budget monitoring return.',
        body: undefined,
        category: 'action-required',
        actionBy: '2026-12-18',
        audience: {
          roles: ['headteacher', 'school-business-manager'],
          phases: [],
          schoolTypes: ['la-maintained'],
        },
        links: [{ text: 'Budget monitoring return form', url: 'https://example.gov.uk/finance/q3-return' }],
      }),
      commsItem(SAMPLE_EDITION, {
        headline: 'School workforce census: final checks',
        summary: 'The school workforce census return is due on Friday 4 December.',
        category: 'action-required',
        actionBy: '2026-12-04',
        body: '## Before you submit\n\n1. Check contracts and absences.\n2. Resolve every error.\n\nAsk the [data team](mailto:education.data@example.gov.uk) if you are stuck.',
      }),
      commsItem(SAMPLE_EDITION, {
        headline: 'Winter road gritting routes published',
        summary: 'See which roads near your school are gritted this winter.',
        body: undefined,
        category: 'for-information',
        links: [{ text: 'Gritting routes map', url: 'https://example.gov.uk/highways/gritting' }],
      }),
      commsItem(SAMPLE_EDITION, {
        headline: 'Post-16 transport policy consultation',
        summary: 'Tell us what you think of the draft post-16 transport policy.',
        body: 'Read the draft policy and reply by **Friday 15 January 2027**.',
        category: 'for-information',
        audience: { roles: [], phases: ['secondary'], schoolTypes: ['academy'] },
      }),
      commsItem(SAMPLE_EDITION, {
        headline: 'SENCO network meeting: spring term dates',
        summary: 'Book a place at the spring SENCO network meetings.',
        category: 'training-and-events',
        audience: { roles: ['senco'], phases: [], schoolTypes: [] },
        body: '- Tuesday 12 January, online\n- Wednesday 3 February, Chelmsford',
      }),
      commsItem(SAMPLE_EDITION, {
        headline: 'Designated Mental Health Lead network',
        summary: 'The next network meeting is on Tuesday 8 December, 10:00 to 12:00, online.',
        body: undefined,
        category: 'training-and-events',
        links: [{ text: 'Book the mental health lead network', url: 'https://example.gov.uk/events/dmhl' }],
      }),
    ],
    keyDates: SAMPLE_KEY_DATES,
  });
