import { createHash, randomInt } from 'node:crypto';

// Crockford base32: no I, L, O or U, so a reference read out on the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The kinds of reference: `ASK` calendar asks, `CI` comms items, `BR` breach reports. */
export type ReferencePrefix = 'ASK' | 'CI' | 'BR';

/** A new reference such as `CI-7K3M9Q2XHD`: 50 random bits, not guessable. */
export const newReference = (prefix: ReferencePrefix): string => {
  let id = `${prefix}-`;
  for (let i = 0; i < 10; i++) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
};

/**
 * The reference a named submission always gets (50 bits of SHA-256 of its name): a submission
 * delivered twice (a bus event redelivered, a POST retried with the same `Idempotency-Key`)
 * names the same record, which the repository stores once.
 */
export const referenceFor = (prefix: ReferencePrefix, submission: string): string => {
  const digest = createHash('sha256').update(submission).digest();
  let bits = 0n;
  for (let i = 0; i < 7; i++) bits = (bits << 8n) | BigInt(digest[i]!);
  let id = `${prefix}-`;
  for (let i = 0; i < 10; i++) id += ALPHABET[Number((bits >> BigInt(51 - 5 * i)) & 31n)];
  return id;
};
