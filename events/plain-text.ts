import * as z from 'zod';

// C0 and C1 control characters (tab, line feed and carriage return allowed only in
// `multiline` text), and the Unicode noncharacters U+FFFE and U+FFFF: none belongs in a name or
// a note, and SQS refuses a message that carries them (its allowed set is #x9 | #xA | #xD |
// #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF).
const CONTROL_IN_LINE = /[\p{Cc}\uFFFE\uFFFF]/u;
const CONTROL_IN_TEXT = /(?![\t\n\r])[\p{Cc}\uFFFE\uFFFF]/u;

/**
 * A free-text field as people type it: required with a plain message when missing, trimmed,
 * capped at `max` characters, and refused if it holds control characters or broken Unicode
 * (a lone surrogate), with a message naming the field. Every free-text field of every request
 * uses it, so nothing accepted at the edge can fail on a queue or in an email later.
 */
export const plainText = (label: string, max: number, options: { multiline?: boolean } = {}) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`),
    })
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine(
      (text) => text.isWellFormed() && !(options.multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).test(text),
      `${label} must be plain text, without control characters`,
    );
