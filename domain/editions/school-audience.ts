/**
 * Which items reach which school and which contact there: an item's audience (roles, phases,
 * school types; each empty list meaning everyone) against what GIAS says the school is.
 */
import type { AudiencePhase, AudienceRole, SchoolType } from '#events/comms-item';

/** A GIAS code and the name GIAS gives it, e.g. `{ code: '02', name: 'Primary' }`. */
export interface GiasCode {
  readonly code: string;
  readonly name: string;
}

/**
 * The school as an edition sees it: the directory's record narrowed to what personalising
 * needs (the schools directory's `School` has these fields).
 */
export interface EditionSchool {
  /** DfE unique reference number. */
  readonly urn: string;
  /** `EstablishmentName`, shown at the top of the school's edition. */
  readonly name: string;
  /** `PhaseOfEducation`; absent when GIAS says "Not applicable" (many special schools and PRUs). */
  readonly phase?: GiasCode | undefined;
  /** `TypeOfEstablishment`. */
  readonly establishmentType: GiasCode;
  /** `EstablishmentTypeGroup`. */
  readonly typeGroup: GiasCode;
}

/** What an audience filter can match at a school. */
export interface SchoolAudience {
  /** Empty when GIAS gives the school no phase. */
  readonly phases: ReadonlySet<AudiencePhase>;
  readonly schoolTypes: ReadonlySet<SchoolType>;
}

const code = (value: GiasCode | undefined): number => (value ? Number(value.code) : Number.NaN);

/**
 * GIAS `PhaseOfEducation` codes: 1 Nursery, 2 Primary, 3 Middle deemed primary, 4 Secondary,
 * 5 Middle deemed secondary, 6 16 plus, 7 All-through (0 Not applicable: no phase). An
 * all-through school teaches both primary and secondary pupils, so items for either reach it.
 */
const PHASES: Readonly<Record<number, readonly AudiencePhase[]>> = {
  1: ['nursery'],
  2: ['primary'],
  3: ['primary'],
  4: ['secondary'],
  5: ['secondary'],
  6: ['16-plus'],
  7: ['all-through', 'primary', 'secondary'],
};

/** LA maintained `TypeOfEstablishment` codes (DOMAIN.md section 3): 1, 2, 3, 5, 7, 12, 14, 15. */
const LA_MAINTAINED = new Set([1, 2, 3, 5, 7, 12, 14, 15]);
/**
 * Special schools: 07 Community special, 08 Non-maintained special, 10 Other independent
 * special, 12 Foundation special, 33 Academy special sponsor led, 36 Free schools special,
 * 44 Academy special converter.
 */
const SPECIAL = new Set([7, 8, 10, 12, 33, 36, 44]);
/**
 * Alternative provision: 14 Pupil referral unit, 38 Free schools alternative provision,
 * 42 Academy alternative provision converter, 43 Academy alternative provision sponsor led.
 */
const ALTERNATIVE_PROVISION = new Set([14, 38, 42, 43]);
/** `EstablishmentTypeGroup` 10 Academies and 11 Free Schools (DOMAIN.md section 3). */
const ACADEMY_GROUPS = new Set([10, 11]);
/** `EstablishmentTypeGroup` 3 Independent schools. */
const INDEPENDENT_GROUP = 3;

/** What an item's audience filters can match at this school, from its GIAS codes. */
export const audienceOfSchool = (school: EditionSchool): SchoolAudience => {
  const type = code(school.establishmentType);
  const group = code(school.typeGroup);
  const types = new Set<SchoolType>();
  if (LA_MAINTAINED.has(type)) types.add('la-maintained');
  if (ACADEMY_GROUPS.has(group)) types.add('academy');
  if (SPECIAL.has(type)) types.add('special');
  if (ALTERNATIVE_PROVISION.has(type)) types.add('alternative-provision');
  if (group === INDEPENDENT_GROUP) types.add('independent');
  return { phases: new Set(PHASES[code(school.phase)] ?? []), schoolTypes: types };
};

const matches = <T>(wanted: readonly T[], has: ReadonlySet<T>) =>
  wanted.length === 0 || wanted.some((value) => has.has(value));

/**
 * Whether an item is for this school: its phases (when it names any) include one of the
 * school's, and its school types (when it names any) one of the school's. A school GIAS gives
 * no phase (many special schools and PRUs teach every age) is not filtered out by phase:
 * an item for primary schools still reaches a special school unless it also names school types
 * that leave special schools out.
 */
export const reachesSchool = (
  audience: { readonly phases: readonly AudiencePhase[]; readonly schoolTypes: readonly SchoolType[] },
  school: SchoolAudience,
): boolean =>
  (school.phases.size === 0 || matches(audience.phases, school.phases)) &&
  matches(audience.schoolTypes, school.schoolTypes);

/** Whether an item is for a contact holding these roles (no roles named: every contact). */
export const reachesRole = (
  audience: { readonly roles: readonly AudienceRole[] },
  roles: readonly AudienceRole[],
): boolean => audience.roles.length === 0 || roles.some((role) => audience.roles.includes(role));
