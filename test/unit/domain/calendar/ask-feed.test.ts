import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { askFeed, uidOf } from '#domain/calendar/ask-feed';
import type { CalendarAsk } from '#domain/calendar/calendar-ask';
import { computedAsksFor } from '#domain/calendar/computed-asks';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';
import { LONDON_VTIMEZONE } from '#domain/calendar/london-vtimezone';
import { academicYearStarting } from '#domain/shared/academic-year';
import { anEnteredAsk } from '#test/support/calendar-asks';

const generatedAt = new Date('2025-10-20T08:00:00.000Z');
const computed = computedAsksFor(academicYearStarting(2025), ESSEX_CALENDAR_RULES);

const briefing = (askId: string, date: string, startTime = '09:30', endTime = '11:00') =>
  anEnteredAsk({
    askId,
    title: `Headteachers' briefing, ${date}; admissions`,
    kind: 'training',
    criticality: 'high',
    window: { type: 'timed', date, startTime, endTime } as CalendarAsk['window'],
  });

/** The feed parsed by ical.js (an independent parser), its own VTIMEZONEs registered. */
const parse = (feed: string) => {
  const calendar = new ICAL.Component(ICAL.parse(feed));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, events, byUid: new Map(events.map((event) => [event.uid, event])) };
};

describe('the iCalendar feed of asks', () => {
  afterEach(() => {
    ICAL.TimezoneService.reset();
  });

  it('publishes a calendar that an independent parser reads, one event per ask', () => {
    // prepare
    const asks = [...computed, briefing('ASK-BRIEF00001', '2025-10-27')];

    // act
    const { calendar, events } = parse(askFeed(asks, { generatedAt }));

    // assert
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Essex County Council//Asks of schools//EN');
    expect(events.map((e) => e.uid).sort()).toEqual(asks.map(uidOf).sort());
    expect(
      events.every(
        (e) => e.component.getFirstPropertyValue('dtstamp')?.toString() === '2025-10-20T08:00:00Z',
      ),
    ).toBe(true);
  });

  it('gives computed asks a UID of key and academic year, and entered asks their askId', () => {
    // prepare
    const asks = [computed[0]!, briefing('ASK-BRIEF00001', '2025-10-27')];

    // act
    const { events } = parse(askFeed(asks, { generatedAt }));

    // assert
    expect(events.map((e) => e.uid)).toEqual([
      'census-autumn-2025-26@asks-of-schools.ecc-education',
      'ASK-BRIEF00001@asks-of-schools.ecc-education',
    ]);
  });

  it('writes all-day asks as dates with an exclusive end', () => {
    // prepare
    const census = computed.find((a) => a.key === 'census-autumn')!;
    const ks2 = computed.find((a) => a.key === 'ks2-tests')!;

    // act
    const { byUid } = parse(askFeed([census, ks2], { generatedAt }));
    const censusEvent = byUid.get(uidOf(census))!;
    const ks2Event = byUid.get(uidOf(ks2))!;

    // assert
    expect(censusEvent.startDate.isDate).toBe(true);
    expect([censusEvent.startDate.toString(), censusEvent.endDate.toString()]).toEqual([
      '2025-10-02',
      '2025-10-03',
    ]);
    expect([ks2Event.startDate.toString(), ks2Event.endDate.toString()]).toEqual([
      '2026-05-11',
      '2026-05-15',
    ]);
    expect(censusEvent.summary).toBe('School census day (autumn)');
  });

  it('keeps London wall-clock times across the October and March clock changes', () => {
    // prepare: 09:30 on Friday 24 October 2025 (BST), Monday 27 October 2025 (GMT) and
    // Monday 30 March 2026 (BST again)
    const asks = [
      briefing('ASK-BST0000001', '2025-10-24'),
      briefing('ASK-GMT0000001', '2025-10-27'),
      briefing('ASK-BST0000002', '2026-03-30'),
    ];

    // act
    const { byUid } = parse(askFeed(asks, { generatedAt }));
    const utc = (askId: string) => {
      const event = byUid.get(`${askId}@asks-of-schools.ecc-education`)!;
      return [event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()];
    };

    // assert
    expect(byUid.get('ASK-BST0000001@asks-of-schools.ecc-education')?.startDate.zone?.tzid).toBe(
      'Europe/London',
    );
    expect(utc('ASK-BST0000001')).toEqual(['2025-10-24T08:30:00.000Z', '2025-10-24T10:00:00.000Z']);
    expect(utc('ASK-GMT0000001')).toEqual(['2025-10-27T09:30:00.000Z', '2025-10-27T11:00:00.000Z']);
    expect(utc('ASK-BST0000002')).toEqual(['2026-03-30T08:30:00.000Z', '2026-03-30T10:00:00.000Z']);
  });

  it('writes timed events with TZID=Europe/London and its VTIMEZONE, the same whatever the server time zone', () => {
    // prepare
    const asks = [briefing('ASK-GMT0000001', '2025-10-27')];
    const original = process.env.TZ;

    // act
    process.env.TZ = 'America/New_York';
    const inNewYork = askFeed(asks, { generatedAt });
    process.env.TZ = 'Asia/Tokyo';
    const inTokyo = askFeed(asks, { generatedAt });
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;

    // assert
    expect(inNewYork).toBe(inTokyo);
    expect(inNewYork).toContain('\r\nDTSTART;TZID=Europe/London:20251027T093000\r\n');
    expect(inNewYork).toContain(`\r\n${LONDON_VTIMEZONE}\r\n`);
    expect(inNewYork.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
  });

  it('bumps SEQUENCE with each version of an entered ask and with an override of a computed one', () => {
    // prepare
    const edited = anEnteredAsk({ askId: 'ASK-EDITED0001', version: 3 });
    const [moved] = computedAsksFor(academicYearStarting(2025), {
      ...ESSEX_CALENDAR_RULES,
      overrides: [
        {
          key: 'census-autumn',
          academicYear: '2025/26',
          start: '2025-10-09',
          reason: 'DfE moved it',
          revision: 1,
        },
      ],
    });

    // act
    const { byUid } = parse(askFeed([edited, moved!], { generatedAt }));

    // assert
    expect(byUid.get(uidOf(edited))?.sequence).toBe(2);
    expect(byUid.get(uidOf(moved!))?.sequence).toBe(1);
    expect(byUid.get(uidOf(moved!))?.description).toContain('Date changed: DfE moved it');
  });

  it('keeps a cancelled ask as CANCELLED so subscribers remove it', () => {
    // prepare
    const cancelled = anEnteredAsk({ askId: 'ASK-CANCEL0001', status: 'cancelled', version: 2 });

    // act
    const { byUid } = parse(askFeed([cancelled], { generatedAt }));
    const event = byUid.get(uidOf(cancelled))!;

    // assert
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.sequence).toBe(1);
  });

  it('reads titles with commas and semicolons back as written, and writes no one’s name or email', () => {
    // prepare
    const ask = briefing('ASK-BRIEF00001', '2025-10-27');

    // act
    const feed = askFeed([ask], { generatedAt });
    const { events } = parse(feed);

    // assert
    expect(events[0]?.summary).toBe("Headteachers' briefing, 2025-10-27; admissions");
    expect(events[0]?.description).toContain('Owner: Public Health (Children and Young People)');
    expect(events[0]?.description).toContain('Phases: primary, secondary');
    const census = parse(askFeed([computed[0]!], { generatedAt })).events[0];
    expect(census?.description).toContain(
      'Schools: LA maintained schools, academies, free schools, special schools, pupil referral units',
    );
    expect(feed).not.toContain(ask.owner.contact.name);
    expect(feed).not.toContain(ask.owner.contact.email);
  });
});

describe('the London VTIMEZONE', () => {
  it('is the definition @touch4it/ical-timezones ships for Europe/London', () => {
    // prepare
    const shipped = getVtimezoneComponent('Europe/London');

    // act
    const lines = (text: string) => text.trim().split(/\r?\n/);

    // assert
    expect(lines(LONDON_VTIMEZONE)).toEqual(lines(shipped ?? ''));
  });
});
