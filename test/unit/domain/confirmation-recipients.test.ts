import { describe, expect, it } from 'vitest';
import { confirmationRecipients } from '#domain/bookings/confirmation-recipients';
import type { SchoolContact } from '#domain/schools/school-contact';

const contacts: SchoolContact[] = [
  { role: 'headteacher', name: 'Alex Example', email: 'head@oak-primary.example.org' },
  { role: 'school-business-manager', name: 'Sam Sample', email: 'sbm@oak-primary.example.org' },
  { role: 'office', name: 'Office', email: 'oak.primary.office@gmail.com' },
];
const team = 'workforce.development@example.gov.uk';

describe('who receives a booking confirmation', () => {
  it('sends it to a booker who is one of the school’s contacts', () => {
    expect(confirmationRecipients('SBM@oak-primary.example.org', contacts, team)).toEqual({
      to: ['SBM@oak-primary.example.org'],
      basis: 'booker',
    });
  });

  it('sends it to a booker on the school’s own email domain', () => {
    expect(confirmationRecipients('deputy@oak-primary.example.org', contacts, team).basis).toBe('booker');
  });

  it('does not take a public webmail domain a contact uses as the school’s own', () => {
    const result = confirmationRecipients('stranger@gmail.com', contacts, team);

    expect(result.basis).toBe('school-contacts');
  });

  it('sends it to the school’s contacts when the booker is unknown to the school, never to the typed address', () => {
    const result = confirmationRecipients('anyone@elsewhere.example.com', contacts, team);

    expect(result).toEqual({
      to: ['head@oak-primary.example.org', 'sbm@oak-primary.example.org', 'oak.primary.office@gmail.com'],
      basis: 'school-contacts',
    });
  });

  it('sends it to the team mailbox when the school has no contacts yet', () => {
    expect(confirmationRecipients('anyone@elsewhere.example.com', [], team)).toEqual({
      to: [team],
      basis: 'team-mailbox',
    });
  });
});
