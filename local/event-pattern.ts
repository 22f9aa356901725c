/**
 * Amazon EventBridge event-pattern matching for the local runtime.
 *
 * Follows the Amazon EventBridge User Guide pages "Amazon EventBridge event patterns", "Event pattern
 * syntax", "Comparison operators for use in event patterns" (formerly "Content filtering"), "Arrays in
 * event patterns" and "Matching null values and empty strings", plus the README of aws/event-ruler (the
 * open-source engine behind EventBridge) where the User Guide is terse. Where both are silent the choice
 * made here is stated in a comment marked "Docs are silent".
 *
 * Model: the pattern mirrors the event's structure. A pattern value that is an object descends into the
 * event; a pattern value that is an array is a leaf, a list of alternatives (OR). Every field named at a
 * level must match (AND). Arrays in the event are "crushed": a leaf matches when any element matches,
 * and a nested pattern matches when any one object element matches all of it (so fields from different
 * elements of the same array are never combined, as event-ruler's array-consistent matching does).
 */

/** An EventBridge event pattern, as parsed from its JSON form. */
export type EventPattern = Record<string, unknown>;

/** Thrown by {@link assertValidEventPattern}; the message starts with the path of the offending field. */
export class InvalidEventPatternError extends Error {
  override name = 'InvalidEventPatternError';
  /** Dotted path of the offending pattern field, e.g. `detail.state` or `detail.$or[1].c-count`. */
  readonly path: string;

  /**
   * @param path dotted path of the offending field (`<root>` for the pattern itself)
   * @param reason what is wrong with it
   */
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.path = path;
  }
}

const OR_KEY = '$or';
const NUMERIC_OPERATORS = new Set(['<', '<=', '=', '>', '>=']);
const ANYTHING_BUT_NESTED = new Set(['prefix', 'suffix', 'equals-ignore-case', 'wildcard']);
const OPERATORS = new Set([
  'prefix',
  'suffix',
  'equals-ignore-case',
  'anything-but',
  'numeric',
  'exists',
  'cidr',
  'wildcard',
]);

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that can sit at a leaf of a JSON document (anything but an object or array). */
function isJsonScalar(value: unknown): value is string | number | boolean | null {
  return (
    value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
  );
}

/* ------------------------------------------------------------------------------------------------ */
/* Matching                                                                                          */
/* ------------------------------------------------------------------------------------------------ */

/**
 * True when `event` (a full EventBridge event: `source`, `detail-type`, `detail`, `account`, `region`,
 * `time`, `id`, `resources`, `version`) matches `pattern`.
 *
 * The pattern is assumed valid: check it once with {@link assertValidEventPattern} when the rule is
 * registered. A malformed pattern never throws here; the malformed part simply matches nothing.
 */
export function matchesEventPattern(pattern: EventPattern, event: Record<string, unknown>): boolean {
  return matchFields(pattern, event, [event]);
}

/**
 * Matches every field of `pattern` against `node`, the event object chosen at this level.
 * `scope` holds every event node found at this same path anywhere in the event (all elements of any
 * arrays on the way); it is used only by `exists: false`, which event-ruler evaluates against the whole
 * event: a path is absent only if no element of any array carries a value there.
 */
function matchFields(pattern: PlainObject, node: unknown, scope: readonly unknown[]): boolean {
  for (const [key, sub] of Object.entries(pattern)) {
    if (key === OR_KEY && isOrList(sub)) {
      // `$or` combines with the other fields at its level (AND), and any one sub-pattern may match.
      if (!sub.some((alternative) => matchFields(alternative, node, scope))) return false;
      continue;
    }
    const child = isPlainObject(node) ? node[key] : undefined;
    const childScope = scope.flatMap((n) => crush(isPlainObject(n) ? n[key] : undefined));
    if (Array.isArray(sub)) {
      if (!matchLeaf(sub, child, childScope)) return false;
    } else if (isPlainObject(sub)) {
      const candidates = crush(child).filter(isPlainObject);
      // Descending into a missing field (or a scalar) leaves only `exists: false` able to match below.
      const matched =
        candidates.length === 0
          ? matchFields(sub, undefined, childScope)
          : candidates.some((candidate) => matchFields(sub, candidate, childScope));
      if (!matched) return false;
    } else {
      return false;
    }
  }
  return true;
}

function isOrList(value: unknown): value is PlainObject[] {
  return Array.isArray(value) && value.length >= 2 && value.every(isPlainObject);
}

/** Flattens nested arrays; `undefined` (a missing field) becomes no values at all. */
function crush(value: unknown): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(crush);
  return [value];
}

