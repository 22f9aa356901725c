import { type Block, renderEmail } from '#domain/shared/email-document';
import type { EmailMessage } from '#domain/shared/email-message';
import { londonLongDateOf } from '#domain/shared/london-time';
import { formatPence } from '#domain/shared/money';
import type { Booking } from './booking.ts';
import { bookerFacing, bookingFacts, whatWasBooked } from './booking-description.ts';
import { balanceBlocks, contactBlock, daysText } from './booking-email-blocks.ts';
import type { DaysBalance } from './days-balance.ts';
import type { PriceList } from './price-list.ts';

const WHY = {
  school: 'at your request',
  team: 'by the School Effectiveness team',
  'place-offer-lapsed': 'because the place offered was not accepted in time',
} as const;

/**
 * Confirms a cancellation: why, the charge and the window it fell in, what is no longer due,
 * and for days the balance after the undelivered days are given back.
 */
export function cancellationEmail(
  booking: Booking,
  context: { readonly list: PriceList; readonly balance?: DaysBalance; readonly returnedDays?: number },
): EmailMessage {
  const { list, balance, returnedDays } = context;
  const cancellation = booking.cancellation;
  if (!cancellation) throw new TypeError(`booking ${booking.bookingId} is not cancelled`);
  const what = whatWasBooked(booking, list);
  const subject = `Booking cancelled: ${what} (${booking.bookingId})`;
  const facing = bookerFacing(booking);
  const { charge } = cancellation;
  const chargeText =
    charge.totalPence === 0
      ? 'No charge'
      : `${formatPence(charge.totalPence)} (${charge.chargePercent}% of what had not been delivered${charge.vatPence > 0 ? `, including ${formatPence(charge.vatPence)} VAT` : ''})`;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Booking cancelled' },
    { kind: 'paragraph', content: facing.greeting },
    ...(facing.bookedBy ? [{ kind: 'paragraph', content: facing.bookedBy } as const] : []),
    {
      kind: 'paragraph',
      content: `Your booking of ${what} for ${booking.school.name} has been cancelled ${WHY[cancellation.by]}.`,
    },
    {
      kind: 'facts',
      rows: [
        ...bookingFacts(booking, list),
        ['Cancelled', londonLongDateOf(new Date(cancellation.cancelledAt))],
        ['Reason', cancellation.reason],
        ['Notice', charge.window],
        ['Cancellation charge', chargeText],
        ...(booking.price.totalPence > 0
          ? [['No longer due', formatPence(charge.creditPence)] as [string, string]]
          : []),
      ],
    },
    ...(returnedDays && returnedDays > 0
      ? [
          {
            kind: 'paragraph',
            content: `The ${daysText(returnedDays)} not yet used have been taken off your balance.`,
          } as const,
        ]
      : []),
    ...(balance ? balanceBlocks(balance) : []),
    { kind: 'heading', level: 2, text: 'Contact' },
    contactBlock(list.contact, booking.bookingId),
  ];
  const { html, text } = renderEmail({ title: subject, blocks });
  return { to: [...facing.to], subject, text, html, replyTo: list.contact.email };
}
