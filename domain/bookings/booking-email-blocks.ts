/**
 * Blocks the booking emails share: the price table, the contact paragraph, the days balance.
 * Every booking email is written once as blocks (domain/shared/email-document.ts), so its HTML
 * and plain-text parts say the same thing.
 */
import type { Block } from '#domain/shared/email-document';
import { ukLongDate } from '#domain/shared/london-time';
import { formatPence } from '#domain/shared/money';
import type { DaysBalance } from './days-balance.ts';
import type { BookingPrice } from './price-booking.ts';
import type { Contact } from './price-list.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Every price line, then the net, VAT and total rows. */
export const priceBlocks = (price: BookingPrice, heading = 'Price'): Block[] => [
  { kind: 'heading', level: 2, text: heading },
  {
    kind: 'facts',
    rows: [
      ...price.lines.map((line) => [line.description, formatPence(line.amountPence)] as const),
      ['Total', formatPence(price.totalPence)],
    ],
  },
];

/** Who to ask, with the reference to quote. */
export const contactBlock = (contact: Contact, bookingId?: string): Block => ({
  kind: 'paragraph',
  content: [
    `Questions${bookingId ? ' about this booking' : ''}: ${contact.team}, `,
    { text: contact.email, href: `mailto:${contact.email}` },
    `, ${contact.phone}.${bookingId ? ` Please quote ${bookingId}.` : ''}`,
  ],
});

/** A school's days for the year: bought, used, left, and when they lapse. */
export const balanceBlocks = (balance: DaysBalance): Block[] => [
  { kind: 'heading', level: 2, text: `Your school improvement days in ${balance.academicYear}` },
  {
    kind: 'facts',
    rows: [
      ['Days bought', String(balance.bought)],
      ['Days used', String(balance.delivered)],
      ['Days left', String(balance.remaining)],
    ],
  },
  {
    kind: 'paragraph',
    content: `All days must be used within the academic year ${balance.academicYear} (1 September to 31 August) or they are lost: days not used by ${ukLongDate(balance.lapsesAfter)} lapse.`,
  },
];

/** "2.5 days" */
export const daysText = (days: number): string => plural(days, 'day');
