/**
 * A one-off override of a computed ask: the DfE moves a census day, STA corrects a window, a
 * national offer day is moved by the Department. The override replaces the computed date (or
 * withdraws the ask) for one academic year only, with the reason, and bumps the ask's
 * SEQUENCE so calendar subscribers see the change.
 */
import { type AcademicYear, formatAcademicYear } from '#domain/shared/academic-year';
import { compareDates, type IsoDate, isIsoDate } from '#domain/shared/iso-date';
import type { ComputedAskKey } from './computed-asks.ts';

/** A computed ask's date replaced, or the ask withdrawn, for one academic year. */
export type AskOverride = {
  readonly key: ComputedAskKey;
  /** The academic year it applies to, written `2025/26`. */
  readonly academicYear: string;
  /** Why, in words people will read on the calendar ("DfE moved census day: bank holiday for ..."). */
  readonly reason: string;
  /** 1 for the first override of this ask and year; one more each time the override itself is changed. */
  readonly revision: number;
} & (
  | { readonly start: IsoDate; readonly end?: IsoDate | undefined; readonly withdrawn?: undefined }
  | { readonly withdrawn: true; readonly start?: undefined; readonly end?: undefined }
);

/** An override that cannot be applied: names the override and what is wrong with it. */
export class InvalidOverrideError extends Error {
  override readonly name = 'InvalidOverrideError';
}

/**
 * The override for `key` in `year`, if any, after checking it. Throws an
 * {@link InvalidOverrideError} for two overrides of the same ask and year, an empty reason, a
 * revision that is not a whole number from 1, or dates that are not `YYYY-MM-DD` or end
 * before they start.
 */
export const overrideFor = (
  overrides: readonly AskOverride[],
  key: ComputedAskKey,
  year: AcademicYear,
): AskOverride | undefined => {
  const academicYear = formatAcademicYear(year);
  const matching = overrides.filter((o) => o.key === key && o.academicYear === academicYear);
  if (matching.length > 1)
    throw new InvalidOverrideError(`${key} ${academicYear} has ${matching.length} overrides; keep one`);
  const override = matching[0];
  if (override) check(override);
  return override;
};

const check = (override: AskOverride): void => {
  const name = `override of ${override.key} ${override.academicYear}`;
  if (typeof override.reason !== 'string' || override.reason.trim() === '')
    throw new InvalidOverrideError(`${name}: reason is required`);
  if (!Number.isInteger(override.revision) || override.revision < 1)
    throw new InvalidOverrideError(
      `${name}: revision must be a whole number from 1, got ${override.revision}`,
    );
  if (override.withdrawn) return;
  if (!isIsoDate(override.start))
    throw new InvalidOverrideError(`${name}: start must be a date written YYYY-MM-DD`);
  if (override.end !== undefined) {
    if (!isIsoDate(override.end))
      throw new InvalidOverrideError(`${name}: end must be a date written YYYY-MM-DD`);
    if (compareDates(override.end, override.start) < 0)
      throw new InvalidOverrideError(`${name}: end must be on or after start`);
  }
};
