/** The roles the council writes to at a school. */
export const SCHOOL_CONTACT_ROLES = ['headteacher', 'school-business-manager', 'senco', 'office'] as const;

/** A role from {@link SCHOOL_CONTACT_ROLES}. SENCO: special educational needs co-ordinator. */
export type SchoolContactRole = (typeof SCHOOL_CONTACT_ROLES)[number];

/** Someone at a school the council writes to, by role (work contact details only). */
export interface SchoolContact {
  readonly role: SchoolContactRole;
  readonly name: string;
  readonly email: string;
}
