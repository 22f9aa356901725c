/**
 * National curriculum assessment windows: the Standards and Testing Agency (STA) publishes them
 * each year ("Primary assessments: future dates", GOV.UK), so they are data, not rules. Add a
 * year's rows when STA publishes them; a year without rows simply has no assessment asks.
 *
 * Checked 2026-11-23 against the STA dates as reproduced, word for word, on schools' websites
 * (GOV.UK itself cannot be reached from here): "The statutory key stage 2 tests are timetabled
 * from Monday 11 May to Thursday 14 May 2026", "Schools must administer the multiplication
 * tables check within the 2-week period from Monday 1 June 2026", "... the phonics screening
 * check within the 1-week period from Monday 8 June 2026"; and for 2024/25 Monday 12 May to
 * Thursday 15 May 2025, the 2-week period from Monday 2 June 2025 and the week from Monday
 * 9 June 2025. One school's page gave the 2026 check as "week beginning 8th June"; STA's own
 * wording is a 2-week period from 1 June, which is what is kept here. Re-check against GOV.UK
 * before relying on a year for anything statutory.
 */
import type { IsoDate } from '#domain/shared/iso-date';

/** The assessment windows STA publishes, by stable key. */
export type AssessmentKey = 'ks2-tests' | 'multiplication-tables-check' | 'phonics-screening-check';

/** One published assessment window of one academic year. */
export interface AssessmentWindow {
  readonly key: AssessmentKey;
  /** The academic year, written `2025/26`. */
  readonly academicYear: string;
  /** First day, inclusive. */
  readonly start: IsoDate;
  /** Last day, inclusive (the Friday of a window published as "the week from Monday ..."). */
  readonly end: IsoDate;
  /** Where the dates come from. */
  readonly source: string;
}

const STA_FUTURE_DATES = 'STA, Primary assessments: future dates (GOV.UK)';

/** STA's published windows for 2024/25 and 2025/26 (seed data; see the module comment for the checking). */
export const STA_ASSESSMENT_WINDOWS: readonly AssessmentWindow[] = [
  {
    key: 'ks2-tests',
    academicYear: '2024/25',
    start: '2025-05-12',
    end: '2025-05-15',
    source: STA_FUTURE_DATES,
  },
  {
    key: 'multiplication-tables-check',
    academicYear: '2024/25',
    start: '2025-06-02',
    end: '2025-06-13',
    source: STA_FUTURE_DATES,
  },
  {
    key: 'phonics-screening-check',
    academicYear: '2024/25',
    start: '2025-06-09',
    end: '2025-06-13',
    source: STA_FUTURE_DATES,
  },
  {
    key: 'ks2-tests',
    academicYear: '2025/26',
    start: '2026-05-11',
    end: '2026-05-14',
    source: STA_FUTURE_DATES,
  },
  {
    key: 'multiplication-tables-check',
    academicYear: '2025/26',
    start: '2026-06-01',
    end: '2026-06-12',
    source: STA_FUTURE_DATES,
  },
  {
    key: 'phonics-screening-check',
    academicYear: '2025/26',
    start: '2026-06-08',
    end: '2026-06-12',
    source: STA_FUTURE_DATES,
  },
];
