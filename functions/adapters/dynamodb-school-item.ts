import type { School, SchoolStatusName } from '#domain/schools/school';
import type { SchoolContact } from '#domain/schools/school-contact';

/**
 * The directory table's key design:
 * - a school: `pk = SCHOOL#<urn>`, `sk = SCHOOL`, the school's GIAS fields as attributes, and
 *   the index keys `laCode` (e.g. "881") and `statusUrn` (`<status>#<urn>`, e.g. `open#100000`);
 * - its contacts beside it: `pk = SCHOOL#<urn>`, `sk = CONTACTS`, `contacts: [...]`, so a
 *   re-import of GIAS (which replaces school items) keeps them, and one Query reads both;
 * - the global secondary index {@link BY_LOCAL_AUTHORITY_INDEX} (`laCode`, `statusUrn`, all
 *   attributes projected) lists an LA's schools, by status then URN. Contacts items carry no
 *   `laCode`, so they are not in it.
 */
export const BY_LOCAL_AUTHORITY_INDEX = 'byLocalAuthority';

export const SCHOOL_SK = 'SCHOOL';
export const CONTACTS_SK = 'CONTACTS';
export const pkOf = (urn: string) => `SCHOOL#${urn}`;
export const statusUrnOf = (status: SchoolStatusName, urn: string) => `${status}#${urn}`;

/** BatchWriteItem takes at most 25 puts; BatchGetItem at most 100 keys. */
export const WRITE_BATCH = 25;
export const READ_BATCH = 100;
/** Batches written at once by one `putSchools`. */
export const WRITE_CONCURRENCY = 4;
export const MAX_ATTEMPTS = 8;

/** A school as its directory item, with the index keys. */
export const schoolItem = (school: School) => ({
  pk: pkOf(school.urn),
  sk: SCHOOL_SK,
  entity: 'School',
  laCode: school.la.code,
  statusUrn: statusUrnOf(school.status.is, school.urn),
  ...school,
});

const pair = (value: unknown) => {
  const { code, name } = value as { code: string; name: string };
  return { code, name };
};

// Rebuilt field by field: the API answers in the School's own order, and index keys stay out.
export const toSchool = (item: Record<string, unknown>): School => {
  const status = item.status as School['status'];
  return {
    urn: item.urn as string,
    name: item.name as string,
    la: pair(item.la),
    establishmentType: pair(item.establishmentType),
    typeGroup: pair(item.typeGroup),
    status: { code: status.code, name: status.name, is: status.is },
    ...(item.phase ? { phase: pair(item.phase) } : {}),
    ...(item.statutoryLowAge !== undefined ? { statutoryLowAge: Number(item.statutoryLowAge) } : {}),
    ...(item.statutoryHighAge !== undefined ? { statutoryHighAge: Number(item.statutoryHighAge) } : {}),
    ...(item.postcode ? { postcode: item.postcode as string } : {}),
    ...(item.openDate ? { openDate: item.openDate as string } : {}),
    ...(item.closeDate ? { closeDate: item.closeDate as string } : {}),
  };
};

/** The contacts held on a contacts item (none when there is no item). */
export const contactsOf = (item: Record<string, unknown> | undefined): SchoolContact[] =>
  ((item?.contacts as SchoolContact[] | undefined) ?? []).map(({ role, name, email }) => ({
    role,
    name,
    email,
  }));

// Backoff before retrying what DynamoDB left unprocessed: 50 ms, 100 ms, ... capped at 2 s, jittered.
export const backoff = (attempt: number) =>
  new Promise((resolve) =>
    setTimeout(resolve, Math.min(2_000, 50 * 2 ** attempt) * (0.5 + Math.random() / 2)),
  );
