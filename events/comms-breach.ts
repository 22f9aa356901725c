import * as z from 'zod';
import type { IsoDate } from '#domain/shared/iso-date';
import { isIsoDate } from '#domain/shared/iso-date';
import { plainText } from './plain-text.ts';
import { SchoolUrnSchema } from './school-urn.ts';

/*
 * A protocol breach: a council team sent a generic, all-schools message straight to a school
 * instead of through the weekly Monday email (school communications protocol, EPHA Executive
 * 24 May 2023; DOMAIN.md section 1: "Schools report examples where the protocol is not
 * followed"). The report names the team, the day and the subject, never the person.
 */

/** Caps on the report's fields (characters). */
export const BREACH_LIMITS = { team: 100, subject: 200 } as const;

const line = (label: string, max: number) => plainText(label, max).min(1, `${label} is required`);

/** What a school reports (`POST /comms/breaches`). */
export const BreachReportSchema = z.object({
  /** The reporting school's DfE URN. */
  urn: SchoolUrnSchema,
  /** The council team that sent the message directly. */
  sendingTeam: line('sendingTeam', BREACH_LIMITS.team),
  /** The day the message reached the school. */
  receivedOn: z
    .string({ error: 'receivedOn is required' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'receivedOn must be a date written YYYY-MM-DD', abort: true })
    .refine(isIsoDate, 'receivedOn must be a real calendar date') as unknown as z.ZodType<IsoDate, string>,
  /** The message's subject line. */
  subject: line('subject', BREACH_LIMITS.subject),
});

/** A validated breach report. */
export type BreachReport = z.infer<typeof BreachReportSchema>;

/** A recorded breach report. */
export interface RecordedBreach extends BreachReport {
  readonly breachId: string;
  /** When it was reported (ISO instant). */
  readonly reportedAt: string;
}
