import { describe, expect, it } from 'vitest';
import { priceBandOf } from '#domain/schools/price-band';

const school = (la: string, type: string, group: string) => ({
  la: { code: la, name: '' },
  establishmentType: { code: type, name: '' },
  typeGroup: { code: group, name: '' },
});

describe('price band from the school record (DOMAIN.md §3)', () => {
  it.each([
    ['01', '4', 'community school'],
    ['02', '4', 'voluntary aided school'],
    ['03', '4', 'voluntary controlled school'],
    ['05', '4', 'foundation school'],
    ['07', '5', 'community special school'],
    ['12', '5', 'foundation special school'],
    ['14', '4', 'pupil referral unit'],
    ['15', '4', 'LA nursery school'],
  ])('an Essex school of type %s (group %s, %s) is Essex maintained', (type, group) => {
    expect(priceBandOf(school('881', type, group))).toBe('essex-maintained');
  });

  it('reads type codes with or without the leading zero GIAS may give them', () => {
    expect(priceBandOf(school('881', '2', '4'))).toBe('essex-maintained');
    expect(priceBandOf(school('881', '02', '4'))).toBe('essex-maintained');
    expect(priceBandOf(school('881', '007', '05'))).toBe('essex-maintained');
  });

  it.each([
    ['34', '10', 'academy converter'],
    ['28', '10', 'academy sponsor led'],
    ['44', '10', 'academy special converter'],
    ['35', '11', 'free school'],
    ['39', '11', 'free school 16 to 19'],
    ['40', '11', 'university technical college'],
  ])('an Essex school of type %s in group %s (%s) is an Essex academy', (type, group) => {
    expect(priceBandOf(school('881', type, group))).toBe('essex-academy');
  });

  it.each([
    ['882', '01', '4', 'a Southend community school'],
    ['883', '34', '10', 'a Thurrock academy'],
    ['919', '02', '4', 'a Hertfordshire voluntary aided school'],
  ])('LA %s (type %s, group %s: %s) is another council, so outside Essex', (la, type, group) => {
    expect(priceBandOf(school(la, type, group))).toBe('outside-essex');
  });

  it.each([
    ['11', '3', 'an independent school'],
    ['10', '3', 'an independent special school'],
    ['08', '5', 'a non-maintained special school'],
    ['18', '1', 'a further education college'],
  ])(
    'an Essex school neither maintained nor academy (type %s, group %s: %s) pays the outside-Essex rate',
    (type, group) => {
      expect(priceBandOf(school('881', type, group))).toBe('outside-essex');
    },
  );
});
