/**
 * A school as the DfE "Get Information about Schools" (GIAS) register records it: the
 * schools directory keeps the few fields the council's workflows read, each GIAS code with
 * the name GIAS gives it (codes exactly as published, e.g. "02").
 */

/** A GIAS code and the name GIAS gives it, e.g. `{ code: '02', name: 'Voluntary aided school' }`. */
export interface CodeAndName {
  readonly code: string;
  readonly name: string;
}

/**
 * Where a school is in its life, as GIAS's EstablishmentStatus says it: 1 "Open", 2 "Closed",
 * 3 "Open, but proposed to close", 4 "Proposed to open".
 */
export type SchoolStatusName = 'open' | 'closed' | 'proposed to open' | 'proposed to close';

/** A school's GIAS status: the published code and name, and what they mean. */
export interface SchoolStatus extends CodeAndName {
  readonly is: SchoolStatusName;
}

/** One school (establishment) in the directory. */
export interface School {
  /** DfE unique reference number: digits, e.g. "100000". */
  readonly urn: string;
  /** `EstablishmentName`. */
  readonly name: string;
  /** The local authority the school is in: `LA (code)` / `LA (name)`, e.g. 881 Essex. */
  readonly la: CodeAndName;
  /** `TypeOfEstablishment`, e.g. 01 "Community school", 28 "Academy sponsor led". */
  readonly establishmentType: CodeAndName;
  /** `EstablishmentTypeGroup`, e.g. 4 "Local authority maintained schools", 10 "Academies". */
  readonly typeGroup: CodeAndName;
  readonly status: SchoolStatus;
  /** `PhaseOfEducation`, e.g. 2 "Primary"; absent when GIAS says "Not applicable". */
  readonly phase?: CodeAndName;
  /** `StatutoryLowAge` in years. */
  readonly statutoryLowAge?: number;
  /** `StatutoryHighAge` in years. */
  readonly statutoryHighAge?: number;
  /** Upper-case, e.g. "CM1 1QH". */
  readonly postcode?: string;
  /** `OpenDate` as YYYY-MM-DD, when GIAS records one. */
  readonly openDate?: string;
  /** `CloseDate` as YYYY-MM-DD, when GIAS records one. */
  readonly closeDate?: string;
}

/** Whether a school is open (including open but proposed to close): it can book and be written to. */
export const isOpen = (school: Pick<School, 'status'>): boolean =>
  school.status.is === 'open' || school.status.is === 'proposed to close';
