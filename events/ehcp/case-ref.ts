import * as z from 'zod';

/** The case reference of an EHC needs assessment or plan in the case-management system, e.g. `EHC-2025-0417`. */
export const CaseRefSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'caseRef is required' : 'caseRef must be text') })
  .regex(
    /^[A-Z0-9][A-Z0-9-]{2,29}$/,
    'caseRef must be 3-30 capital letters, digits or hyphens, e.g. EHC-2025-0417',
  );
