import * as z from 'zod';
import { QuadrantSchema } from './quadrant.ts';

/*
 * What the EHCP read routes take in their query string: all the caseload and KPI functions
 * parse. The answers' schemas and the case events (ehcp-api.ts) are for the API's description
 * and the functions that take events.
 */

/** Which milestones a caseload lists. */
export const CASELOAD_STATES = ['overdue', 'due-soon', 'open'] as const;

/** The query of `GET /ehcp/cases`. */
export const EhcpCaseloadQuerySchema = z.object({
  quadrant: QuadrantSchema,
  state: z
    .enum(CASELOAD_STATES, { error: `state must be one of ${CASELOAD_STATES.join(', ')}` })
    .default('open'),
});

/** The query of `GET /ehcp/kpis`. */
export const EhcpKpisQuerySchema = z.object({
  year: z
    .string({ error: 'year is required, e.g. year=2025' })
    .regex(/^(20[1-9]\d|2100)$/, 'year must be a calendar year from 2014, e.g. 2025'),
});
