import { randomInt } from 'node:crypto';

// Crockford base32: no I, L, O or U, so a reference read out on the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new booking reference such as `BK-7K3M9Q2XHD` (50 random bits: not guessable). */
export const newBookingId = (): string => {
  let id = 'BK-';
  for (let i = 0; i < 10; i++) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
};
