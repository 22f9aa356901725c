import { describe, expect, it } from 'vitest';
import { carryForwardSetting } from '#functions/commons/offer';

describe('the carry-forward setting (PRICE_LIST_CARRY_FORWARD)', () => {
  it('is off when unset, empty or false', () => {
    expect(carryForwardSetting(undefined)).toEqual({ families: [] });
    expect(carryForwardSetting('')).toEqual({ families: [] });
    expect(carryForwardSetting('false')).toEqual({ families: [] });
  });

  it('carries both families forward when true (the default setting)', () => {
    expect(carryForwardSetting('true')).toEqual({ families: ['school-improvement', 'statutory-assessment'] });
  });

  it('reads a comma-separated list of families', () => {
    expect(carryForwardSetting('school-improvement, statutory-assessment')).toEqual({
      families: ['school-improvement', 'statutory-assessment'],
    });
  });

  it('fails naming the setting and the bad value, and never carries events', () => {
    expect(() => carryForwardSetting('school-improvement,events')).toThrow(
      'PRICE_LIST_CARRY_FORWARD names "events": it may be true, false or list school-improvement, statutory-assessment',
    );
  });
});
