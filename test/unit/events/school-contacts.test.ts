import { describe, expect, it } from 'vitest';
import { PutSchoolContactsRequestSchema } from '#events/school-contacts';

const issuesOf = (body: unknown) => {
  const result = PutSchoolContactsRequestSchema.safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('PUT /schools/{urn}/contacts body', () => {
  it('accepts contacts by role, trimming names', () => {
    const result = PutSchoolContactsRequestSchema.parse({
      contacts: [{ role: 'senco', name: '  Jo Bloggs ', email: 'senco@example-primary.example.org' }],
    });

    expect(result.contacts).toEqual([
      { role: 'senco', name: 'Jo Bloggs', email: 'senco@example-primary.example.org' },
    ]);
  });

  it('names every bad field: role, name and email', () => {
    expect(
      issuesOf({
        contacts: [
          { role: 'governor', name: 'A'.repeat(121), email: `${'a'.repeat(250)}@example.org` },
          { role: 'office', name: '', email: 'nope' },
        ],
      }),
    ).toEqual([
      'contacts.0.role: role must be one of headteacher, school-business-manager, senco, office',
      'contacts.0.name: name must be 120 characters or fewer',
      'contacts.0.email: email must be 254 characters or fewer',
      'contacts.1.name: name is required',
      'contacts.1.email: email must be a valid email address',
    ]);
  });

  it('requires the contacts list, and bounds it', () => {
    expect(issuesOf({})).toEqual(['contacts: contacts is required']);
    const many = Array.from({ length: 21 }, () => ({ role: 'office', name: 'Sam', email: 'o@example.org' }));
    expect(issuesOf({ contacts: many })).toEqual(['contacts: a school keeps at most 20 contacts']);
  });
});
