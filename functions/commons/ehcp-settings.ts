import type { QuadrantManager } from '#domain/ehcp/reminder-selection';
import { QUADRANT_CODES, QUADRANTS, type Quadrant } from '#events/ehcp/quadrant';

/** A deployment setting that cannot be read: the function fails at cold start, naming it. */
export class SettingError extends Error {
  override readonly name = 'SettingError';
}

const ADDRESS = /^[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+$/;

/** `Name <address>` or a bare address (then named `fallbackName`). */
export function person(
  value: string,
  setting: string,
  fallbackName: string,
): { name: string; email: string } {
  const trimmed = value.trim();
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed);
  const name = named ? named[1]!.trim() || fallbackName : fallbackName;
  const email = (named ? named[2]! : trimmed).trim();
  if (!ADDRESS.test(email))
    throw new SettingError(
      `${setting} must be an email address or "Name <address>", got ${JSON.stringify(value)}`,
    );
  return { name, email };
}

/**
 * The quadrant managers from `QUADRANT_MANAGERS`: JSON naming each quadrant (by the council's
 * name, "North East", or its code, `north-east`) with an address or `Name <address>`. Every
 * quadrant must have one.
 */
export function quadrantManagersSetting(json: string): Record<Quadrant, QuadrantManager> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new SettingError(
      'QUADRANT_MANAGERS must be JSON: {"North East": "<address>", "Mid": ..., "South": ..., "West": ...}',
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new SettingError('QUADRANT_MANAGERS must be a JSON object keyed by quadrant');
  const entries = Object.entries(raw as Record<string, unknown>);
  const byQuadrant = {} as Record<Quadrant, QuadrantManager>;
  for (const quadrant of QUADRANT_CODES) {
    const label = QUADRANTS[quadrant];
    const entry = entries.find(([key]) => key === label || key === quadrant);
    if (!entry || typeof entry[1] !== 'string')
      throw new SettingError(`QUADRANT_MANAGERS has no address for ${label}`);
    byQuadrant[quadrant] = person(entry[1], `QUADRANT_MANAGERS "${entry[0]}"`, `${label} quadrant manager`);
  }
  return byQuadrant;
}

/** `EHCP_DUE_SOON_WORKING_DAYS`: a whole number of working days from 1 to 20. */
export function dueSoonWorkingDaysSetting(value: string): number {
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > 20)
    throw new SettingError(
      `EHCP_DUE_SOON_WORKING_DAYS must be a whole number of working days from 1 to 20, got ${JSON.stringify(value)}`,
    );
  return days;
}
