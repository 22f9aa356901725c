import { describe, expect, it } from 'vitest';
import { ukDateOf, ukLongDateOf } from '#domain/shared/uk-date';

// UK clocks: BST (UTC+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October; GMT (UTC+0) otherwise. In 2023 they went back on 29 October; in 2024
// they went forward on 31 March.
describe('ukDateOf', () => {
  it.each([
    {
      when: 'the last second of 19 October 2023 in BST',
      instant: '2023-10-19T22:59:59Z',
      date: '2023-10-19',
    },
    { when: 'midnight starting 20 October 2023 in BST', instant: '2023-10-19T23:00:00Z', date: '2023-10-20' },
    { when: '23:30 UTC on 19 October 2023 (00:30 BST)', instant: '2023-10-19T23:30:00Z', date: '2023-10-20' },
    {
      when: 'midnight starting 29 October 2023, still BST',
      instant: '2023-10-28T23:00:00Z',
      date: '2023-10-29',
    },
    {
      when: 'the last second of 29 October 2023, now GMT',
      instant: '2023-10-29T23:59:59Z',
      date: '2023-10-29',
    },
    { when: 'midnight starting 30 October 2023 in GMT', instant: '2023-10-30T00:00:00Z', date: '2023-10-30' },
    { when: 'the last second of 2023 in GMT', instant: '2023-12-31T23:59:59Z', date: '2023-12-31' },
    { when: 'midnight starting 2024 in GMT', instant: '2024-01-01T00:00:00Z', date: '2024-01-01' },
    {
      when: 'midnight starting 31 March 2024, still GMT',
      instant: '2024-03-31T00:00:00Z',
      date: '2024-03-31',
    },
    {
      when: 'the last second of 31 March 2024, now BST',
      instant: '2024-03-31T22:59:59Z',
      date: '2024-03-31',
    },
    { when: 'midnight starting 1 April 2024 in BST', instant: '2024-03-31T23:00:00Z', date: '2024-04-01' },
    {
      when: 'an instant written with a +01:00 offset',
      instant: '2023-10-20T00:30:00+01:00',
      date: '2023-10-20',
    },
  ])('gives $date for $when ($instant)', ({ instant, date }) => {
    // prepare
    const at = new Date(instant);

    // act
    const ukDate = ukDateOf(at);

    // assert
    expect(ukDate).toBe(date);
  });
});

describe('ukLongDateOf', () => {
  it.each([
    { instant: '2023-10-19T23:30:00Z', long: 'Friday 20 October 2023' },
    { instant: '2024-01-01T00:00:00Z', long: 'Monday 1 January 2024' },
  ])('reads $instant as $long', ({ instant, long }) => {
    // prepare
    const at = new Date(instant);

    // act
    const text = ukLongDateOf(at);

    // assert
    expect(text).toBe(long);
  });
});
