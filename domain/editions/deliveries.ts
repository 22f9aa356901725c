import type { IsoDate } from '#domain/shared/iso-date';
import type { EditionContact } from './edition.ts';
import type { EditionSchool } from './school-audience.ts';

/** One delivery message: an edition for one person at one school (what the delivery queue carries). */
export interface EditionDelivery {
  readonly edition: IsoDate;
  readonly school: EditionSchool;
  readonly contact: EditionContact;
}

/** Port: the queue the mailer takes deliveries from. */
export interface DeliveryQueue {
  /** Queues deliveries; resolves once every one is accepted by the queue. */
  enqueue(deliveries: readonly EditionDelivery[]): Promise<void>;
}

/** Where a delivery stands. */
export type DeliveryClaim = 'claimed' | 'sent-already' | 'in-progress';

/**
 * Port: one delivery record per edition, school and address, every write conditional, so a
 * recipient gets each edition once however often their delivery is queued or retried.
 */
export interface Deliveries {
  /**
   * Claims the delivery for this attempt: `claimed` when there was no record, or a claim whose
   * lease ran out without the email being sent (its sender died); `sent-already` when it was
   * sent; `in-progress` when another attempt holds a live claim.
   */
  claim(edition: IsoDate, urn: string, email: string, now: Date, leaseMs: number): Promise<DeliveryClaim>;
  /** Marks it sent, with the provider's message id. */
  markSent(edition: IsoDate, urn: string, email: string, messageId: string, at: Date): Promise<void>;
  /** Gives up a claim after a send that failed (throttled, refused), so a retry may claim it. */
  release(edition: IsoDate, urn: string, email: string): Promise<void>;
}