/**
 * The leaf values at a path: scalars, or the scalar elements of an array.
 * Objects are intermediate nodes, not leaves, so they yield nothing (AWS: "Exists matching only works on
 * leaf nodes"). An empty array yields nothing, so it behaves like a missing field: it matches no literal
 * (not even `null`), no `anything-but` and no `exists: true`, but it does match `exists: false`.
 * Docs are silent on empty arrays; this follows event-ruler, which flattens an event into leaf values.
 */
function leafValues(value: unknown): Array<string | number | boolean | null> {
  return crush(value).filter(isJsonScalar);
}

function matchLeaf(
  alternatives: readonly unknown[],
  child: unknown,
  childScope: readonly unknown[],
): boolean {
  const values = leafValues(child);
  return alternatives.some((alternative) => {
    if (isPlainObject(alternative) && 'exists' in alternative) {
      // `exists: true` holds when the chosen node has a leaf value here (including `null`: a JSON null is
      // a present value; docs are silent, event-ruler treats it as a leaf). `exists: false` holds when no
      // leaf value exists at this path anywhere in the event.
      return alternative.exists === true ? values.length > 0 : !childScope.some(isJsonScalar);
    }
    return values.some((value) => matchValue(alternative, value));
  });
}

/** Does one leaf alternative (a literal or an operator object) match one event leaf value? */
function matchValue(alternative: unknown, value: string | number | boolean | null): boolean {
  if (!isPlainObject(alternative)) return scalarEquals(alternative, value);
  const entries = Object.entries(alternative);
  if (entries.length !== 1) return false;
  const [operator, operand] = entries[0] as [string, unknown];
  switch (operator) {
    case 'prefix':
      return typeof value === 'string' && matchAffix(operand, value, 'prefix');
    case 'suffix':
      return typeof value === 'string' && matchAffix(operand, value, 'suffix');
    case 'equals-ignore-case':
      return typeof value === 'string' && typeof operand === 'string' && equalsIgnoreCase(operand, value);
    case 'wildcard':
      return typeof value === 'string' && typeof operand === 'string' && wildcardRegExp(operand).test(value);
    case 'numeric':
      // Numeric matching "works with values that are JSON numbers" only: "5" and null never match.
      return typeof value === 'number' && Array.isArray(operand) && matchNumeric(operand, value);
    case 'cidr':
      return typeof value === 'string' && typeof operand === 'string' && matchCidr(operand, value);
    case 'anything-but':
      return matchAnythingBut(operand, value);
    default:
      return false;
  }
}

/** Literal match: same JSON type and equal value. Numbers compare numerically (300 equals 3.0e2). */
function scalarEquals(expected: unknown, value: string | number | boolean | null): boolean {
  return expected === value;
}

function equalsIgnoreCase(expected: string, value: string): boolean {
  return expected.toLowerCase() === value.toLowerCase();
}

/** `prefix`/`suffix` with either a string or `{ "equals-ignore-case": string }`. */
function matchAffix(operand: unknown, value: string, kind: 'prefix' | 'suffix'): boolean {
  let expected: string;
  let subject = value;
  if (typeof operand === 'string') {
    expected = operand;
  } else if (isPlainObject(operand) && typeof operand['equals-ignore-case'] === 'string') {
    expected = operand['equals-ignore-case'].toLowerCase();
    subject = value.toLowerCase();
  } else {
    return false;
  }
  return kind === 'prefix' ? subject.startsWith(expected) : subject.endsWith(expected);
}

/**
 * `anything-but` matches any present leaf value that is not excluded. It never matches a missing field
 * (there is no value to compare). Values of another type than the exclusion are not excluded: AWS matches
 * `{ "anything-but": { "prefix": "init" } }` against the number 12 and `{ "anything-but": "initializing" }`
 * against null (both checked by LocalStack's AWS-recorded pattern tests; the User Guide is silent).
 * With an array in the event, as for every leaf, it matches when any one element is not excluded.
 */
function matchAnythingBut(operand: unknown, value: string | number | boolean | null): boolean {
  if (Array.isArray(operand)) return !operand.some((excluded) => scalarEquals(excluded, value));
  if (!isPlainObject(operand)) return !scalarEquals(operand, value);
  const entries = Object.entries(operand);
  if (entries.length !== 1) return false;
  const [operator, nested] = entries[0] as [string, unknown];
  const excluded = Array.isArray(nested) ? nested : [nested];
  if (typeof value !== 'string') return true;
  return !excluded.some((item) => {
    if (typeof item !== 'string') return false;
    switch (operator) {
      case 'prefix':
        return value.startsWith(item);
      case 'suffix':
        return value.endsWith(item);
      case 'equals-ignore-case':
        return equalsIgnoreCase(item, value);
      case 'wildcard':
        return wildcardRegExp(item).test(value);
      default:
        return false;
    }
  });
}

