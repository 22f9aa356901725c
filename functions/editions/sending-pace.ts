/**
 * How the Monday email's deliveries are paced: at most this many mailer instances take
 * deliveries off the queue at once (the event source mapping's maximum concurrency; 2 is the
 * least Lambda allows), and each sends one email at a time, waiting between sends so that
 * together they stay under the SES sending rate.
 */
export const DELIVERY_CONCURRENCY = 2;

/** Milliseconds each mailer instance waits after a send, for `ratePerSecond` across all of them. */
export const pauseBetweenSends = (ratePerSecond: number): number =>
  Math.ceil((1000 * DELIVERY_CONCURRENCY) / ratePerSecond);
