import * as z from 'zod';

/**
 * The four SEND Operations quadrants of Essex. Codes are stable identifiers (used in URLs and
 * configuration); labels are the council's names for them.
 */
export const QUADRANTS = {
  'north-east': 'North East',
  mid: 'Mid',
  south: 'South',
  west: 'West',
} as const;

/** A quadrant code from {@link QUADRANTS}. */
export type Quadrant = keyof typeof QUADRANTS;

/** Every quadrant code, in the order the council lists them. */
export const QUADRANT_CODES = Object.keys(QUADRANTS) as [Quadrant, ...Quadrant[]];

/** A quadrant code; the message lists the accepted ones. */
export const QuadrantSchema = z.enum(QUADRANT_CODES, {
  error: `quadrant must be one of ${QUADRANT_CODES.join(', ')}`,
});
