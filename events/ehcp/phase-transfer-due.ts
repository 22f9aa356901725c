import * as z from 'zod';
import { caseEventContract, caseEventOf } from './case-event-fields.ts';

/**
 * The child or young person transfers between phases of education in `transferYear` (the calendar
 * year of the transfer, usually in September). The plan must be reviewed and amended before
 * 15 February of that year, or before 31 March for a move from secondary school to a post-16
 * institution (SI 2014/1530 reg 18(1)). `date` is the day the transfer was recorded.
 */
export const PhaseTransferDueSchema = caseEventOf('phase-transfer-due', {
  transferYear: z
    .number({ error: 'transferYear must be a calendar year, e.g. 2026' })
    .int('transferYear must be a whole year, e.g. 2026')
    .min(2014, 'transferYear must be 2014 or later')
    .max(2100, 'transferYear must be 2100 or earlier'),
  /** `school-phase`: early years to school, infant to junior, primary to secondary...; `post-16`: secondary school to a post-16 institution. */
  transfer: z.enum(['school-phase', 'post-16'], { error: 'transfer must be school-phase or post-16' }),
});

/** A phase transfer, due. */
export type PhaseTransferDue = z.infer<typeof PhaseTransferDueSchema>;

/** EHCP phase transfer due. */
export const PhaseTransferDueEvent = caseEventContract('EHCP phase transfer due', PhaseTransferDueSchema);
