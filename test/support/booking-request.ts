import { randomUUID } from 'node:crypto';
import type { SchoolImprovementRequest } from '#events/booking-request';

/**
 * A valid booking form for Example Park Primary School (URN 999123 in the sample directory)
 * from an invented booker on the school's own email domain, so the confirmation goes to them,
 * with a unique address (so tests can find their email).
 */
export const aBookingRequest = (
  overrides: Partial<SchoolImprovementRequest> = {},
): SchoolImprovementRequest => ({
  submissionId: randomUUID(),
  termsAccepted: true,
  school: { urn: '999123', name: 'Example Park Primary School' },
  booker: {
    name: 'Jo Bloggs',
    email: `jo.bloggs+${randomUUID().slice(0, 8)}@example-park-primary-school.example.org`,
  },
  programme: 'governance-review',
  package: 'silver',
  days: 2,
  addVat: true,
  ...overrides,
});
