import { describe, expect, it } from 'vitest';
import { formatPence, percentOf } from '#domain/shared/money';

describe('money in integer pence', () => {
  it.each([0, 5, 99, 100, 32_500, 124_000, 266_760, 123_456_789, -11_700, -5])(
    'formats %i pence exactly as Intl formats pounds sterling in en-GB',
    (pence) => {
      // prepare
      const intl = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

      // act
      const formatted = formatPence(pence);

      // assert
      expect(formatted).toBe(intl.format(pence / 100));
    },
  );

  it('refuses fractions of a penny', () => {
    expect(() => formatPence(10.5)).toThrow(RangeError);
  });

  it('rounds a percentage half up to the penny', () => {
    expect(percentOf(292_500, 5)).toBe(14_625);
    expect(percentOf(55_575, 20)).toBe(11_115);
    expect(percentOf(1_005, 5)).toBe(50); // 50.25
    expect(percentOf(1_010, 5)).toBe(51); // 50.5
  });
});
