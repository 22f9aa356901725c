import type { EventsList } from '../price-list.ts';

/**
 * Free events of 2026/27: invented examples in the shape of the council's network meetings,
 * so the current year has something to book (one online, one at a venue with 20 places, and a
 * one-to-one surgery with a single place, which the `npm start` demo fills and waitlists).
 */
export const FREE_EVENTS_2026_27: EventsList = {
  id: 'free-events-2026-27',
  family: 'events',
  title: 'Free events 2026/27',
  academicYear: { startYear: 2026 },
  bookingWindow: { opens: '2026-09-01', closes: '2027-07-31' },
  source: 'Invented example events for 2026/27 (not from the council)',
  contact: {
    team: 'School Effectiveness events',
    email: 'education.events@example.gov.uk',
    phone: '0333 000 0002',
  },
  events: [
    {
      code: 'dmhl-network-2027-02-09',
      title: 'Designated Mental Health Lead network meeting (spring)',
      date: '2027-02-09',
      starts: '16:00',
      ends: '17:30',
      place: { kind: 'online', platform: 'Microsoft Teams' },
      places: 60,
      asksForThemes: true,
    },
    {
      code: 'assessment-leads-network-2027-03-04',
      title: 'Primary assessment leads network: key stage 2 moderation update',
      date: '2027-03-04',
      starts: '13:30',
      ends: '15:30',
      place: {
        kind: 'venue',
        name: 'Example Conference Centre',
        address: '1 Example Way, Chelmsford CM1 0XX',
      },
      places: 20,
      asksForThemes: false,
    },
    {
      code: 'inspection-readiness-surgery-2027-01-20',
      title: 'Inspection readiness surgery (one to one)',
      date: '2027-01-20',
      starts: '15:00',
      ends: '16:00',
      place: { kind: 'online', platform: 'Microsoft Teams' },
      places: 1,
      asksForThemes: true,
    },
  ],
  placeOffer: { acceptWithinWorkingDays: 2 },
  cancellation: { measuredFrom: 'event', windows: [], otherwiseChargePercent: 0 },
};
