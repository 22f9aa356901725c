import type { IsoDate } from '#domain/shared/iso-date';
import type { WaitlistEntry } from './event-places.ts';

/**
 * Port: the places of each event, held exactly under concurrent bookings. Each place is held
 * for one booking; holding is idempotent (a booking that holds a place holds it again).
 */
export interface EventPlaceRegister {
  /** Holds a place for the booking if one is left: `held` (also when it held one already) or `full`. */
  hold(
    event: { readonly code: string; readonly places: number },
    bookingId: string,
  ): Promise<'held' | 'full'>;
  /** Frees the booking's place (nothing if it held none). */
  release(eventCode: string, bookingId: string): Promise<void>;
  /** How many places are held. */
  taken(eventCode: string): Promise<number>;
  /** Puts the booking on the event's waitlist (idempotent). */
  joinWaitlist(eventCode: string, entry: WaitlistEntry): Promise<void>;
  leaveWaitlist(eventCode: string, entry: WaitlistEntry): Promise<void>;
  /** The waitlist, in no particular order (see `waitlistOrder`). */
  waitlist(eventCode: string): Promise<WaitlistEntry[]>;
}

/** A place offered and not yet accepted: the booking and the last day to accept. */
export interface OpenPlaceOffer {
  readonly bookingId: string;
  readonly acceptBy: IsoDate;
}

/** Port: the place offers waiting for an answer, so lapsed ones can be found. */
export interface PlaceOfferDiary {
  opened(offer: OpenPlaceOffer): Promise<void>;
  closed(offer: OpenPlaceOffer): Promise<void>;
  /** Offers whose last day to accept is before `date`. */
  lapsedBefore(date: IsoDate): Promise<OpenPlaceOffer[]>;
}
