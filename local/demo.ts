import { randomUUID } from 'node:crypto';
import type { BookingRequest } from '#events/booking-request';

/** Two invented bookings a newcomer sees confirmed on first start. */
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
];

/** Posts the demo bookings to the running API and resolves with their references. */
export async function playDemo(apiUrl: string): Promise<string[]> {
  const ids: string[] = [];
  for (const booking of demoBookings()) {
    const response = await fetch(`${apiUrl}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(booking),
    });
    const body = (await response.json()) as { bookingId?: string };
    if (response.status !== 202 || !body.bookingId) {
      throw new Error(`demo booking was not accepted: ${response.status} ${JSON.stringify(body)}`);
    }
    ids.push(body.bookingId);
  }
  return ids;
}
