// Every UTF-16 code unit SQS might refuse as written: surrogates (so characters beyond the
// Basic Multilingual Plane travel as \uXXXX escape pairs) and the noncharacters U+FFFE/U+FFFF.
const UNSAFE_FOR_SQS = /[\uD800-\uDFFF\uFFFE\uFFFF]/g;

/**
 * A value as the JSON body of an SQS message. JSON.stringify already escapes control
 * characters; this also escapes surrogates and noncharacters, so the body holds only characters
 * every SQS implementation accepts, and `JSON.parse` on the consumer's side gives back exactly
 * the value sent.
 */
export const toMessageBody = (value: unknown): string =>
  JSON.stringify(value).replace(
    UNSAFE_FOR_SQS,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
