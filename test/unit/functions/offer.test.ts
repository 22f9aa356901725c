import { describe, expect, it } from 'vitest';
import { carryForwardSetting } from '#functions/commons/offer';

describe('the carry-forward setting (PRICE_LIST_CARRY_FORWARD)', () => {
  it('is off when unset or empty', () => {
    expect(carryForwardSetting(undefined)).toEqual({ families: [] });
    expect(carryForwardSetting('')).toEqual({ families: [] });
  });

  it('reads a comma-separated list of families', () => {
    expect(carryForwardSetting('school-improvement, statutory-assessment')).toEqual({
      families: ['school-improvement', 'statutory-assessment'],
    });
  });

  it('fails naming the setting and the bad value, and never carries events', () => {
    expect(() => carryForwardSetting('school-improvement,events')).toThrow(
      'PRICE_LIST_CARRY_FORWARD names "events": it may list school-improvement, statutory-assessment',
    );
  });
});
