import { describe, expect, it } from 'vitest';
import { caseTimeline } from '#domain/ehcp/case-timeline';
import { sen2Measures } from '#domain/ehcp/sen2-measures';
import { englandNewPlansWithin20Weeks } from '#domain/ehcp/sen2-published-figures';
import type { IsoDate } from '#domain/shared/iso-date';
import type { Quadrant } from '#events/ehcp/quadrant';
import { caseStory } from '#test/support/ehcp-events';

/** A case requested on 3 March 2025 (plan due 21 July, decision due 14 April). */
const assessed = (
  caseRef: string,
  quadrant: Quadrant,
  { decidedOn, issuedOn, exception }: { decidedOn: IsoDate; issuedOn?: IsoDate; exception?: boolean },
) => {
  const story = caseStory({ caseRef, quadrant });
  const events = [
    story.request('2025-03-03'),
    story.assess(decidedOn),
    ...(exception
      ? [
          story.event('exception-recorded', '2025-05-02', {
            reason: 'exceptional-circumstances' as const,
            appliesTo: ['final-plan'],
            period: { from: '2025-04-28' },
            evidenceNote: 'Family circumstances recorded on the case file.',
          }),
        ]
      : []),
    ...(issuedOn ? [story.draft('2025-06-20'), story.finalPlan(issuedOn)] : []),
  ];
  return caseTimeline(events, '2025-12-31');
};

const cases = [
  assessed('EHC-A', 'mid', { decidedOn: '2025-04-14', issuedOn: '2025-07-21' }), // both in time
  assessed('EHC-B', 'mid', { decidedOn: '2025-04-15', issuedOn: '2025-07-22' }), // both late
  assessed('EHC-C', 'west', { decidedOn: '2025-04-11', issuedOn: '2025-09-01', exception: true }), // late, exception
  assessed('EHC-D', 'west', { decidedOn: '2025-04-11' }), // no plan yet
];

describe('SEN2 measures by calendar year', () => {
  it('counts new plans within 20 weeks with and without the exception cases, with the counts behind each share', () => {
    // act
    const { overall } = sen2Measures(cases, 2025);

    // assert
    expect(overall.newPlansWithin20Weeks).toEqual({
      includingExceptions: { within: 1, total: 3, percent: 33.3 },
      excludingExceptions: { within: 1, total: 2, percent: 50 },
    });
  });

  it('counts decisions whether to assess within 6 weeks', () => {
    // act
    const { overall } = sen2Measures(cases, 2025);

    // assert
    expect(overall.decisionsWithin6Weeks.includingExceptions).toEqual({ within: 3, total: 4, percent: 75 });
  });

  it('splits every measure by quadrant', () => {
    // act
    const { byQuadrant } = sen2Measures(cases, 2025);

    // assert
    expect(byQuadrant.mid.newPlansWithin20Weeks.excludingExceptions).toEqual({
      within: 1,
      total: 2,
      percent: 50,
    });
    expect(byQuadrant.west.newPlansWithin20Weeks).toEqual({
      includingExceptions: { within: 0, total: 1, percent: 0 },
      excludingExceptions: { within: 0, total: 0, percent: null },
    });
    expect(byQuadrant.south.decisionsWithin6Weeks.includingExceptions).toEqual({
      within: 0,
      total: 0,
      percent: null,
    });
  });

  it('counts plans in the calendar year they were issued, not the year requested', () => {
    // act
    const nextYear = sen2Measures(cases, 2026);

    // assert
    expect(nextYear.overall.newPlansWithin20Weeks.includingExceptions.total).toBe(0);
  });

  it('counts review decisions within 4 weeks of the meeting', () => {
    // prepare
    const review = (caseRef: string, decidedOn: IsoDate) => {
      const story = caseStory({ caseRef });
      return caseTimeline(
        [
          story.event('plan-made', '2024-06-03'),
          story.event('review-meeting-held', '2025-05-12'),
          story.event('review-decision-issued', decidedOn, { decision: 'maintain' }),
        ],
        '2025-12-31',
      );
    };

    // act
    const { overall } = sen2Measures([review('EHC-R1', '2025-06-09'), review('EHC-R2', '2025-06-10')], 2025);

    // assert
    expect(overall.reviewDecisionsWithin4Weeks).toEqual({ within: 1, total: 2, percent: 50 });
  });

  it('sets England beside the year: its own figure when published, else the latest before it', () => {
    // act
    const y2023 = sen2Measures([], 2023).england;
    const y2025 = sen2Measures([], 2025).england;
    const y2022 = englandNewPlansWithin20Weeks(2022);

    // assert
    expect(y2023).toEqual({ year: 2023, percent: 50.3 });
    expect(y2025).toEqual({ year: 2024, percent: 46.4 });
    expect(y2022).toBeUndefined();
  });
});
