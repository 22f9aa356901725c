import * as z from 'zod';
import { plainText } from './plain-text.ts';

/*
 * The pieces an ask is built from, shared by the ask form (ask-request.ts), its window
 * (ask-window.ts) and its owner (ask-owner.ts). Constants and functions only: no schema is
 * built at import.
 */

/** Caps on what an ask may carry, so a stored ask, an event and a feed line stay small. */
export const ASK_LIMITS = {
  title: 200,
  description: 2000,
  team: 120,
  name: 120,
  email: 254,
  link: 2000,
} as const;

/** "title is required" when absent, "title must be text" when of the wrong type. */
export const text = (label: string) =>
  z.string({
    error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`),
  });

/** Plain text with something in it, at most `max` characters after trimming, no control characters. */
export const words = (label: string, max: number, options: { multiline?: boolean } = {}) =>
  plainText(label, max, options).min(1, `${label} is required`);

/** An object field with a plain message when it is missing altogether. */
export const group = <T extends z.ZodRawShape>(label: string, shape: T) =>
  z.object(shape, {
    error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be an object`),
  });
