import { randomUUID } from 'node:crypto';
import { computedAsksFor } from '#domain/calendar/computed-asks';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';
import { academicYearOf, academicYearStarting } from '#domain/shared/academic-year';
import { addDays, type IsoDate } from '#domain/shared/iso-date';
import type { AskRequest } from '#events/ask-request';
import type { BookingRequest } from '#events/booking-request';

/**
 * Invented bookings a newcomer sees on first start: school-improvement days for a maintained
 * school and an academy, priced moderation training for named staff, and two bookings for a
 * one-place surgery, so the inbox shows a confirmed place and a waitlisted one.
 */
export const demoBookings = (): BookingRequest[] => [
  {
    submissionId: randomUUID(),
    termsAccepted: true,
    school: { urn: '999001', name: 'Example Church of England Primary School' },
    booker: { name: 'Alex Example', email: 'head@example-church-of-england-primary-school.example.org' },
    programme: 'governance-review',
    package: 'pay-as-you-go',
    days: 1,
    addVat: false,
  },
  {
    submissionId: randomUUID(),
    termsAccepted: true,
    school: { urn: '999002', name: 'Example Academy' },
    booker: { name: 'Sam Sample', email: 'business.manager@example-academy.example.org' },
    programme: 'curriculum-building-on-effective-curriculum',
    package: 'gold',
    days: 4,
    purchaseOrderNumber: 'PO-12345',
    addVat: true,
  },
  {
    kind: 'moderation-training',
    submissionId: randomUUID(),
    termsAccepted: true,
    school: { urn: '999002', name: 'Example Academy' },
    booker: { name: 'Sam Sample', email: 'business.manager@example-academy.example.org' },
    course: 'year-6-moderation-new',
    delegates: [{ name: 'A Teacher' }, { name: 'B Teacher' }, { name: 'C Teacher' }],
    purchaseOrderNumber: 'PO-12346',
    addVat: false,
  },
  {
    kind: 'event',
    submissionId: randomUUID(),
    termsAccepted: true,
    school: { urn: '999001', name: 'Example Church of England Primary School' },
    booker: { name: 'Alex Example', email: 'head@example-church-of-england-primary-school.example.org' },
    event: 'inspection-readiness-surgery-2027-01-20',
    delegates: [{ name: 'Alex Example' }],
    themes: ['Curriculum deep dives'],
    addVat: false,
  },
  {
    kind: 'event',
    submissionId: randomUUID(),
    termsAccepted: true,
    school: { urn: '999002', name: 'Example Academy' },
    booker: { name: 'Sam Sample', email: 'business.manager@example-academy.example.org' },
    event: 'inspection-readiness-surgery-2027-01-20',
    delegates: [{ name: 'Sam Sample' }],
    addVat: false,
  },
];

/**
 * Posts the demo bookings to the running API, one after another (so the surgery's one place
 * goes to the first), and resolves with the references of those accepted. A booking the date
 * does not allow (`npm start -- --now` after the surgery) is told on the console, not fatal.
 */
export async function playDemo(apiUrl: string, log: (line: string) => void = console.log): Promise<string[]> {
  const ids: string[] = [];
  for (const booking of demoBookings()) {
    const response = await fetch(`${apiUrl}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(booking),
    });
    const body = (await response.json()) as { bookingId?: string; message?: string };
    if (response.status === 422) {
      log(`Demo: a ${booking.kind ?? 'school-improvement'} booking was refused: ${body.message}`);
      continue;
    }
    if (response.status !== 202 || !body.bookingId) {
      throw new Error(`demo booking was not accepted: ${response.status} ${JSON.stringify(body)}`);
    }
    ids.push(body.bookingId);
    // Let the booking processor take each in turn, so the order the demo books in is the order they are taken.
    await new Promise((r) => setTimeout(r, 1_200));
  }
  return ids;
}

/**
 * Three invented asks of schools around the coming spring census (so they land whatever day
 * `npm start` runs): a survey in the census week, which clashes, and a briefing and a
 * consultation in clear weeks after it.
 */
export const demoAsks = (today: IsoDate): AskRequest[] => {
  const springCensus = (startYear: number) =>
    computedAsksFor(academicYearStarting(startYear), ESSEX_CALENDAR_RULES).find(
      (a) => a.key === 'census-spring',
    )!.window as { start: IsoDate };
  const thisYear = academicYearOf(today).startYear;
  const census =
    springCensus(thisYear).start >= today ? springCensus(thisYear).start : springCensus(thisYear + 1).start;
  const contact = (name: string, email: string) => ({ name, email });
  return [
    {
      title: 'Pupil wellbeing survey',
      description: 'An online survey for pupils in years 6 and 10 (about 15 minutes in class).',
      owner: { team: 'Public Health', contact: contact('Sam Example', 'sam.example@example.gov.uk') },
      kind: 'survey',
      criticality: 'normal',
      window: { type: 'all-day', start: addDays(census, -3), end: addDays(census, 1) },
      audience: { phases: ['primary', 'secondary'], schoolTypes: [] },
      link: 'https://example.gov.uk/wellbeing-survey',
    },
    {
      title: 'Headteachers’ briefing: admissions',
      owner: { team: 'School Admissions', contact: contact('Alex Sample', 'alex.sample@example.gov.uk') },
      kind: 'training',
      criticality: 'high',
      window: { type: 'timed', date: addDays(census, 12), startTime: '15:30', endTime: '16:30' },
      audience: { phases: [], schoolTypes: [] },
    },
    {
      title: 'Consultation: the local offer for SEND',
      owner: { team: 'SEND Strategy', contact: contact('Jo Sample', 'jo.sample@example.gov.uk') },
      kind: 'consultation',
      criticality: 'normal',
      window: { type: 'all-day', start: addDays(census, 11), end: addDays(census, 22) },
      audience: { phases: [], schoolTypes: [] },
    },
  ];
};

/** Posts the demo asks to the running API; resolves with each one's reference and how many clashes it has. */
export async function playCalendarDemo(
  apiUrl: string,
  today: IsoDate,
): Promise<{ askId: string; title: string; clashes: number }[]> {
  const recorded: { askId: string; title: string; clashes: number }[] = [];
  for (const ask of demoAsks(today)) {
    const response = await fetch(`${apiUrl}/calendar/asks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ask),
    });
    const body = (await response.json()) as { askId?: string; clashes?: unknown[] };
    if (response.status !== 201 || !body.askId)
      throw new Error(`demo ask was not recorded: ${response.status} ${JSON.stringify(body)}`);
    recorded.push({ askId: body.askId, title: ask.title, clashes: body.clashes?.length ?? 0 });
  }
  return recorded;
}
