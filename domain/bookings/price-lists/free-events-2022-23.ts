import type { EventsList } from '../price-list.ts';

/**
 * Free events of 2022/23: the Designated Mental Health Lead network meeting (Tuesday 11 July
 * 2023, 10:00-12:00, online; bookers request themes), from the ECC headteacher pack. Its number
 * of places, the list's booking window, the place-offer period and the contact are our
 * configuration (not in the source).
 */
export const FREE_EVENTS_2022_23: EventsList = {
  id: 'free-events-2022-23',
  family: 'events',
  title: 'Free events 2022/23',
  academicYear: { startYear: 2022 },
  bookingWindow: { opens: '2022-09-01', closes: '2023-08-31' },
  source: 'ECC headteacher briefing pack, summer 2023 (Designated Mental Health Lead network)',
  contact: {
    team: 'School Effectiveness events',
    email: 'education.events@example.gov.uk',
    phone: '0333 000 0002',
  },
  events: [
    {
      code: 'dmhl-network-2023-07-11',
      title: 'Designated Mental Health Lead network meeting',
      date: '2023-07-11',
      starts: '10:00',
      ends: '12:00',
      place: { kind: 'online', platform: 'Microsoft Teams' },
      places: 60,
      asksForThemes: true,
    },
  ],
  placeOffer: { acceptWithinWorkingDays: 2 },
  cancellation: { measuredFrom: 'event', windows: [], otherwiseChargePercent: 0 },
};
