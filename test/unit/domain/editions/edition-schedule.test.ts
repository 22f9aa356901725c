import { describe, expect, it } from 'vitest';
import {
  cutOffOf,
  DEFAULT_EDITION_SCHEDULE,
  describeCutOff,
  type EditionSchedule,
  editionFor,
  NotAnEditionDateError,
  parseEditionDate,
  parseEditionSchedule,
  sendInstantOf,
} from '#domain/editions/edition-schedule';
import { Weekday } from '#domain/shared/iso-date';

const at = (iso: string) => new Date(iso);

describe('which Monday an item goes out in (cut-off Thursday 12:00 London time)', () => {
  it.each([
    // GMT: London time is UTC. The edition of Monday 23 November 2026 closes 12:00 Thursday 19 November.
    ['a minute before the cut-off in winter', '2026-11-19T11:59:00Z', '2026-11-23'],
    ['a millisecond before the cut-off in winter', '2026-11-19T11:59:59.999Z', '2026-11-23'],
    ['exactly at the cut-off in winter', '2026-11-19T12:00:00Z', '2026-11-30'],
    ['on the Friday after the cut-off', '2026-11-20T09:00:00Z', '2026-11-30'],
    ['on the Sunday before the Monday', '2026-11-22T20:00:00Z', '2026-11-30'],
    ['on the Monday morning before the send', '2026-11-23T06:30:00Z', '2026-11-30'],
    ['on a Tuesday', '2026-11-24T10:00:00Z', '2026-11-30'],
    // BST: London is UTC+1, so 12:00 London is 11:00 UTC. The edition of Monday 22 June 2026.
    ['a minute before the cut-off in summer', '2026-06-18T10:59:00Z', '2026-06-22'],
    ['at 12:00 London in summer, which is 11:00 UTC', '2026-06-18T11:00:00Z', '2026-06-29'],
    [
      'at 11:30 UTC in summer, after the cut-off though before 12:00 UTC',
      '2026-06-18T11:30:00Z',
      '2026-06-29',
    ],
    // A Thursday evening UTC that is already Friday in London does not slip back a week.
    ['at 23:30 UTC on a summer Thursday, Friday 00:30 in London', '2026-06-18T23:30:00Z', '2026-06-29'],
  ])('an item submitted %s (%s) is in the edition of %s', (_, submittedAt, edition) => {
    // prepare
    const instant = at(submittedAt);

    // act
    const placed = editionFor(instant);

    // assert
    expect(placed).toBe(edition);
  });

  it('closes the edition after the October clock change on the BST Thursday before it', () => {
    // prepare: clocks go back on Sunday 25 October 2026; Thursday 22 October is still BST.

    // act
    const cutOff = cutOffOf('2026-10-26');
    const send = sendInstantOf('2026-10-26');

    // assert
    expect(cutOff.toISOString()).toBe('2026-10-22T11:00:00.000Z');
    expect(send.toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });

  it('sends at 07:00 London time on a BST Monday, 06:00 UTC, and on a GMT Monday, 07:00 UTC', () => {
    // prepare: clocks went forward on Sunday 29 March 2026.

    // act
    const sends = [sendInstantOf('2026-03-30'), sendInstantOf('2026-03-23')].map((d) => d.toISOString());

    // assert
    expect(sends).toEqual(['2026-03-30T06:00:00.000Z', '2026-03-23T07:00:00.000Z']);
  });

  it('follows a configured cut-off: Friday 09:00 takes a Friday 08:59 item into the coming Monday', () => {
    // prepare
    const schedule: EditionSchedule = {
      sendTime: '07:00',
      cutOff: { weekday: Weekday.Friday, time: '09:00' },
    };

    // act
    const editions = [
      editionFor(at('2026-11-20T08:59:00Z'), schedule),
      editionFor(at('2026-11-20T09:00:00Z'), schedule),
    ];

    // assert
    expect(editions).toEqual(['2026-11-23', '2026-11-30']);
  });

  it('reads a Monday cut-off before the send time as that same Monday, and one after it as the Monday before', () => {
    // prepare
    const early: EditionSchedule = { sendTime: '07:00', cutOff: { weekday: Weekday.Monday, time: '06:00' } };
    const late: EditionSchedule = { sendTime: '07:00', cutOff: { weekday: Weekday.Monday, time: '08:00' } };

    // act
    const cutOffs = [cutOffOf('2026-11-23', early), cutOffOf('2026-11-23', late)].map((d) => d.toISOString());
    const placed = [
      editionFor(at('2026-11-23T05:59:00Z'), early),
      editionFor(at('2026-11-23T05:59:00Z'), late),
    ];

    // assert
    expect(cutOffs).toEqual(['2026-11-23T06:00:00.000Z', '2026-11-16T08:00:00.000Z']);
    expect(placed).toEqual(['2026-11-23', '2026-11-30']);
  });

  it('says the cut-off as people read it', () => {
    // prepare
    const edition = '2026-06-22';

    // act
    const words = describeCutOff(edition);

    // assert
    expect(words).toBe('12:00 on Thursday 18 June 2026');
  });
});

describe('edition dates and schedule settings', () => {
  it('names an edition by its Monday and refuses any other day, naming it', () => {
    // prepare
    const tuesday = '2026-11-24';

    // act
    const read = () => parseEditionDate(tuesday);

    // assert
    expect(parseEditionDate('2026-11-23')).toBe('2026-11-23');
    expect(read).toThrow(NotAnEditionDateError);
    expect(read).toThrow('"2026-11-24" is not a Monday');
  });

  it('reads the schedule from settings, defaulting each one left out', () => {
    // prepare
    const settings = { cutOffDay: 'friday', cutOffTime: '' };

    // act
    const schedule = parseEditionSchedule(settings);

    // assert
    expect(schedule).toEqual({ sendTime: '07:00', cutOff: { weekday: Weekday.Friday, time: '12:00' } });
    expect(parseEditionSchedule({})).toEqual(DEFAULT_EDITION_SCHEDULE);
  });

  it.each([
    [{ sendTime: '7am' }, 'sendTime must be a 24-hour London time written HH:mm, got "7am"'],
    [{ cutOffTime: '24:00' }, 'cutOffTime must be a 24-hour London time written HH:mm, got "24:00"'],
    [{ cutOffDay: 'Thurs' }, 'cutOffDay must be a day of the week, e.g. Thursday, got "Thurs"'],
  ])('refuses the setting %j, naming it', (settings, message) => {
    // prepare: the settings above

    // act
    const read = () => parseEditionSchedule(settings);

    // assert
    expect(read).toThrow(message);
  });
});
