import * as z from 'zod';
import { ADVICE_SOURCES } from './advice-requested.ts';
import { EhcpCaseEventSchema } from './case-event.ts';
import {
  CaseEventIdSchema,
  CaseOfficerSchema,
  CaseRefSchema,
  ChildInitialsSchema,
} from './case-event-fields.ts';
import { CASELOAD_STATES } from './ehcp-queries.ts';
import { EXCEPTION_REASONS } from './exception-recorded.ts';
import { QuadrantSchema } from './quadrant.ts';

/** The API's schemas for EHCP timescales: what each route takes and answers. */

export { CASELOAD_STATES, EhcpCaseloadQuerySchema, EhcpKpisQuerySchema } from './ehcp-queries.ts';
export { EhcpParkedQuerySchema } from './parked-query.ts';

/** At most this many events per request: one EventBridge PutEvents call. */
export const MAX_EVENTS_PER_REQUEST = 10;

/** `POST /ehcp/events`: 1 to 10 case events, each as the bus carries it in `data`. */
export const PostEhcpEventsRequestSchema = z.object({
  events: z
    .array(EhcpCaseEventSchema, { error: 'events must be a list of case events' })
    .min(1, 'events must hold at least one case event')
    .max(MAX_EVENTS_PER_REQUEST, `events may hold at most ${MAX_EVENTS_PER_REQUEST} case events`),
});

/** The `202` of `POST /ehcp/events`: each event published, to be applied to its case. */
export const PostEhcpEventsResponseSchema = z.object({
  accepted: z.array(z.object({ eventId: CaseEventIdSchema, caseRef: CaseRefSchema, type: z.string() })),
});

const day = z.iso.date();

/** The milestone states of the read side. */
export const MilestoneStateSchema = z.enum([
  'upcoming',
  'due-soon',
  'overdue',
  'met',
  'missed',
  'disapplied',
]);

/** One milestone as `GET /ehcp/cases/{caseRef}` shows it. */
export const MilestoneViewSchema = z.object({
  key: z.string(),
  dueDate: day,
  reminderDate: day,
  state: MilestoneStateSchema,
  completedOn: day.optional(),
  disapplied: z.object({ reason: z.enum(EXCEPTION_REASONS), recordedOn: day }).optional(),
});

/** `GET /ehcp/cases/{caseRef}`: the case and every milestone with its state today. */
export const EhcpCaseViewSchema = z.object({
  caseRef: CaseRefSchema,
  quadrant: QuadrantSchema,
  caseOfficer: CaseOfficerSchema,
  status: z.string(),
  milestones: z.array(MilestoneViewSchema),
});

/** The path of `GET /ehcp/cases/{caseRef}`. */
export const EhcpCasePathSchema = z.object({ caseRef: CaseRefSchema });

/** `GET /ehcp/cases?quadrant=&state=`: a quadrant's cases with milestones in that state today. */
export const EhcpCaseloadSchema = z.object({
  quadrant: QuadrantSchema,
  state: z.enum(CASELOAD_STATES),
  date: day,
  cases: z.array(
    z.object({
      caseRef: CaseRefSchema,
      childInitials: ChildInitialsSchema,
      caseOfficer: CaseOfficerSchema,
      milestones: z.array(
        z.object({
          key: z.string(),
          dueDate: day,
          reminderDate: day,
          state: MilestoneStateSchema,
          adviceFrom: z.enum(ADVICE_SOURCES).optional(),
        }),
      ),
    }),
  ),
});

const ShareSchema = z.object({
  within: z.number().int(),
  total: z.number().int(),
  percent: z.number().nullable(),
});
const WithExceptions = z.object({ includingExceptions: ShareSchema, excludingExceptions: ShareSchema });
const MeasuresSchema = z.object({
  newPlansWithin20Weeks: WithExceptions,
  decisionsWithin6Weeks: WithExceptions,
  reviewDecisionsWithin4Weeks: ShareSchema,
});

/** `GET /ehcp/kpis?year=`: the SEN2 measures of the year, overall and by quadrant, beside England's. */
export const EhcpKpisSchema = z.object({
  year: z.number().int(),
  overall: MeasuresSchema,
  byQuadrant: z.object({
    'north-east': MeasuresSchema,
    mid: MeasuresSchema,
    south: MeasuresSchema,
    west: MeasuresSchema,
  }),
  england: z.object({ year: z.number().int(), percent: z.number() }).optional(),
});

/** A case event that could not be applied, as kept: why, each problem's field, and the message as received. */
export const ParkedEhcpEventSchema = z.object({
  messageId: z.string(),
  receivedAt: z.string(),
  reason: z.enum(['malformed', 'impossible']),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
  caseRef: z.string().optional(),
  body: z.string().describe('the SQS message body as received: apply it again once the cause is fixed'),
});

/** The answer of `GET /ehcp/parked`: the events parked on a day, oldest first. */
export const EhcpParkedEventsSchema = z.object({
  date: z.string(),
  parked: z.array(ParkedEhcpEventSchema),
});
