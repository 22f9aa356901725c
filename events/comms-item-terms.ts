import { SCHOOL_CONTACT_ROLES, type SchoolContactRole } from '#domain/schools/school-contact';

/*
 * The words a comms item is filed under (its category and audience), with no schema built: the
 * edition's assembly reads them on every send, and comms-item.ts builds the item schemas from
 * them for the functions that parse an item.
 */

/** What an item asks of schools: the edition's sections, in the order they appear. */
export const COMMS_CATEGORIES = ['action-required', 'for-information', 'training-and-events'] as const;
/** A category from {@link COMMS_CATEGORIES}. */
export type CommsCategory = (typeof COMMS_CATEGORIES)[number];

/**
 * The roles the council writes to at a school (the schools directory's contact roles). SENCO:
 * special educational needs co-ordinator.
 */
export const AUDIENCE_ROLES = SCHOOL_CONTACT_ROLES;
/** A role from {@link AUDIENCE_ROLES}. */
export type AudienceRole = SchoolContactRole;

/**
 * Phases of education an item may be for, in the council's words; a school's phase comes from
 * GIAS `PhaseOfEducation` (see domain/editions/school-audience.ts for the mapping).
 */
export const AUDIENCE_PHASES = ['nursery', 'primary', 'secondary', 'all-through', '16-plus'] as const;
/** A phase from {@link AUDIENCE_PHASES}. */
export type AudiencePhase = (typeof AUDIENCE_PHASES)[number];

/**
 * Kinds of school an item may be for. A school can be of more than one (a special academy is
 * `academy` and `special`); `academy` includes free schools (GIAS type groups 10 and 11).
 */
export const SCHOOL_TYPES = [
  'la-maintained',
  'academy',
  'special',
  'alternative-provision',
  'independent',
] as const;
/** A school type from {@link SCHOOL_TYPES}. */
export type SchoolType = (typeof SCHOOL_TYPES)[number];
