/**
 * Delivering one recipient's edition (one message from the delivery queue):
 * 1. skip an address that bounced or complained;
 * 2. claim the delivery record (conditional): a copy already sent, or being sent by a live
 *    attempt, is not sent again;
 * 3. render the recipient's edition from the locked edition;
 * 4. send it; on failure give the claim back and fail, so the queue retries it (throttling
 *    included: a throttled send is retried, never dropped);
 * 5. mark it sent.
 * The one gap: an attempt that dies after SES accepted the email and before step 5 leaves a
 * claim whose lease runs out, and the retry sends a second copy. Claiming before sending makes
 * that the only way to a duplicate; sending before claiming would make every retry one.
 */
import type { Mailer } from '#domain/shared/mailer';
import type { Deliveries, EditionDelivery } from './deliveries.ts';
import { personaliseEdition } from './edition.ts';
import { type EditionEmailSettings, editionEmail } from './edition-email.ts';
import { assembleLocked, type LockedEditions } from './locked-edition.ts';
import { normaliseEmail, type SuppressionList } from './suppression.ts';

/** What delivering needs. */
export interface DeliverPorts {
  readonly editions: Pick<LockedEditions, 'get'>;
  readonly deliveries: Deliveries;
  readonly suppressions: Pick<SuppressionList, 'isSuppressed'>;
  readonly mailer: Mailer;
}

/** Settings of delivering. */
export interface DeliverSettings extends EditionEmailSettings {
  /** The address editions are sent from. */
  readonly from: string;
  /** How long a claim holds: at least the mailer function's timeout. */
  readonly leaseMs: number;
}

/** What became of a delivery. */
export type DeliveryOutcome = 'sent' | 'suppressed' | 'sent-already';

/** Another attempt is sending this copy now: retry later, when its claim has either been marked sent or run out. */
export class DeliveryInProgressError extends Error {
  override readonly name = 'DeliveryInProgressError';
}

/** A delivery for an edition that was never locked: a bug or a hand-made message; parked, not retried forever. */
export class UnlockedEditionError extends Error {
  override readonly name = 'UnlockedEditionError';
}

/** Delivers one recipient's edition at `now`. */
export const deliverEdition = async (
  ports: DeliverPorts,
  settings: DeliverSettings,
  delivery: EditionDelivery,
  now: Date,
): Promise<{ outcome: DeliveryOutcome; messageId?: string }> => {
  const email = normaliseEmail(delivery.contact.email);
  if (await ports.suppressions.isSuppressed(email)) return { outcome: 'suppressed' };

  const locked = await ports.editions.get(delivery.edition);
  if (!locked) throw new UnlockedEditionError(`the edition of ${delivery.edition} has not been locked`);

  const claim = await ports.deliveries.claim(
    delivery.edition,
    delivery.school.urn,
    email,
    now,
    settings.leaseMs,
  );
  if (claim === 'sent-already') return { outcome: 'sent-already' };
  if (claim === 'in-progress')
    throw new DeliveryInProgressError(
      `the edition of ${delivery.edition} is being sent to this recipient now`,
    );

  const message = editionEmail(
    personaliseEdition(assembleLocked(locked), { school: delivery.school, contact: delivery.contact }),
    settings,
  );
  let messageId: string;
  try {
    ({ messageId } = await ports.mailer.send(message, settings.from));
  } catch (error) {
    await ports.deliveries.release(delivery.edition, delivery.school.urn, email);
    throw error;
  }
  await ports.deliveries.markSent(delivery.edition, delivery.school.urn, email, messageId, now);
  return { outcome: 'sent', messageId };
};
