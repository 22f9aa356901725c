import type { EmailMessage } from './email-message.ts';

/** Port: sends an email from the given address; resolves with the provider's message id. */
export interface Mailer {
  send(message: EmailMessage, from: string): Promise<{ messageId: string }>;
}
