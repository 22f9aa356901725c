import { renderEmail } from '#domain/shared/email-document';
import type { EmailMessage } from '#domain/shared/email-message';
import { ukLongDate } from '#domain/shared/london-time';
import type { BookingSchool } from './booking.ts';
import { balanceBlocks, contactBlock, daysText } from './booking-email-blocks.ts';
import type { DaysBalance } from './days-balance.ts';
import type { Contact } from './price-list.ts';

/**
 * Reminds a school, six weeks before the end of the academic year, of school improvement days
 * it has not used: "All days purchased must be used within the academic year ... or are lost."
 */
export function daysLapseReminderEmail(context: {
  readonly school: Pick<BookingSchool, 'urn' | 'name'>;
  readonly to: readonly string[];
  readonly balance: DaysBalance;
  readonly contact: Contact;
}): EmailMessage {
  const { school, balance, contact } = context;
  const lapses = ukLongDate(balance.lapsesAfter);
  const subject = `${daysText(balance.remaining)} of school improvement support left for ${balance.academicYear}: use by ${lapses}`;
  const { html, text } = renderEmail({
    title: subject,
    blocks: [
      { kind: 'heading', level: 1, text: 'School improvement days left to use' },
      { kind: 'paragraph', content: `Dear colleague at ${school.name} (URN ${school.urn}),` },
      {
        kind: 'paragraph',
        content: `Your school has ${daysText(balance.remaining)} of school improvement support left for ${balance.academicYear}. Days not used by the end of ${lapses} are lost.`,
      },
      {
        kind: 'paragraph',
        content: 'Please contact us now to agree dates for them before the end of the summer term.',
      },
      ...balanceBlocks(balance),
      { kind: 'heading', level: 2, text: 'Contact' },
      contactBlock(contact),
    ],
  });
  return { to: [...context.to], subject, text, html, replyTo: contact.email };
}