/**
 * `numeric`: every comparison in the list must hold, e.g. `[">", 0, "<=", 5]`.
 * Docs say numeric matching is limited to -1.0e9..+1.0e9 with six digits after the decimal point; this
 * implementation compares JavaScript doubles directly and does not reject or round values outside that.
 */
function matchNumeric(conditions: readonly unknown[], value: number): boolean {
  for (let i = 0; i + 1 < conditions.length; i += 2) {
    const operator = conditions[i];
    const operand = conditions[i + 1];
    if (typeof operand !== 'number') return false;
    if (!compareNumbers(operator, value, operand)) return false;
  }
  return conditions.length > 0;
}

function compareNumbers(operator: unknown, value: number, operand: number): boolean {
  switch (operator) {
    case '<':
      return value < operand;
    case '<=':
      return value <= operand;
    case '=':
      return value === operand;
    case '>':
      return value > operand;
    case '>=':
      return value >= operand;
    default:
      return false;
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* Wildcards                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

const wildcardCache = new Map<string, RegExp>();

/**
 * `*` matches any run of characters (including none). `\*` is a literal asterisk and `\\` a literal
 * backslash (event-ruler README). Matching is case-sensitive and anchored at both ends.
 */
function wildcardRegExp(pattern: string): RegExp {
  const cached = wildcardCache.get(pattern);
  if (cached) return cached;
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern.charAt(i);
    if (char === '\\' && i + 1 < pattern.length) {
      source += escapeRegExp(pattern.charAt(i + 1));
      i += 1;
    } else if (char === '*') {
      source += '[\\s\\S]*';
    } else {
      source += escapeRegExp(char);
    }
  }
  const compiled = new RegExp(`^${source}$`, 'u');
  wildcardCache.set(pattern, compiled);
  return compiled;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A validation error message for a wildcard string, or undefined when it is well formed. */
function wildcardProblem(pattern: string): string | undefined {
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern.charAt(i);
    if (char === '\\') {
      const next = pattern.charAt(i + 1);
      if (next !== '*' && next !== '\\') return `a backslash may only escape "*" or "\\" (position ${i})`;
      i += 1;
    } else if (char === '*' && pattern.charAt(i + 1) === '*') {
      return `consecutive wildcard characters are not allowed (position ${i})`;
    }
  }
  return undefined;
}

/* ------------------------------------------------------------------------------------------------ */
/* IP addresses                                                                                      */
/* ------------------------------------------------------------------------------------------------ */

interface ParsedAddress {
  bits: 32 | 128;
  value: bigint;
}

interface ParsedCidr extends ParsedAddress {
  prefixLength: number;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let result = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    result = (result << 8n) | BigInt(octet);
  }
  return result;
}

function parseIpv6(text: string): bigint | undefined {
  let head = text;
  const tailGroups: number[] = [];
  // An embedded IPv4 address (e.g. ::ffff:10.0.0.1) supplies the last two groups.
  if (text.includes('.')) {
    const lastColon = text.lastIndexOf(':');
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (lastColon < 0 || v4 === undefined) return undefined;
    tailGroups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    head = text.slice(0, lastColon + 1);
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (part: string | undefined): number[] | undefined => {
    if (part === undefined || part === '') return [];
    const groups: number[] = [];
    for (const group of part.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
      groups.push(Number.parseInt(group, 16));
    }
    return groups;
  };
  const left = parseGroups(halves[0]);
  const right = parseGroups(halves[1]);
  if (left === undefined || right === undefined) return undefined;
  const explicit = left.length + right.length + tailGroups.length;
  let groups: number[];
  if (halves.length === 2) {
    if (explicit > 7) return undefined;
    groups = [...left, ...new Array<number>(8 - explicit).fill(0), ...right, ...tailGroups];
  } else {
    if (explicit !== 8) return undefined;
    groups = [...left, ...tailGroups];
  }
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(group), 0n);
}

function parseAddress(text: string): ParsedAddress | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { bits: 128, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { bits: 32, value };
}

