import * as z from 'zod';

/*
 * What SES says happened to an email it sent: the configuration set publishes bounce and
 * complaint events to an SNS topic, delivered raw to an SQS queue (so each SQS body is one of
 * these). SES event publishing names the kind `eventType`; identity notifications name it
 * `notificationType`: both are read. Only the fields the suppression list needs are checked;
 * the rest pass through. Shape: SES Developer Guide, "Contents of event data that Amazon SES
 * publishes to Amazon SNS".
 */

const Recipient = z.object({ emailAddress: z.string().min(1) });

/** The sent email a notification is about. */
const Mail = z.object({
  messageId: z.string().min(1),
  timestamp: z.iso.datetime({ offset: true }),
});

/** A bounce: `Permanent` means the address will never take mail; `Transient` may clear. */
const Bounce = z.object({
  bounceType: z.enum(['Undetermined', 'Permanent', 'Transient']),
  bounceSubType: z.string().optional(),
  bouncedRecipients: z.array(Recipient).min(1),
  timestamp: z.iso.datetime({ offset: true }),
});

/** A complaint: the recipient marked the email as spam. */
const Complaint = z.object({
  complainedRecipients: z.array(Recipient).min(1),
  timestamp: z.iso.datetime({ offset: true }),
});

/** An SES notification of any kind; `bounce` and `complaint` are present for those kinds. */
export const SesNotificationSchema = z
  .object({
    eventType: z.string().optional(),
    notificationType: z.string().optional(),
    mail: Mail,
    bounce: Bounce.optional(),
    complaint: Complaint.optional(),
  })
  .refine((n) => n.eventType !== undefined || n.notificationType !== undefined, {
    message: 'an SES notification names its kind in eventType or notificationType',
    path: ['eventType'],
  });

/** An SES notification as queued. */
export type SesNotification = z.infer<typeof SesNotificationSchema>;
