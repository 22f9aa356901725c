import { describe, expect, it } from 'vitest';
import type { AskWindow, CalendarAsk } from '#domain/calendar/calendar-ask';
import { checkAsk, DEFAULT_CLASH_SETTINGS, movedTo } from '#domain/calendar/clashes';
import { computedAsksAround } from '#domain/calendar/computed-asks';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';
import { dayOfWeek, Weekday } from '#domain/shared/iso-date';
import { anEnteredAsk } from '#test/support/calendar-asks';

const calendar: CalendarAsk[] = computedAsksAround('2025-09-01', '2026-08-31', ESSEX_CALENDAR_RULES);
const survey = (window: AskWindow) => ({ window, criticality: 'normal' as const });
const week = (start: string, end: string): AskWindow => ({ type: 'all-day', start, end }) as AskWindow;

describe('clash detection', () => {
  it('reports a survey in the spring census week as a clash, with clear Monday-to-Friday weeks either side', () => {
    // prepare: Monday 12 to Friday 16 January 2026; spring census day is Thursday 15 January
    const ask = survey(week('2026-01-12', '2026-01-16'));

    // act
    const report = checkAsk(ask, calendar);

    // assert
    expect(report.clashes).toContainEqual({
      key: 'census-spring',
      title: 'School census day (spring)',
      start: '2026-01-15',
      end: '2026-01-15',
      overlapDays: 1,
    });
    expect(report.clashes.map((c) => 'key' in c && c.key).sort()).toEqual([
      'ap-census',
      'census-spring',
      'closing-primary',
      'early-years-census',
      'sen2-census',
    ]);
    expect(report.suggestions).toEqual([
      { start: '2026-01-05', end: '2026-01-09' },
      { start: '2026-01-26', end: '2026-01-30' },
    ]);
    expect(report.refused).toBe(false);
  });

  it('finds suggestions that clash with nothing and keep the shape of the ask', () => {
    // prepare
    const ask = survey(week('2026-01-12', '2026-01-16'));

    // act
    const { suggestions } = checkAsk(ask, calendar);

    // assert
    for (const suggestion of suggestions) {
      expect(checkAsk(survey(week(suggestion.start, suggestion.end)), calendar).clashes).toEqual([]);
      expect(dayOfWeek(suggestion.start)).toBe(Weekday.Monday);
      expect(dayOfWeek(suggestion.end)).toBe(Weekday.Friday);
    }
  });

  it('does not report a survey in a clear week', () => {
    // prepare: Monday 2 to Friday 6 February 2026: nothing statutory within two working days
    const ask = survey(week('2026-02-02', '2026-02-06'));

    // act
    const report = checkAsk(ask, calendar);

    // assert
    expect(report).toEqual({ clashes: [], suggestions: [], refused: false });
  });

  it('counts an ask within the buffer of working days as a clash with no days shared', () => {
    // prepare: Tuesday 13 January 2026, two working days before the census day
    const ask = survey(week('2026-01-13', '2026-01-13'));

    // act
    const withBuffer = checkAsk(ask, calendar);
    const withoutBuffer = checkAsk(ask, calendar, { ...DEFAULT_CLASH_SETTINGS, bufferWorkingDays: 0 });

    // assert
    expect(withBuffer.clashes.find((c) => 'key' in c && c.key === 'census-spring')?.overlapDays).toBe(0);
    expect(withoutBuffer.clashes).toEqual([]);
  });

  it('counts the working days of the buffer across a weekend', () => {
    // prepare: Monday 19 January 2026 is two working days after Thursday 15th; Tuesday 20th is three
    const monday = checkAsk(survey(week('2026-01-19', '2026-01-19')), calendar);
    const tuesday = checkAsk(survey(week('2026-01-20', '2026-01-20')), calendar);

    // assert
    expect(monday.clashes.map((c) => c.title)).toContain('School census day (spring)');
    expect(tuesday.clashes).toEqual([]);
  });

  it('never reports a statutory ask as a clash', () => {
    // prepare
    const ask = { window: week('2026-01-12', '2026-01-16'), criticality: 'statutory' as const };

    // act
    const report = checkAsk(ask, calendar);

    // assert
    expect(report.clashes).toEqual([]);
  });

  it('checks a high-criticality ask too: only statutory asks are exempt', () => {
    // prepare
    const ask = { window: week('2026-01-15', '2026-01-15'), criticality: 'high' as const };

    // act
    const report = checkAsk(ask, calendar);

    // assert
    expect(report.clashes.length).toBeGreaterThan(0);
  });

  it('refuses a clashing ask under the refuse policy, with the same clashes and suggestions', () => {
    // prepare
    const ask = survey(week('2026-01-12', '2026-01-16'));

    // act
    const warned = checkAsk(ask, calendar);
    const refused = checkAsk(ask, calendar, { ...DEFAULT_CLASH_SETTINGS, policy: 'refuse' });

    // assert
    expect(refused.refused).toBe(true);
    expect(refused.clashes).toEqual(warned.clashes);
    expect(refused.suggestions).toEqual(warned.suggestions);
  });

  it('checks against entered statutory asks, naming them by askId, and never against the ask itself', () => {
    // prepare
    const dfeReturn = anEnteredAsk({
      askId: 'ASK-DFE0000001',
      title: 'DfE one-off return',
      kind: 'statutory-return',
      criticality: 'statutory',
      window: { type: 'all-day', start: '2026-02-04', end: '2026-02-04' },
    });
    const withDfe = [...calendar, dfeReturn];
    const ask = survey(week('2026-02-02', '2026-02-06'));

    // act
    const report = checkAsk(ask, withDfe);
    const itself = checkAsk({ ...ask, criticality: 'normal', askId: 'ASK-DFE0000001' }, withDfe);

    // assert
    expect(report.clashes).toEqual([
      {
        askId: 'ASK-DFE0000001',
        title: 'DfE one-off return',
        start: '2026-02-04',
        end: '2026-02-04',
        overlapDays: 1,
      },
    ]);
    expect(itself.clashes).toEqual([]);
  });

  it('ignores cancelled statutory asks', () => {
    // prepare
    const cancelled = anEnteredAsk({
      criticality: 'statutory',
      status: 'cancelled',
      window: { type: 'all-day', start: '2026-02-04', end: '2026-02-04' },
    });

    // act
    const report = checkAsk(survey(week('2026-02-02', '2026-02-06')), [...calendar, cancelled]);

    // assert
    expect(report.clashes).toEqual([]);
  });

  it('treats a timed ask as its day and suggests other working days at the same times', () => {
    // prepare: a briefing at 15:30 on the spring census day
    const window: AskWindow = { type: 'timed', date: '2026-01-15', startTime: '15:30', endTime: '16:30' };

    // act
    const report = checkAsk(survey(window), calendar);

    // assert
    expect(report.clashes.find((c) => c.title === 'School census day (spring)')?.overlapDays).toBe(1);
    expect(report.suggestions).toEqual([
      { start: '2026-01-12', end: '2026-01-12' },
      { start: '2026-01-20', end: '2026-01-20' },
    ]);
    expect(movedTo(window, report.suggestions[0]!)).toEqual({ ...window, date: '2026-01-12' });
  });

  it('offers a Saturday event other Saturdays, and a fortnight other fortnights of the same weekdays', () => {
    // prepare: the spring census buffer runs Tuesday 13 to Monday 19 January 2026, so
    // Saturday 17th is inside it
    const saturday: AskWindow = { type: 'all-day', start: '2026-01-17', end: '2026-01-17' };
    const fortnight = week('2026-01-05', '2026-01-16'); // Monday 5 to Friday 16 January

    // act
    const onSaturday = checkAsk(survey(saturday), calendar);
    const overFortnight = checkAsk(survey(fortnight), calendar);

    // assert
    expect(onSaturday.clashes.length).toBeGreaterThan(0);
    expect(onSaturday.suggestions.map((s) => dayOfWeek(s.start))).toEqual([
      Weekday.Saturday,
      Weekday.Saturday,
    ]);
    expect(overFortnight.suggestions.length).toBeGreaterThan(0);
    for (const s of overFortnight.suggestions) {
      expect(dayOfWeek(s.start)).toBe(Weekday.Monday);
      expect(dayOfWeek(s.end)).toBe(Weekday.Friday);
      expect(checkAsk(survey(week(s.start, s.end)), calendar).clashes).toEqual([]);
    }
  });

  it('suggests nothing in the past', () => {
    // prepare
    const ask = survey(week('2026-01-12', '2026-01-16'));

    // act
    const report = checkAsk(ask, calendar, DEFAULT_CLASH_SETTINGS, '2026-01-10');

    // assert
    expect(report.suggestions).toEqual([{ start: '2026-01-26', end: '2026-01-30' }]);
  });

  it('reports the days an ask shares with a long statutory window', () => {
    // prepare: a survey over the first three days of the multiplication tables check (1-12 June 2026)
    const ask = survey(week('2026-05-30', '2026-06-03'));

    // act
    const report = checkAsk(ask, calendar);

    // assert
    expect(
      report.clashes.find((c) => 'key' in c && c.key === 'multiplication-tables-check')?.overlapDays,
    ).toBe(3);
  });

  it.each([
    {
      setting: { bufferWorkingDays: -1 },
      message: 'bufferWorkingDays must be a whole number from 0 to 20, got -1',
    },
    { setting: { policy: 'ignore' }, message: 'policy must be warn or refuse, got "ignore"' },
    { setting: { searchDays: 0 }, message: 'searchDays must be a whole number from 1 to 366, got 0' },
  ])('refuses bad settings, naming the setting ($message)', ({ setting, message }) => {
    // act
    const check = () =>
      checkAsk(survey(week('2026-02-02', '2026-02-06')), calendar, {
        ...DEFAULT_CLASH_SETTINGS,
        ...(setting as object),
      });

    // assert
    expect(check).toThrow(message);
  });
});
