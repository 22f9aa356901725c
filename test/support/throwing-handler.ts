import * as z from 'zod';

const Request = z.object({ days: z.number() });

/** Fails inside our own code after zod (a dependency) has run: a bug as a stack trace should show it. */
const halfDays = (days: number): number => {
  if (days > 0) throw new RangeError('half days cannot be counted here (a deliberate failure)');
  return days * 2;
};

/** A handler that always throws on a valid request, for the stack-trace test. */
export const handler = async (event: unknown): Promise<number> => halfDays(Request.parse(event).days);
