import type { SesNotification } from '#events/ses-notification';

/** Why an address gets no more editions. */
export type SuppressionReason = 'bounce' | 'complaint';

/** An address the weekly email skips. */
export interface Suppression {
  /** Lower-cased, so `Head@Example.org` and `head@example.org` are one address. */
  readonly email: string;
  readonly reason: SuppressionReason;
  /** When SES saw the bounce or complaint (ISO instant). */
  readonly at: string;
  /** The SES message it was about. */
  readonly messageId: string;
}

/** Port: the addresses that bounced or complained. */
export interface SuppressionList {
  /** Records suppressions; recording an address again keeps it suppressed. */
  suppress(suppressions: readonly Suppression[]): Promise<void>;
  /** Whether an address is suppressed (any case). */
  isSuppressed(email: string): Promise<boolean>;
}

/** The form an address is kept and compared in. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/**
 * The addresses an SES notification says to stop writing to: every recipient of a permanent
 * bounce (the address does not exist or will never take mail) and of a complaint (they marked
 * it as spam: sending again harms the council's sending reputation, which SES watches through
 * the account's bounce and complaint rates). Transient and undetermined bounces (a full mailbox, an
 * out-of-office) and other kinds (delivery, send, open) suppress nothing.
 */
export const suppressionsFrom = (notification: SesNotification): Suppression[] => {
  const kind = notification.eventType ?? notification.notificationType;
  const messageId = notification.mail.messageId;
  if (kind === 'Bounce' && notification.bounce?.bounceType === 'Permanent')
    return notification.bounce.bouncedRecipients.map((r) => ({
      email: normaliseEmail(r.emailAddress),
      reason: 'bounce',
      at: notification.bounce!.timestamp,
      messageId,
    }));
  if (kind === 'Complaint' && notification.complaint)
    return notification.complaint.complainedRecipients.map((r) => ({
      email: normaliseEmail(r.emailAddress),
      reason: 'complaint',
      at: notification.complaint!.timestamp,
      messageId,
    }));
  return [];
};