/** Parses `address/prefix-length`; returns a reason string when malformed. */
function parseCidr(text: string): ParsedCidr | string {
  const pieces = text.split('/');
  if (pieces.length !== 2) return `malformed CIDR "${text}", exactly one "/" is required`;
  const [addressText = '', lengthText = ''] = pieces;
  const address = parseAddress(addressText);
  if (!address) return `malformed CIDR "${text}", "${addressText}" is not an IPv4 or IPv6 address`;
  if (!/^\d{1,3}$/.test(lengthText) || Number(lengthText) > address.bits) {
    return `malformed CIDR "${text}", mask bits must be an integer from 0 to ${address.bits}`;
  }
  return { ...address, prefixLength: Number(lengthText) };
}

const cidrCache = new Map<string, ParsedCidr | string>();

/** `cidr`: the event value is an IP address (of the same family) inside the block. IPv4 and IPv6. */
function matchCidr(block: string, value: string): boolean {
  let cidr = cidrCache.get(block);
  if (cidr === undefined) {
    cidr = parseCidr(block);
    cidrCache.set(block, cidr);
  }
  if (typeof cidr === 'string') return false;
  const address = parseAddress(value);
  if (!address || address.bits !== cidr.bits) return false;
  const shift = BigInt(cidr.bits - cidr.prefixLength);
  return address.value >> shift === cidr.value >> shift;
}

/* ------------------------------------------------------------------------------------------------ */
/* Validation                                                                                        */
/* ------------------------------------------------------------------------------------------------ */

/**
 * Throws {@link InvalidEventPatternError} unless `pattern` is a well-formed event pattern, with a message
 * naming the offending path, e.g. `detail.state: a pattern leaf must be an array`.
 *
 * Rejects, among others: a pattern that is not an object; empty objects; a leaf that is not an array or is
 * an empty array; leaf values that are nested arrays; operator objects with no or several keys; unknown
 * operators (names are case-sensitive: `NUMERIC` is unknown); `prefix`/`suffix`/`equals-ignore-case`/
 * `wildcard`/`cidr` operands of the wrong type; `numeric` with a non-number or a bad operator; `exists` that
 * is not a boolean; `anything-but` with null/boolean/mixed lists; `$or` that is not an array of at least
 * two objects.
 *
 * Docs are silent on `$or` misuse: event-ruler quietly treats a malformed `$or` as an ordinary field
 * name, but here it is rejected, since a local rule that silently means something else helps nobody.
 */
export function assertValidEventPattern(pattern: unknown): asserts pattern is EventPattern {
  // Docs are silent on empty objects (`{}` as a pattern or as `detail`); event-ruler rejects them, and a
  // pattern that matches everything is more likely a mistake than a wish, so they are rejected here too.
  if (!isPlainObject(pattern))
    throw new InvalidEventPatternError('<root>', 'an event pattern must be an object');
  validateObject(pattern, '');
}

function joinPath(base: string, key: string): string {
  return base === '' ? key : `${base}.${key}`;
}

function validateObject(pattern: PlainObject, path: string): void {
  const keys = Object.keys(pattern);
  if (keys.length === 0) throw new InvalidEventPatternError(path || '<root>', 'an object must not be empty');
  for (const key of keys) {
    const value = pattern[key];
    const childPath = joinPath(path, key);
    if (key === OR_KEY) {
      if (!isOrList(value)) {
        throw new InvalidEventPatternError(childPath, '"$or" must be an array of at least 2 objects');
      }
      value.forEach((alternative, index) => {
        validateObject(alternative, `${childPath}[${index}]`);
      });
    } else if (isPlainObject(value)) {
      validateObject(value, childPath);
    } else if (Array.isArray(value)) {
      validateLeaf(value, childPath);
    } else {
      throw new InvalidEventPatternError(childPath, 'a pattern leaf must be an array');
    }
  }
}

function validateLeaf(alternatives: readonly unknown[], path: string): void {
  if (alternatives.length === 0) throw new InvalidEventPatternError(path, 'a pattern leaf must not be empty');
  for (const alternative of alternatives) {
    if (isJsonScalar(alternative)) continue;
    if (!isPlainObject(alternative)) {
      throw new InvalidEventPatternError(
        path,
        'a pattern leaf may hold only strings, numbers, booleans, null and operator objects',
      );
    }
    validateOperator(alternative, path);
  }
}

