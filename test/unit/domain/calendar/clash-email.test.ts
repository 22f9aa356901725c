import { describe, expect, it } from 'vitest';
import { clashEmail } from '#domain/calendar/clash-email';
import { checkAsk, DEFAULT_CLASH_SETTINGS } from '#domain/calendar/clashes';
import { computedAsksAround } from '#domain/calendar/computed-asks';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';
import { anAskRequest } from '#test/support/calendar-asks';

const calendar = computedAsksAround('2025-09-01', '2026-08-31', ESSEX_CALENDAR_RULES);
const schoolsCommunications = {
  team: 'Schools Communications',
  email: 'schools.communications@example.gov.uk',
};
const ask = anAskRequest({ window: { type: 'all-day', start: '2026-01-12', end: '2026-01-16' } });
const report = checkAsk(ask, calendar);

describe('the clash email', () => {
  it('goes once to the owner and Schools Communications, replies to Schools Communications', () => {
    // act
    const email = clashEmail({
      ask: { ...ask, askId: 'ASK-M4Q8R2T6VW' },
      report,
      policy: 'warn',
      bufferWorkingDays: DEFAULT_CLASH_SETTINGS.bufferWorkingDays,
      schoolsCommunications,
    });

    // assert
    expect(email.to).toEqual(['sam.example@example.gov.uk', 'schools.communications@example.gov.uk']);
    expect(email.replyTo).toBe('schools.communications@example.gov.uk');
    expect(email.subject).toBe('Clash with statutory returns: Pupil wellbeing survey 2026');
  });

  it('explains the clash and offers the clear windows, in both parts', () => {
    // act
    const { text, html } = clashEmail({
      ask: { ...ask, askId: 'ASK-M4Q8R2T6VW' },
      report,
      policy: 'warn',
      bufferWorkingDays: 2,
      schoolsCommunications,
    });

    // assert
    expect(text).toContain('Dear Sam Example,');
    expect(text).toContain('When: Monday 12 January 2026 to Friday 16 January 2026');
    expect(text).toContain(
      '- School census day (spring): Thursday 15 January 2026 (your ask shares 1 day with it)',
    );
    expect(text).toContain('- Monday 5 January 2026 to Friday 9 January 2026');
    expect(text).toContain('- Monday 26 January 2026 to Friday 30 January 2026');
    expect(text).toContain('has been added to the calendar (reference ASK-M4Q8R2T6VW)');
    expect(html).toContain(
      '<li style="margin:0 0 8px 0;">Monday 26 January 2026 to Friday 30 January 2026</li>',
    );
    expect(html).toContain('href="mailto:schools.communications@example.gov.uk"');
  });

  it('says a refused ask was not added, and a buffer-only clash by how near it is', () => {
    // prepare: Tuesday 13 January 2026, two working days before the census day
    const near = anAskRequest({
      window: { type: 'timed', date: '2026-01-13', startTime: '15:30', endTime: '16:30' },
    });
    const nearReport = checkAsk(near, calendar, { ...DEFAULT_CLASH_SETTINGS, policy: 'refuse' });

    // act
    const { text } = clashEmail({
      ask: near,
      report: nearReport,
      policy: 'refuse',
      bufferWorkingDays: 2,
      schoolsCommunications,
    });

    // assert
    expect(text).toContain('When: Tuesday 13 January 2026, 15:30 to 16:30 (UK time)');
    expect(text).toContain(
      'School census day (spring): Thursday 15 January 2026 (your ask is within 2 working days of it)',
    );
    expect(text).toContain('Your ask has not been added to the calendar');
    expect(text).not.toContain('Reference:');
  });

  it('is not written for a report without clashes', () => {
    // prepare
    const clear = checkAsk(anAskRequest(), calendar);

    // act
    const write = () =>
      clashEmail({
        ask: anAskRequest(),
        report: clear,
        policy: 'warn',
        bufferWorkingDays: 2,
        schoolsCommunications,
      });

    // assert
    expect(write).toThrow('report.clashes must hold at least one clash');
  });
});
