import * as z from 'zod';

/** A DfE unique reference number (URN) as the directory keys schools: digits, e.g. "100000". */
export const SchoolUrnSchema = z
  .string({ error: 'urn is required' })
  .regex(/^\d{1,9}$/, 'urn must be a DfE unique reference number (digits, e.g. 100000)');
