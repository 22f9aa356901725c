import type * as z from 'zod';
import { caseEventContract, caseEventOf } from './case-event-fields.ts';

/**
 * The amended EHC plan was issued (SI 2014/1530 reg 22(3): within 8 weeks of sending the proposed
 * amendments). `date` is the day it was issued.
 */
export const AmendedPlanIssuedSchema = caseEventOf('amended-plan-issued', {});

/** An amended EHC plan, issued. */
export type AmendedPlanIssued = z.infer<typeof AmendedPlanIssuedSchema>;

/** EHCP amended plan issued. */
export const AmendedPlanIssuedEvent = caseEventContract('EHCP amended plan issued', AmendedPlanIssuedSchema);
