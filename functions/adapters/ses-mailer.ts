import { type SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import type { Mailer } from '#domain/shared/mailer';

/** Sends email through SES (v1 SendEmail: plain-text and HTML parts, UTF-8). */
export function sesMailer(client: SESClient, options: { configurationSetName?: string } = {}): Mailer {
  return {
    async send(message, from) {
      const result = await client.send(
        new SendEmailCommand({
          Source: from,
          Destination: {
            ToAddresses: [...message.to],
            ...(message.cc?.length && { CcAddresses: [...message.cc] }),
          },
          ReplyToAddresses: message.replyTo ? [message.replyTo] : undefined,
          ConfigurationSetName: options.configurationSetName,
          Message: {
            Subject: { Data: message.subject, Charset: 'UTF-8' },
            Body: {
              Text: { Data: message.text, Charset: 'UTF-8' },
              Html: { Data: message.html, Charset: 'UTF-8' },
            },
          },
        }),
      );
      return { messageId: result.MessageId ?? '' };
    },
  };
}
