import { describe, expect, it } from 'vitest';
import { asksLandingIn } from '#domain/calendar/asks-landing-in';
import { computedAsksFor } from '#domain/calendar/computed-asks';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';
import { weekLoad } from '#domain/calendar/week-load';
import { academicYearStarting } from '#domain/shared/academic-year';
import { anEnteredAsk } from '#test/support/calendar-asks';

const computed = computedAsksFor(academicYearStarting(2025), ESSEX_CALENDAR_RULES);
const name = (ask: { source: string; key?: string; askId?: string }) =>
  ask.source === 'computed' ? ask.key : ask.askId;

describe('asks landing in a range', () => {
  it('gives the computed and entered asks touching the range, in date order, cancelled ones left out', () => {
    // prepare
    const briefing = anEnteredAsk({
      askId: 'ASK-BRIEF00001',
      window: { type: 'timed', date: '2026-01-14', startTime: '15:30', endTime: '16:30' },
    });
    const cancelled = anEnteredAsk({
      askId: 'ASK-CANCEL0001',
      status: 'cancelled',
      window: { type: 'all-day', start: '2026-01-13', end: '2026-01-13' },
    });
    const later = anEnteredAsk({ askId: 'ASK-LATER00001' });

    // act
    const landing = asksLandingIn(
      { computed, entered: [later, cancelled, briefing] },
      { from: '2026-01-12', to: '2026-01-18' },
    );

    // assert
    expect(landing.map(name)).toEqual([
      'ASK-BRIEF00001',
      'ap-census',
      'early-years-census',
      'closing-primary',
      'sen2-census',
      'census-spring',
    ]);
  });

  it('includes an ask that began before the range and is still open', () => {
    // act
    const landing = asksLandingIn({ computed, entered: [] }, { from: '2026-06-01', to: '2026-06-01' });

    // assert
    expect(landing.map(name)).toEqual(['budget-submission', 'multiplication-tables-check']);
  });

  it('includes asks on both end days', () => {
    // act
    const landing = asksLandingIn({ computed, entered: [] }, { from: '2025-10-02', to: '2025-10-29' });

    // assert
    expect(landing.map(name)).toEqual(['census-autumn', 'census-autumn-return']);
  });

  it('refuses a range that ends before it starts, naming the field', () => {
    expect(() => asksLandingIn({ computed, entered: [] }, { from: '2026-01-18', to: '2026-01-12' })).toThrow(
      'to must be on or after from',
    );
    expect(() => asksLandingIn({ computed, entered: [] }, { from: '2026-13-01', to: '2026-01-12' })).toThrow(
      /^from must be a real calendar date/,
    );
  });
});

describe('the week load view', () => {
  it('counts the asks landing on schools in each Monday-to-Sunday week from the week of the date given', () => {
    // prepare
    const survey = anEnteredAsk({
      askId: 'ASK-SURVEY0001',
      window: { type: 'all-day', start: '2026-01-16', end: '2026-01-20' }, // Friday to Tuesday
    });

    // act
    const weeks = weekLoad({ computed, entered: [survey] }, { from: '2026-01-14', weeks: 3 });

    // assert
    expect(weeks.map((w) => [w.weekStart, w.weekEnd, w.count, w.statutoryCount])).toEqual([
      ['2026-01-12', '2026-01-18', 6, 5],
      ['2026-01-19', '2026-01-25', 1, 0],
      ['2026-01-26', '2026-02-01', 0, 0],
    ]);
    expect(weeks[1]?.asks.map(name)).toEqual(['ASK-SURVEY0001']);
  });

  it('refuses a number of weeks outside 1 to 60, naming it', () => {
    expect(() => weekLoad({ computed, entered: [] }, { from: '2026-01-14', weeks: 0 })).toThrow(
      'weeks must be a whole number from 1 to 60, got 0',
    );
  });
});