function validateOperator(expression: PlainObject, path: string): void {
  const entries = Object.entries(expression);
  if (entries.length !== 1) {
    throw new InvalidEventPatternError(path, 'an operator object must have exactly one key');
  }
  const [operator, operand] = entries[0] as [string, unknown];
  const fail = (reason: string): never => {
    throw new InvalidEventPatternError(path, reason);
  };
  if (!OPERATORS.has(operator)) fail(`unknown operator "${operator}"`);
  switch (operator) {
    case 'prefix':
    case 'suffix':
      if (typeof operand === 'string') return;
      if (
        isPlainObject(operand) &&
        Object.keys(operand).length === 1 &&
        typeof operand['equals-ignore-case'] === 'string'
      ) {
        return;
      }
      fail(`"${operator}" must be a string or { "equals-ignore-case": string }`);
      return;
    case 'equals-ignore-case':
      if (typeof operand !== 'string') fail('"equals-ignore-case" must be a string');
      return;
    case 'wildcard': {
      if (typeof operand !== 'string') fail('"wildcard" must be a string');
      const problem = wildcardProblem(operand as string);
      if (problem) fail(`"wildcard" ${problem}`);
      return;
    }
    case 'exists':
      if (typeof operand !== 'boolean') fail('"exists" must be true or false');
      return;
    case 'cidr': {
      if (typeof operand !== 'string') fail('"cidr" must be a string');
      const parsed = parseCidr(operand as string);
      if (typeof parsed === 'string') fail(parsed);
      return;
    }
    case 'numeric':
      validateNumeric(operand, fail);
      return;
    case 'anything-but':
      validateAnythingBut(operand, fail);
      return;
  }
}

function validateNumeric(operand: unknown, fail: (reason: string) => never): void {
  if (!Array.isArray(operand) || operand.length === 0 || operand.length % 2 !== 0) {
    fail('"numeric" must be a non-empty array of operator/number pairs, e.g. [">", 0, "<=", 5]');
  }
  const conditions = operand as unknown[];
  let lower = false;
  let upper = false;
  let lowerBound = Number.NEGATIVE_INFINITY;
  let upperBound = Number.POSITIVE_INFINITY;
  for (let i = 0; i < conditions.length; i += 2) {
    const operator = conditions[i];
    const value = conditions[i + 1];
    if (typeof operator !== 'string' || !NUMERIC_OPERATORS.has(operator)) {
      fail(`"numeric" operator must be one of <, <=, =, >, >= (got ${JSON.stringify(operator)})`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      fail(`"numeric" value for "${String(operator)}" must be a number (got ${JSON.stringify(value)})`);
    }
    const bound = value as number;
    if (operator === '=') {
      if (conditions.length !== 2) fail('"numeric" "=" cannot be combined with other comparisons');
    } else if (operator === '>' || operator === '>=') {
      if (lower) fail('"numeric" may have only one lower bound (> or >=)');
      lower = true;
      lowerBound = bound;
    } else {
      if (upper) fail('"numeric" may have only one upper bound (< or <=)');
      upper = true;
      upperBound = bound;
    }
  }
  if (lowerBound >= upperBound) fail('"numeric" lower bound must be below the upper bound');
}

function validateAnythingBut(operand: unknown, fail: (reason: string) => never): void {
  if (typeof operand === 'string' || typeof operand === 'number') return;
  if (Array.isArray(operand)) {
    const allStrings = operand.every((item) => typeof item === 'string');
    const allNumbers = operand.every((item) => typeof item === 'number');
    if (operand.length === 0 || !(allStrings || allNumbers)) {
      fail('"anything-but" list must be non-empty and hold only strings or only numbers');
    }
    return;
  }
  if (!isPlainObject(operand)) {
    fail('"anything-but" must be a string, a number, a list, or an object such as { "prefix": "..." }');
  }
  const entries = Object.entries(operand as PlainObject);
  const [nestedOperator, nested] = (entries[0] ?? ['', undefined]) as [string, unknown];
  if (entries.length !== 1 || !ANYTHING_BUT_NESTED.has(nestedOperator)) {
    fail('"anything-but" object must have exactly one of prefix, suffix, equals-ignore-case, wildcard');
  }
  const items = Array.isArray(nested) ? nested : [nested];
  if (items.length === 0 || !items.every((item) => typeof item === 'string')) {
    fail(`"anything-but" "${nestedOperator}" must be a string or a non-empty list of strings`);
  }
  for (const item of items as string[]) {
    if ((nestedOperator === 'prefix' || nestedOperator === 'suffix') && item === '') {
      fail(`"anything-but" "${nestedOperator}" must not be empty`);
    }
    if (nestedOperator === 'wildcard') {
      const problem = wildcardProblem(item);
      if (problem) fail(`"anything-but" "wildcard" ${problem}`);
    }
  }
}
