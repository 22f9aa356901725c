import { type Block, renderEmail } from '#domain/shared/email-document';
import type { EmailMessage } from '#domain/shared/email-message';
import { londonLongDateOf } from '#domain/shared/london-time';
import { formatPence } from '#domain/shared/money';
import type { Booking } from './booking.ts';
import { bookingFacts, delegatesOf, vatNote, whatWasBooked } from './booking-description.ts';
import { priceBlocks } from './booking-email-blocks.ts';
import type { PriceList } from './price-list.ts';
import { whosePrices } from './price-list-in-force.ts';

const STATUS_WORDS = {
  received: 'received',
  confirmed: 'confirmed',
  waitlisted: 'waitlisted (the event is full)',
  cancelled: 'cancelled',
  rejected: 'rejected',
} as const;

/**
 * Tells the team's mailbox (`mailbox`, else the price list's contact: Workforce Development) of a new
 * booking, with what they need to act on it: the school, the booker, what was booked, the price,
 * the purchase order and VAT. Replies go to the booker.
 */
export function teamNotificationEmail(
  booking: Booking,
  context: { readonly list: PriceList; readonly mailbox?: string },
): EmailMessage {
  const { list } = context;
  const what = whatWasBooked(booking, list);
  const subject = `New booking ${STATUS_WORDS[booking.status]}: ${what}, ${booking.school.name} (${booking.bookingId})`;
  const delegates = delegatesOf(booking);
  const themes = booking.kind === 'event' ? (booking.themes ?? []) : [];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `New booking: ${what}` },
    {
      kind: 'facts',
      rows: [
        ['Status', STATUS_WORDS[booking.status]],
        ...bookingFacts(booking, list),
        ['Booked by', booking.booker.name],
        ['Email', { text: booking.booker.email, href: `mailto:${booking.booker.email}` }],
        ...(booking.booker.phone ? [['Phone', booking.booker.phone] as [string, string]] : []),
        ['Purchase order', booking.purchaseOrderNumber ?? 'None given'],
        ['VAT', vatNote(booking.price)],
        ['VAT requested on the form', booking.addVat ? 'Yes' : 'No'],
        ['Total', formatPence(booking.price.totalPence)],
        ['Received', londonLongDateOf(new Date(booking.receivedAt))],
      ],
    },
    ...(delegates.length > 0
      ? [
          { kind: 'heading', level: 2, text: 'Named staff' } as const,
          {
            kind: 'list',
            items: delegates.map((d) => (d.email ? `${d.name} (${d.email})` : d.name)),
          } as const,
        ]
      : []),
    ...(themes.length > 0
      ? [
          { kind: 'heading', level: 2, text: 'Themes requested' } as const,
          { kind: 'list', items: themes } as const,
        ]
      : []),
    ...priceBlocks(booking.price),
    {
      kind: 'paragraph',
      content: whosePrices({
        title: booking.priceList?.title ?? list.title,
        academicYear: booking.academicYear,
        carriedForwardFrom: booking.priceList?.carriedForwardFrom,
      }),
    },
  ];
  const { html, text } = renderEmail({ title: subject, blocks });
  return { to: [context.mailbox ?? list.contact.email], subject, text, html, replyTo: booking.booker.email };
}
