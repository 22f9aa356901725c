import { OFFER_2023_24 } from '#domain/bookings/school-improvement-offer';

/**
 * The offer bookings are priced against. Seed configuration: the published 2023-24 offer
 * (the latest in the sources) until the council loads the current year's.
 */
export const currentOffer = OFFER_2023_24;
