import { randomInt } from 'node:crypto';

// Crockford base32: no I, L, O or U, so a reference read out on the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new reference such as `CI-7K3M9Q2XHD` (`CI` items, `BR` breach reports): 50 random bits, not guessable. */
export const newReference = (prefix: 'CI' | 'BR'): string => {
  let id = `${prefix}-`;
  for (let i = 0; i < 10; i++) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
};
