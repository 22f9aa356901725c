import { type EmailMessage, escapeHtml, htmlDocument } from '#domain/shared/email-message';
import { londonLongDateOf } from '#domain/shared/london-time';
import { formatPence } from '#domain/shared/money';
import { PROGRAMMES } from '#events/booking-request';
import type { Booking } from './booking.ts';
import type { SchoolImprovementOffer } from './school-improvement-offer.ts';

/** Renders the booking confirmation a school's booker receives. */
export function bookingConfirmationEmail(booking: Booking, offer: SchoolImprovementOffer): EmailMessage {
  const programme = PROGRAMMES[booking.programme];
  const subject = `Booking confirmed: ${programme} (${booking.bookingId})`;
  const facts: [string, string][] = [
    ['Booking reference', booking.bookingId],
    ['School', `${booking.school.name} (URN ${booking.school.urn})`],
    ['Programme', programme],
    ['Days', String(booking.days)],
    ['Purchase order', booking.purchaseOrderNumber ?? 'None given'],
    ['Received', londonLongDateOf(new Date(booking.receivedAt))],
  ];
  const priceLines = booking.price.lines.map((l) => [l.description, formatPence(l.amountPence)] as const);
  const total = formatPence(booking.price.totalPence);
  const useBy = `All days must be used within the academic year ${booking.academicYear} (1 September to 31 August) or they are lost.`;
  const contact = `${offer.contact.team}: ${offer.contact.email}, ${offer.contact.phone}`;
  // Issue 11: mail goes to the booker only when the directory vouches for the address; otherwise
  // to the school's contacts (or the team), who are told who booked in the school's name.
  const toBooker = (booking.confirmation?.basis ?? 'booker') === 'booker';
  const greeting = toBooker ? `Dear ${booking.booker.name},` : `Dear colleagues at ${booking.school.name},`;
  const opening = toBooker
    ? `Thank you. Your booking of ${programme} is confirmed.`
    : `A booking of ${programme} has been made for your school and is confirmed. It was made by ${booking.booker.name} (${booking.booker.email}), an address the schools directory does not hold for your school. If the school did not make this booking, please tell us straight away: ${contact}.`;

  const text = [
    greeting,
    '',
    opening,
    '',
    ...facts.map(([k, v]) => `${k}: ${v}`),
    '',
    'Price',
    ...priceLines.map(([k, v]) => `- ${k}: ${v}`),
    `Total: ${total}`,
    '',
    useBy,
    '',
    `Questions about this booking: ${contact}. Please quote ${booking.bookingId}.`,
  ].join('\n');

  const row = (k: string, v: string) =>
    `<tr><th scope="row" style="text-align:left;padding:4px 16px 4px 0;vertical-align:top;">${escapeHtml(k)}</th><td style="padding:4px 0;">${escapeHtml(v)}</td></tr>`;
  const html = htmlDocument(
    subject,
    [
      `<h1 style="font-size:27px;margin:0 0 16px 0;">Booking confirmed</h1>`,
      `<p style="margin:0 0 16px 0;">${escapeHtml(greeting)}</p>`,
      `<p style="margin:0 0 16px 0;">${escapeHtml(opening)}</p>`,
      `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 16px 0;">${facts.map(([k, v]) => row(k, v)).join('')}</table>`,
      `<h2 style="font-size:22px;margin:0 0 8px 0;">Price</h2>`,
      `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 16px 0;">${priceLines.map(([k, v]) => row(k, v)).join('')}${row('Total', total)}</table>`,
      `<p style="margin:0 0 16px 0;">${escapeHtml(useBy)}</p>`,
      `<p style="margin:0;">Questions about this booking: ${escapeHtml(offer.contact.team)}, <a href="mailto:${escapeHtml(offer.contact.email)}" style="color:#1d70b8;">${escapeHtml(offer.contact.email)}</a>, ${escapeHtml(offer.contact.phone)}. Please quote ${escapeHtml(booking.bookingId)}.</p>`,
    ].join('\n'),
  );
  return {
    to: booking.confirmation?.to ?? [booking.booker.email],
    subject,
    text,
    html,
    replyTo: offer.contact.email,
  };
}
