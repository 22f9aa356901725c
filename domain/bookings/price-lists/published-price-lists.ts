import type { PriceList } from '../price-list.ts';
import { FREE_EVENTS_2022_23 } from './free-events-2022-23.ts';
import { FREE_EVENTS_2026_27 } from './free-events-2026-27.ts';
import { PRIMARY_STATUTORY_ASSESSMENT_2021_22 } from './primary-statutory-assessment-2021-22.ts';
import { SCHOOL_EFFECTIVENESS_2023_24 } from './school-effectiveness-2023-24.ts';

/**
 * Every price list the council has published (seed configuration). A new year's offer is one
 * more file here and one more entry below: a data change only.
 */
export const PUBLISHED_PRICE_LISTS: readonly PriceList[] = [
  PRIMARY_STATUTORY_ASSESSMENT_2021_22,
  FREE_EVENTS_2022_23,
  SCHOOL_EFFECTIVENESS_2023_24,
  FREE_EVENTS_2026_27,
];
