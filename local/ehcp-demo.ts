import { addDays, type IsoDate } from '#domain/shared/iso-date';
import { londonDateOf, londonInstant } from '#domain/shared/london-time';
import { addWorkingDays } from '#domain/shared/working-days';
import type { EhcpCaseEvent } from '#events/ehcp/case-event';

const SAM = { name: 'Sam Example', email: 'sam.example@example.gov.uk' };
const ALEX = { name: 'Alex Sample', email: 'alex.sample@example.gov.uk' };
const JO = { name: 'Jo Bloggs', email: 'jo.bloggs@example.gov.uk' };

/**
 * A few invented EHCP cases, dated from `today` so that the next working morning's sweep has
 * something to say: Sam (Mid) has a decision due within days and one overdue (so the Mid
 * manager hears too), Alex (West) has an annual review coming, Jo (South) a draft plan out.
 */
export function demoEhcpEvents(today: IsoDate): EhcpCaseEvent[] {
  const stamp = today.replaceAll('-', '');
  const cases: EhcpCaseEvent[] = [];
  const add = (
    n: number,
    who: Pick<EhcpCaseEvent, 'caseOfficer' | 'quadrant' | 'childInitials'>,
    steps: [string, IsoDate, object?][],
  ) => {
    const caseRef = `EHC-DEMO-${stamp}-${n}`;
    for (const [i, [type, date, own]] of steps.entries())
      cases.push({ type, eventId: `${caseRef}-${i + 1}`, caseRef, ...who, date, ...own } as EhcpCaseEvent);
  };
  const dueSoon = addWorkingDays(addWorkingDays(today, 1), 2);
  add(1, { caseOfficer: SAM, quadrant: 'mid', childInitials: 'AB' }, [
    ['request-received', addDays(dueSoon, -42), { requestedBy: 'parent', receivedVia: 'online-form' }],
  ]);
  add(2, { caseOfficer: SAM, quadrant: 'mid', childInitials: 'CD' }, [
    ['request-received', addDays(today, -50), { requestedBy: 'school-or-college', receivedVia: 'email' }],
  ]);
  add(3, { caseOfficer: ALEX, quadrant: 'west', childInitials: 'EFG' }, [
    ['plan-made', addDays(today, -1000), { lastReviewedOn: addDays(today, -352) }],
  ]);
  add(4, { caseOfficer: JO, quadrant: 'south', childInitials: 'HJ' }, [
    ['request-received', addDays(today, -110), { requestedBy: 'parent', receivedVia: 'email' }],
    ['decision-to-assess', addDays(today, -75), { decision: 'assess' }],
    ['advice-requested', addDays(today, -70), { adviceId: 'EP-1', from: 'educational-psychologist' }],
    ['advice-received', addDays(today, -30), { adviceId: 'EP-1' }],
    ['draft-plan-served', addDays(today, -10), { method: 'email' }],
  ]);
  return cases;
}

/** Posts the demo cases to the running API; resolves with their references and when to move the clock for the reminders. */
export async function playEhcpDemo(
  apiUrl: string,
  now: Date,
): Promise<{ caseRefs: string[]; remindersAt: Date }> {
  const today = londonDateOf(now);
  const events = demoEhcpEvents(today);
  for (let i = 0; i < events.length; i += 10) {
    const response = await fetch(`${apiUrl}/ehcp/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: events.slice(i, i + 10) }),
    });
    if (response.status !== 202)
      throw new Error(`demo EHCP events were not accepted: ${response.status} ${await response.text()}`);
  }
  return {
    caseRefs: [...new Set(events.map((e) => e.caseRef))],
    remindersAt: londonInstant(addWorkingDays(today, 1), '07:00'),
  };
}
