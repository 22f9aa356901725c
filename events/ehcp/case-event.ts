import * as z from 'zod';
import { envelopeOf } from '../envelope.ts';
import { AdviceReceivedEvent, AdviceReceivedSchema } from './advice-received.ts';
import { AdviceRequestedEvent, AdviceRequestedSchema } from './advice-requested.ts';
import { AmendedPlanIssuedEvent, AmendedPlanIssuedSchema } from './amended-plan-issued.ts';
import { CaseClosedEvent, CaseClosedSchema } from './case-closed.ts';
import { DecisionNotToIssueEvent, DecisionNotToIssueSchema } from './decision-not-to-issue.ts';
import { DecisionToAssessEvent, DecisionToAssessSchema } from './decision-to-assess.ts';
import { DraftPlanServedEvent, DraftPlanServedSchema } from './draft-plan-served.ts';
import { ExceptionRecordedEvent, ExceptionRecordedSchema } from './exception-recorded.ts';
import { FinalPlanIssuedEvent, FinalPlanIssuedSchema } from './final-plan-issued.ts';
import { PhaseTransferDueEvent, PhaseTransferDueSchema } from './phase-transfer-due.ts';
import { PlanMadeEvent, PlanMadeSchema } from './plan-made.ts';
import { RequestReceivedEvent, RequestReceivedSchema } from './request-received.ts';
import { ReviewDecisionIssuedEvent, ReviewDecisionIssuedSchema } from './review-decision-issued.ts';
import { ReviewMeetingArrangedEvent, ReviewMeetingArrangedSchema } from './review-meeting-arranged.ts';
import { ReviewMeetingHeldEvent, ReviewMeetingHeldSchema } from './review-meeting-held.ts';
import { ReviewReportReceivedEvent, ReviewReportReceivedSchema } from './review-report-received.ts';

const schemas = [
  RequestReceivedSchema,
  DecisionToAssessSchema,
  AdviceRequestedSchema,
  AdviceReceivedSchema,
  DraftPlanServedSchema,
  FinalPlanIssuedSchema,
  DecisionNotToIssueSchema,
  ExceptionRecordedSchema,
  PlanMadeSchema,
  ReviewMeetingArrangedSchema,
  ReviewMeetingHeldSchema,
  ReviewReportReceivedSchema,
  ReviewDecisionIssuedSchema,
  AmendedPlanIssuedSchema,
  PhaseTransferDueSchema,
  CaseClosedSchema,
] as const;

/** Every case event `type`, in the order a case usually meets them (also the order of events on one day). */
export const CASE_EVENT_TYPES = schemas.map((schema) => schema.shape.type.value);

/**
 * Any EHCP case event, told apart by `type`: what `POST /ehcp/events` accepts and what the bus
 * consumer reads from the envelope's `data`. An unknown `type` is refused naming the field.
 */
export const EhcpCaseEventSchema = z.discriminatedUnion('type', schemas, {
  error: (issue) =>
    issue.code === 'invalid_union' ? `type must be one of ${CASE_EVENT_TYPES.join(', ')}` : undefined,
});

/** Any EHCP case event. */
export type EhcpCaseEvent = z.infer<typeof EhcpCaseEventSchema>;

/** A case event of one `type`. */
export type CaseEventOfType<T extends EhcpCaseEvent['type']> = Extract<EhcpCaseEvent, { type: T }>;

/** Any EHCP case event as it travels on the bus: the `{ metadata, data }` envelope. */
export const EhcpCaseEventEnvelopeSchema = envelopeOf(EhcpCaseEventSchema);

/** An EHCP case event envelope. */
export type EhcpCaseEventEnvelope = z.infer<typeof EhcpCaseEventEnvelopeSchema>;

/**
 * Every EHCP case event contract, keyed by `type` (its fixture folder is `ehcp-<type>`). The bus
 * rule routes these detail-types from `ecc.education.ehcp`.
 */
export const EHCP_CASE_EVENTS = {
  'request-received': RequestReceivedEvent,
  'decision-to-assess': DecisionToAssessEvent,
  'advice-requested': AdviceRequestedEvent,
  'advice-received': AdviceReceivedEvent,
  'draft-plan-served': DraftPlanServedEvent,
  'final-plan-issued': FinalPlanIssuedEvent,
  'decision-not-to-issue': DecisionNotToIssueEvent,
  'exception-recorded': ExceptionRecordedEvent,
  'plan-made': PlanMadeEvent,
  'review-meeting-arranged': ReviewMeetingArrangedEvent,
  'review-meeting-held': ReviewMeetingHeldEvent,
  'review-report-received': ReviewReportReceivedEvent,
  'review-decision-issued': ReviewDecisionIssuedEvent,
  'amended-plan-issued': AmendedPlanIssuedEvent,
  'phase-transfer-due': PhaseTransferDueEvent,
  'case-closed': CaseClosedEvent,
} as const satisfies Record<EhcpCaseEvent['type'], unknown>;
