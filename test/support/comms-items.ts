import type { EditionRecipient } from '#domain/editions/edition';
import type { EditionSchool } from '#domain/editions/school-audience';
import type { IsoDate } from '#domain/shared/iso-date';
import {
  type AudienceRole,
  type CommsItem,
  type CommsItemRequestInput,
  CommsItemRequestSchema,
} from '#events/comms-item';

/** A valid item form from an invented team; override any field. */
export const itemRequest = (overrides: Partial<CommsItemRequestInput> = {}): CommsItemRequestInput => ({
  headline: 'Spring census: check pupil records',
  summary: 'Census day is Thursday 21 January 2027. Check pupil records now.',
  body: 'Run the **pre-census checks** in your MIS.\n\nThe [census guide](https://example.gov.uk/census) explains each check.',
  category: 'for-information',
  audience: { roles: [], phases: [], schoolTypes: [] },
  owner: {
    team: 'Education Data and Information',
    contact: { name: 'Sam Taylor', email: 'education.data@example.gov.uk' },
  },
  links: [],
  ...overrides,
});

let sequence = 0;

/** An accepted item in an edition; ids and submission times follow the order items are made in. */
export const commsItem = (
  edition: IsoDate,
  overrides: Partial<CommsItemRequestInput> = {},
  submittedAt?: string,
): CommsItem => {
  sequence += 1;
  const request = CommsItemRequestSchema.parse(itemRequest(overrides));
  return {
    ...request,
    itemId: `CI-${String(sequence).padStart(10, '0')}`,
    submittedAt: submittedAt ?? new Date(Date.UTC(2026, 10, 16, 9, 0, sequence)).toISOString(),
    edition,
  };
};

/** GIAS codes of invented schools of each kind. */
export const SCHOOLS = {
  primaryMaintained: {
    urn: '990001',
    name: 'Example Park Primary School',
    phase: { code: '2', name: 'Primary' },
    establishmentType: { code: '01', name: 'Community school' },
    typeGroup: { code: '4', name: 'Local authority maintained schools' },
  },
  secondaryAcademy: {
    urn: '990002',
    name: 'Example Vale Academy',
    phase: { code: '4', name: 'Secondary' },
    establishmentType: { code: '34', name: 'Academy converter' },
    typeGroup: { code: '10', name: 'Academies' },
  },
  specialMaintained: {
    urn: '990003',
    name: 'Example Brook School',
    establishmentType: { code: '07', name: 'Community special school' },
    typeGroup: { code: '4', name: 'Local authority maintained schools' },
  },
} as const satisfies Record<string, EditionSchool>;

/** An invented contact at a school. */
export const recipient = (
  school: EditionSchool,
  role: AudienceRole,
  ...more: AudienceRole[]
): EditionRecipient => ({
  school,
  contact: {
    roles: [role, ...more],
    name: `${role} at ${school.urn}`,
    email: `${role}.${school.urn}@example.org`,
  },
});
