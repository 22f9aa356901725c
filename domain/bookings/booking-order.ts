/**
 * What a school asks for on the booking form, by kind: the part of a booking that pricing
 * reads. Every kind belongs to one product family, and so to that family's price list.
 */
import type { ProductFamily } from './price-list.ts';

/** The kinds of booking the traded offer takes. */
export type BookingKind =
  | 'school-improvement'
  | 'statutory-assessment-subscription'
  | 'statutory-assessment-session'
  | 'moderation-training'
  | 'event';

/** Every kind, for schemas and tests. */
export const BOOKING_KINDS = [
  'school-improvement',
  'statutory-assessment-subscription',
  'statutory-assessment-session',
  'moderation-training',
  'event',
] as const satisfies readonly BookingKind[];

/** Bronze (pay as you go), Silver or Gold, as the API has always written them. */
export type DaysPackageChoice = 'pay-as-you-go' | 'silver' | 'gold';

/** A member of staff named on a training or event booking (work contact details only). */
export interface Delegate {
  readonly name: string;
  readonly email?: string;
}

/** School-improvement days: a programme from the menu, bought as Bronze days, Silver or Gold. */
export interface SchoolImprovementOrder {
  readonly kind: 'school-improvement';
  readonly programme: string;
  readonly package: DaysPackageChoice;
  /** In half days. */
  readonly days: number;
}

/** The year's statutory assessment subscription. */
export interface SubscriptionOrder {
  readonly kind: 'statutory-assessment-subscription';
}

/** Places at one statutory assessment session, for named staff. */
export interface SessionOrder {
  readonly kind: 'statutory-assessment-session';
  readonly session: string;
  readonly delegates: readonly Delegate[];
}

/** Moderation training for named staff. */
export interface ModerationTrainingOrder {
  readonly kind: 'moderation-training';
  readonly course: string;
  readonly delegates: readonly Delegate[];
}

/** A place at a free event, for one named attendee, with the themes they would like covered. */
export interface EventOrder {
  readonly kind: 'event';
  readonly event: string;
  readonly delegates: readonly Delegate[];
  readonly themes?: readonly string[];
}

/** Any order. */
export type BookingOrder =
  | SchoolImprovementOrder
  | SubscriptionOrder
  | SessionOrder
  | ModerationTrainingOrder
  | EventOrder;

/** The product family (and so the price list) each kind is bought from. */
export const FAMILY_OF_KIND: Readonly<Record<BookingKind, ProductFamily>> = {
  'school-improvement': 'school-improvement',
  'statutory-assessment-subscription': 'statutory-assessment',
  'statutory-assessment-session': 'statutory-assessment',
  'moderation-training': 'statutory-assessment',
  event: 'events',
};
