import type { KeyDates } from '#domain/editions/key-dates';

/**
 * Where the Key dates box reads from. The calendar of asks (its own issue) is not on main yet,
 * and nothing on main computes the statutory asks, so for now the box has nothing to show and
 * says so ("Nothing in the calendar of asks before ..."). This is the one place to wire the
 * calendar's adapter in when it lands.
 */
export const keyDatesSource: KeyDates = {
  async between() {
    return [];
  },
};
