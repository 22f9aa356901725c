import { randomUUID } from 'node:crypto';
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
