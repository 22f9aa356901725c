import * as z from 'zod';
import { isEditionDate } from '#domain/editions/edition-schedule';

/** An edition named in a path: a Monday written YYYY-MM-DD. */
export const EditionDateSchema = z
  .string({ error: 'date is required' })
  .refine(isEditionDate, 'date must be a Monday written YYYY-MM-DD (editions are named by their Monday)');
