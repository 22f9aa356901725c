import { describe, expect, it } from 'vitest';
import { summaryWeekDueOn } from '#domain/ehcp/send-weekly-summary';

describe('the day the weekly EHCP summary goes out', () => {
  it.each([
    ['an ordinary Monday', '2025-04-07', '2025-04-07'],
    ['the Tuesday after Easter Monday', '2025-04-22', '2025-04-21'],
    ['the Tuesday after the early May bank holiday', '2025-05-06', '2025-05-05'],
  ])('sends it on %s, for the week beginning that Monday', (_, today, week) => {
    expect(summaryWeekDueOn(today as `${number}-${number}-${number}`)).toBe(week);
  });

  it.each([
    ['Easter Monday itself', '2025-04-21'],
    ['an ordinary Tuesday', '2025-04-08'],
    ['a Friday', '2025-04-11'],
  ])('sends nothing on %s', (_, today) => {
    expect(summaryWeekDueOn(today as `${number}-${number}-${number}`)).toBeUndefined();
  });
});
