import { createHash, randomInt } from 'node:crypto';

// Crockford base32: no I, L, O or U, so a reference read out on the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new ask reference such as `ASK-7K3M9Q2XHD` (50 random bits). */
export const newAskId = (): string => {
  let id = 'ASK-';
  for (let i = 0; i < 10; i++) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
};

/**
 * The ask reference a submission always gets (50 bits of SHA-256 of its id): a submission
 * delivered twice (a bus event redelivered, a POST retried with the same `Idempotency-Key`)
 * names the same ask, which the repository records once.
 */
export const askIdFor = (submissionId: string): string => {
  const digest = createHash('sha256').update(submissionId).digest();
  let bits = 0n;
  for (let i = 0; i < 7; i++) bits = (bits << 8n) | BigInt(digest[i]!);
  let id = 'ASK-';
  for (let i = 0; i < 10; i++) id += ALPHABET[Number((bits >> BigInt(51 - 5 * i)) & 31n)];
  return id;
};
