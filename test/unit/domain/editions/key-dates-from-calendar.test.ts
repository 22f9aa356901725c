import { describe, expect, it } from 'vitest';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';
import { calendarKeyDates } from '#domain/editions/key-dates-from-calendar';

describe('Key dates from the calendar of asks', () => {
  it('gives the statutory asks of the coming weeks as key dates: the spring census day in January 2027', async () => {
    // prepare: no entered asks; the rules compute the census days.
    const keyDates = calendarKeyDates(ESSEX_CALENDAR_RULES, async () => []);

    // act
    const found = await keyDates.between('2027-01-18', '2027-02-14');

    // assert
    expect(found).toContainEqual(
      expect.objectContaining({
        start: '2027-01-21',
        statutory: true,
        title: expect.stringMatching(/census/i),
      }),
    );
    expect(found.every((k) => k.start <= '2027-02-14' && (k.end ?? k.start) >= '2027-01-18')).toBe(true);
  });

  it('reads an entered ask’s audience in the comms items’ words: middle is primary and secondary, a PRU is alternative provision', async () => {
    // prepare
    const entered = {
      source: 'entered',
      askId: 'ASK-0000000001',
      title: 'Attendance survey',
      kind: 'survey',
      criticality: 'normal',
      window: { type: 'all-day', start: '2027-01-25', end: '2027-02-05' },
      audience: { phases: ['middle'], schoolTypes: ['pupil-referral-unit', 'free-school'] },
      link: 'https://example.gov.uk/survey',
      owner: { team: 'Attendance', name: 'Pat Lee', email: 'attendance@example.gov.uk' },
      status: 'active',
      version: 1,
      sequence: 0,
      recordedAt: '2027-01-04T09:00:00.000Z',
    } as const;
    const keyDates = calendarKeyDates(ESSEX_CALENDAR_RULES, async () => [entered as never]);

    // act
    const [survey] = (await keyDates.between('2027-01-25', '2027-01-31')).filter(
      (k) => k.title === 'Attendance survey',
    );

    // assert
    expect(survey).toEqual({
      title: 'Attendance survey',
      start: '2027-01-25',
      end: '2027-02-05',
      statutory: false,
      phases: ['primary', 'secondary'],
      schoolTypes: ['alternative-provision', 'academy'],
      link: { text: 'About Attendance survey', url: 'https://example.gov.uk/survey' },
    });
  });
});
