import type { School, SchoolStatusName } from './school.ts';
import type { SchoolContact } from './school-contact.ts';

/** A school in the directory with the people the council writes to there. */
export interface DirectoryEntry {
  readonly school: School;
  /** In the order they were given; empty until contacts are loaded. */
  readonly contacts: readonly SchoolContact[];
}

/** Which schools to list: one local authority's, optionally only those in some statuses. */
export interface SchoolListQuery {
  /** GIAS `LA (code)`, e.g. "881" for Essex. */
  readonly laCode: string;
  /** Only schools in this status (or any of these); every status when absent. */
  readonly status?: SchoolStatusName | readonly SchoolStatusName[];
}

/** Port: one school from the directory. */
export interface SchoolLookup {
  /** The school with this URN and its contacts, or undefined if the directory has no such school. */
  get(urn: string): Promise<DirectoryEntry | undefined>;
}

/** Port: the schools of a local authority. */
export interface SchoolListing {
  /**
   * The schools of one local authority with their contacts, in URN order within each status
   * (e.g. every open Essex school, for the Monday email). Read page by page as iterated.
   */
  listSchools(query: SchoolListQuery): AsyncIterable<DirectoryEntry>;
}

/** Port: changes to the directory (the GIAS import, contacts). */
export interface SchoolDirectoryUpdates {
  /**
   * Replaces the school's contacts with these (an empty list clears them). Throws
   * {@link UnknownSchoolError} if the directory has no school with this URN.
   */
  putContacts(urn: string, contacts: readonly SchoolContact[]): Promise<void>;
  /**
   * Adds or replaces these schools' records (as GIAS publishes them); their contacts are kept.
   * A URN given twice in one batch is stored once, as its last record.
   */
  putSchools(batch: readonly School[]): Promise<void>;
}

/** Port: the schools directory, loaded from GIAS, with each school's contacts beside it. */
export type SchoolDirectory = SchoolLookup & SchoolListing & SchoolDirectoryUpdates;

/** The directory has no school with this URN. */
export class UnknownSchoolError extends Error {
  override readonly name = 'UnknownSchoolError';
  readonly urn: string;
  constructor(urn: string) {
    super(`the schools directory has no school with URN ${urn}`);
    this.urn = urn;
  }
}
