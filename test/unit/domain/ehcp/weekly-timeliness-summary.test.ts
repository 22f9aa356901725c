import { describe, expect, it } from 'vitest';
import { caseTimeline } from '#domain/ehcp/case-timeline';
import { caseMilestones, type QuadrantManager } from '#domain/ehcp/reminder-selection';
import { sen2Measures } from '#domain/ehcp/sen2-measures';
import { weekCounts, weeklyTimelinessSummaryEmail } from '#domain/ehcp/weekly-timeliness-summary';
import type { Quadrant } from '#events/ehcp/quadrant';
import { caseStory } from '#test/support/ehcp-events';

const MANAGERS: Record<Quadrant, QuadrantManager> = {
  'north-east': { name: 'Nia Manager', email: 'ne.send.manager@example.gov.uk' },
  mid: { name: 'Morgan Manager', email: 'mid.send.manager@example.gov.uk' },
  south: { name: 'Sol Manager', email: 'south.send.manager@example.gov.uk' },
  west: { name: 'Wren Manager', email: 'west.send.manager@example.gov.uk' },
};
const DIRECTOR = { name: 'Director of Education', email: 'director.education@example.gov.uk' };

/** Monday 7 April 2025; the week runs to Sunday 13 April. */
const MONDAY = '2025-04-07';

const timelines = [
  // Mid: decision due Wednesday 9 April (this week).
  caseTimeline([caseStory({ caseRef: 'EHC-0001' }).request('2025-02-26')], MONDAY),
  // Mid: decision was due 31 March (overdue).
  caseTimeline([caseStory({ caseRef: 'EHC-0002' }).request('2025-02-17')], MONDAY),
  // South: decision due Sunday 13 April (this week, reminded on Friday).
  caseTimeline([caseStory({ caseRef: 'EHC-0003', quadrant: 'south' }).request('2025-03-02')], MONDAY),
  // South: decision due Monday 14 April (next week).
  caseTimeline([caseStory({ caseRef: 'EHC-0004', quadrant: 'south' }).request('2025-03-03')], MONDAY),
];
const open = timelines.flatMap(caseMilestones);

describe('the weekly timeliness summary', () => {
  it('counts open milestones due from Monday to Sunday and overdue, by quadrant and for Essex', () => {
    // act
    const counts = weekCounts(open, MONDAY);

    // assert
    expect(counts.essex).toEqual({ dueThisWeek: 2, overdue: 1 });
    expect(counts.byQuadrant).toEqual({
      'north-east': { dueThisWeek: 0, overdue: 0 },
      mid: { dueThisWeek: 1, overdue: 1 },
      south: { dueThisWeek: 1, overdue: 0 },
      west: { dueThisWeek: 0, overdue: 0 },
    });
    expect(counts.overdueByMilestone).toEqual([['Decision whether to assess', 1]]);
  });

  it('goes to the Director and the four quadrant managers, with the KPIs against England', () => {
    // prepare
    const kpis = sen2Measures(timelines, 2025);

    // act
    const email = weeklyTimelinessSummaryEmail(MONDAY, open, kpis, {
      director: DIRECTOR,
      quadrantManagers: MANAGERS,
    });

    // assert
    expect(email.to).toEqual([
      'director.education@example.gov.uk',
      'ne.send.manager@example.gov.uk',
      'mid.send.manager@example.gov.uk',
      'south.send.manager@example.gov.uk',
      'west.send.manager@example.gov.uk',
    ]);
    expect(email.subject).toBe('EHCP timeliness, week beginning Monday 7 April 2025');
    expect(email.text).toContain('Mid: 1 due this week, 1 overdue');
    expect(email.text).toContain('Essex: 2 due this week, 1 overdue');
    expect(email.text).toContain(
      'New plans within 20 weeks, excluding exceptions: none this year; England 46.4% (2024, the latest published)',
    );
  });

  it('names no case: counts only', () => {
    // act
    const email = weeklyTimelinessSummaryEmail(MONDAY, open, sen2Measures(timelines, 2025), {
      director: DIRECTOR,
      quadrantManagers: MANAGERS,
    });

    // assert
    expect(email.text).not.toMatch(/EHC-000\d/);
    expect(email.html).not.toMatch(/EHC-000\d/);
  });
});
