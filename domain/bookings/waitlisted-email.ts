import { type Block, renderEmail } from '#domain/shared/email-document';
import type { EmailMessage } from '#domain/shared/email-message';
import type { Booking } from './booking.ts';
import { bookerFacing, bookingFacts, whatWasBooked } from './booking-description.ts';
import { contactBlock } from './booking-email-blocks.ts';
import type { EventsList } from './price-list.ts';

/**
 * Tells a booker the event is full and their booking is on the waitlist, in order: when a place
 * comes free it is offered to the first waiting, by email, and held for a few working days.
 */
export function waitlistedEmail(
  booking: Booking,
  context: { readonly list: EventsList; readonly position?: number },
): EmailMessage {
  const { list, position } = context;
  const what = whatWasBooked(booking, list);
  const subject = `On the waitlist: ${what} (${booking.bookingId})`;
  const facing = bookerFacing(booking);
  const held = list.placeOffer.acceptWithinWorkingDays;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'You are on the waitlist' },
    { kind: 'paragraph', content: facing.greeting },
    ...(facing.bookedBy ? [{ kind: 'paragraph', content: facing.bookedBy } as const] : []),
    {
      kind: 'paragraph',
      content: `Thank you for booking the ${what}. All its places are taken, so your booking is on the waitlist${position ? `: you are number ${position}` : ''}.`,
    },
    { kind: 'facts', rows: bookingFacts(booking, list) },
    { kind: 'heading', level: 2, text: 'What happens next' },
    {
      kind: 'list',
      items: [
        'Places are offered in the order bookings joined the waitlist.',
        `If a place comes free, we will email you and hold it for you for ${held} working ${held === 1 ? 'day' : 'days'}; if you do not accept it by then, it goes to the next school.`,
        'You do not need to do anything now. If you no longer want a place, please cancel your booking.',
      ],
    },
    { kind: 'heading', level: 2, text: 'Contact' },
    contactBlock(list.contact, booking.bookingId),
  ];
  const { html, text } = renderEmail({ title: subject, blocks });
  return { to: [...facing.to], subject, text, html, replyTo: list.contact.email };
}
