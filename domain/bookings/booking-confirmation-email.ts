import { type Block, renderEmail } from '#domain/shared/email-document';
import type { EmailMessage } from '#domain/shared/email-message';
import { londonLongDateOf, ukLongDate } from '#domain/shared/london-time';
import type { Booking } from './booking.ts';
import {
  bookerFacing,
  bookingFacts,
  delegatesOf,
  vatNote,
  whatWasBooked,
  yearOfBooking,
} from './booking-description.ts';
import { balanceBlocks, contactBlock, priceBlocks } from './booking-email-blocks.ts';
import type { DaysBalance } from './days-balance.ts';
import type { PriceList } from './price-list.ts';
import { whosePrices } from './price-list-in-force.ts';

/** What the confirmation says will happen next, by kind and by how the school pays. */
const nextSteps = (booking: Booking): string[] => {
  const pays =
    booking.price.totalPence === 0
      ? []
      : booking.price.vatTreatment === 'internal-recharge'
        ? ['The cost will be charged to your school budget by internal recharge.']
        : [
            `We will send an invoice to the school${booking.purchaseOrderNumber ? `, quoting purchase order ${booking.purchaseOrderNumber}` : ''}.`,
          ];
  switch (booking.kind) {
    case 'school-improvement':
      return [
        'Your school improvement adviser will contact you to agree the dates of your days.',
        'Each day or half day is taken from your balance once it has been delivered; all traded activity includes report writing and travel.',
        ...pays,
      ];
    case 'statutory-assessment-subscription':
      return [
        'Joining details for each virtual session will be sent to you before it takes place.',
        'Up to 2 members of staff may attend each session.',
        ...pays,
      ];
    case 'statutory-assessment-session':
    case 'moderation-training':
      return ['Joining details will be sent to the named staff before the training.', ...pays];
    case 'event':
      return [
        'Joining instructions will be sent before the event.',
        'If you can no longer attend, please cancel your place so that it can go to the next school on the waitlist.',
      ];
  }
};

/**
 * The confirmation a booker receives: every price line with the totals, the purchase order and
 * VAT, whose prices they are, what happens next, the school's days balance (for days) and who
 * to contact. One set of blocks gives both the HTML and the text part.
 */
export function bookingConfirmationEmail(
  booking: Booking,
  context: { readonly list: PriceList; readonly balance?: DaysBalance },
): EmailMessage {
  const { list, balance } = context;
  const what = whatWasBooked(booking, list);
  const subject = `Booking confirmed: ${what} (${booking.bookingId})`;
  const facing = bookerFacing(booking);
  const delegates = delegatesOf(booking);
  const themes = booking.kind === 'event' ? (booking.themes ?? []) : [];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Booking confirmed' },
    { kind: 'paragraph', content: facing.greeting },
    {
      kind: 'paragraph',
      content: facing.bookedBy
        ? `A booking of ${what} has been made for ${booking.school.name} and is confirmed.`
        : `Thank you. Your booking of ${what} for ${booking.school.name} is confirmed.`,
    },
    ...(facing.bookedBy ? [{ kind: 'paragraph', content: facing.bookedBy } as const] : []),
    {
      kind: 'facts',
      rows: [
        ...bookingFacts(booking, list),
        ['Purchase order', booking.purchaseOrderNumber ?? 'None given'],
        ['VAT', vatNote(booking.price)],
        ['Received', londonLongDateOf(new Date(booking.receivedAt))],
      ],
    },
    ...(delegates.length > 0
      ? [
          {
            kind: 'heading',
            level: 2,
            text: booking.kind === 'event' ? 'Attending' : 'Staff booked',
          } as const,
          { kind: 'list', items: delegates.map((d) => d.name) } as const,
        ]
      : []),
    ...(themes.length > 0
      ? [
          { kind: 'heading', level: 2, text: 'Themes you asked for' } as const,
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
    { kind: 'heading', level: 2, text: 'What happens next' },
    { kind: 'list', items: nextSteps(booking) },
    ...(booking.kind === 'school-improvement' && balance ? balanceBlocks(balance) : []),
    ...(booking.kind === 'school-improvement' && !balance
      ? [
          {
            kind: 'paragraph',
            content: `All days must be used within the academic year ${yearOfBooking(booking)} (1 September to 31 August) or they are lost.`,
          } as const,
        ]
      : []),
    ...(booking.kind === 'school-improvement' && balance
      ? [
          {
            kind: 'paragraph',
            content: `If any days are left, we will remind you on ${ukLongDate(balance.reminderOn)}.`,
          } as const,
        ]
      : []),
    { kind: 'heading', level: 2, text: 'Contact' },
    contactBlock(list.contact, booking.bookingId),
  ];
  const { html, text } = renderEmail({ title: subject, blocks });
  return { to: [...facing.to], subject, text, html, replyTo: list.contact.email };
}
