import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer } from '#domain/shared/mailer';

/**
 * Sends email through SES (API v2 SendEmail, authorised as `ses:SendEmail`): a simple message
 * with plain-text and HTML parts in UTF-8, every recipient in To, named with the configuration
 * set (bounce and complaint handling, reputation metrics).
 */
export function sesMailer(client: SESv2Client, options: { configurationSetName?: string } = {}): Mailer {
  return {
    async send(message, from) {
      const result = await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [...message.to] },
          ReplyToAddresses: message.replyTo ? [message.replyTo] : undefined,
          ConfigurationSetName: options.configurationSetName,
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: 'UTF-8' },
              Body: {
                Text: { Data: message.text, Charset: 'UTF-8' },
                Html: { Data: message.html, Charset: 'UTF-8' },
              },
            },
          },
        }),
      );
      return { messageId: result.MessageId ?? '' };
    },
  };
}
