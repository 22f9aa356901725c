import { type Block, type Inlines, renderEmail } from '#domain/shared/email-document';
import type { EmailMessage } from '#domain/shared/email-message';
import type { IsoDate } from '#domain/shared/iso-date';
import { ukLongDate } from '#domain/shared/london-time';
import type { Booking } from './booking.ts';
import { bookerFacing, bookingFacts, whatWasBooked } from './booking-description.ts';
import { contactBlock } from './booking-email-blocks.ts';
import type { EventsList } from './price-list.ts';

/**
 * Offers a place that has come free to the first booking on the waitlist, with the last day to
 * accept it; after that it goes to the next. `acceptHref` is where the booker accepts (a link);
 * without one, they accept by replying.
 */
export function placeOfferedEmail(
  booking: Booking,
  context: { readonly list: EventsList; readonly acceptBy: IsoDate; readonly acceptHref?: string },
): EmailMessage {
  const { list, acceptBy, acceptHref } = context;
  const what = whatWasBooked(booking, list);
  const deadline = ukLongDate(acceptBy);
  const subject = `A place is available: ${what} - please accept by ${deadline} (${booking.bookingId})`;
  const facing = bookerFacing(booking);
  const howToAccept: Inlines = acceptHref
    ? ['To take it, ', { text: 'accept your place', href: acceptHref }, ` by the end of ${deadline}.`]
    : `To take it, reply to this email by the end of ${deadline}, quoting ${booking.bookingId}.`;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'A place is available' },
    { kind: 'paragraph', content: facing.greeting },
    ...(facing.bookedBy ? [{ kind: 'paragraph', content: facing.bookedBy } as const] : []),
    {
      kind: 'paragraph',
      content: `A place has come free at the ${what}, and you are next on the waitlist. It is held for you until the end of ${deadline}.`,
    },
    { kind: 'paragraph', content: howToAccept },
    { kind: 'facts', rows: [...bookingFacts(booking, list), ['Accept by', `the end of ${deadline}`]] },
    {
      kind: 'paragraph',
      content:
        'If you do not accept it by then, the place will be offered to the next school on the waitlist.',
    },
    { kind: 'heading', level: 2, text: 'Contact' },
    contactBlock(list.contact, booking.bookingId),
  ];
  const { html, text } = renderEmail({ title: subject, blocks });
  return { to: [...facing.to], subject, text, html, replyTo: list.contact.email };
}
