import type { IsoDate } from '#domain/shared/iso-date';
import type { CaseEventOfType, EhcpCaseEvent } from '#events/ehcp/case-event';

type CommonField = 'type' | 'eventId' | 'caseRef' | 'caseOfficer' | 'quadrant' | 'childInitials' | 'date';

/** The fields an event of `type` has beyond the common ones. */
export type OwnFields<T extends EhcpCaseEvent['type']> = Omit<CaseEventOfType<T>, CommonField>;

/** The common fields a case's events share, overridable per case or per event. */
export type CaseIdentity = Pick<EhcpCaseEvent, 'caseRef' | 'caseOfficer' | 'quadrant' | 'childInitials'>;

/** An invented case: reference, officer at example.gov.uk, quadrant and initials. */
export const INVENTED_CASE: CaseIdentity = {
  caseRef: 'EHC-2025-0001',
  caseOfficer: { name: 'Sam Example', email: 'sam.example@example.gov.uk' },
  quadrant: 'mid',
  childInitials: 'AB',
};

/**
 * Writes the events of one invented case: `story.event('decision-to-assess', '2025-04-11',
 * { decision: 'assess' })`. Event ids are numbered in the order they are written.
 */
export const caseStory = (identity: Partial<CaseIdentity> = {}) => {
  const who = { ...INVENTED_CASE, ...identity };
  let n = 0;
  const event = <T extends EhcpCaseEvent['type']>(
    type: T,
    date: IsoDate,
    ...[own, overrides]: Record<never, never> extends OwnFields<T>
      ? [own?: OwnFields<T>, overrides?: Partial<CaseIdentity>]
      : [own: OwnFields<T>, overrides?: Partial<CaseIdentity>]
  ): CaseEventOfType<T> =>
    ({
      type,
      eventId: `${who.caseRef}-EV-${String(++n).padStart(3, '0')}`,
      ...who,
      ...overrides,
      date,
      ...own,
    }) as unknown as CaseEventOfType<T>;
  return {
    event,
    request: (date: IsoDate) =>
      event('request-received', date, { requestedBy: 'parent', receivedVia: 'email' }),
    assess: (date: IsoDate) => event('decision-to-assess', date, { decision: 'assess' }),
    adviceRequested: (date: IsoDate, adviceId: string, from: OwnFields<'advice-requested'>['from']) =>
      event('advice-requested', date, { adviceId, from }),
    draft: (date: IsoDate) => event('draft-plan-served', date, { method: 'email' }),
    finalPlan: (date: IsoDate) => event('final-plan-issued', date),
  };
};
