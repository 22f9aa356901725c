import { describe, expect, it } from 'vitest';
import type { Booking } from '#domain/bookings/booking';
import { bookingConfirmationEmail } from '#domain/bookings/booking-confirmation-email';
import { priceBooking } from '#domain/bookings/price-booking';
import { OFFER_2023_24 } from '#domain/bookings/school-improvement-offer';

const confirmedBooking = (overrides: Partial<Booking> = {}): Booking => ({
  bookingId: 'BK-7K3M9Q2XHD',
  submissionId: '3f0a9c52-6a1e-4b8f-9d2c-1e5f7a8b9c0d',
  termsAccepted: true,
  school: { urn: '999123', name: 'Example Church of England Primary School' },
  booker: { name: 'Jo Bloggs', email: 'jo.bloggs@example.org' },
  programme: 'headteacher-performance-management',
  package: 'gold',
  days: 4,
  purchaseOrderNumber: 'PO-2023-0147',
  addVat: true,
  status: 'confirmed',
  // Gold, early bird, VAT: £2,340.00 - £117.00 + £444.60 = £2,667.60
  price: priceBooking({ package: 'gold', days: 4, addVat: true }, OFFER_2023_24, '2023-10-16'),
  academicYear: '2023-24',
  receivedAt: '2023-10-16T09:14:27.482Z',
  confirmedAt: '2023-10-16T09:14:29.871Z',
  ...overrides,
});

describe('booking confirmation email', () => {
  it('names the programme and the booking reference in the subject', () => {
    // prepare
    const booking = confirmedBooking();

    // act
    const email = bookingConfirmationEmail(booking, OFFER_2023_24);

    // assert
    expect(email.subject).toBe('Booking confirmed: Headteacher Performance Management (BK-7K3M9Q2XHD)');
  });

  it('is sent to the booker, with replies going to the Workforce Development mailbox', () => {
    // prepare
    const booking = confirmedBooking();

    // act
    const email = bookingConfirmationEmail(booking, OFFER_2023_24);

    // assert
    expect(email.to).toEqual(['jo.bloggs@example.org']);
    expect(email.replyTo).toBe('workforce.development@example.gov.uk');
  });

  it.each(['text', 'html'] as const)(
    'carries the reference, school, total and contact in the %s part',
    (part) => {
      // prepare
      const booking = confirmedBooking();

      // act
      const body = bookingConfirmationEmail(booking, OFFER_2023_24)[part];

      // assert
      expect(body).toContain('BK-7K3M9Q2XHD');
      expect(body).toContain('Example Church of England Primary School');
      expect(body).toContain('999123');
      expect(body).toContain('£2,667.60');
      expect(body).toContain('Workforce Development (School Effectiveness)');
      expect(body).toContain('workforce.development@example.gov.uk');
      expect(body).toContain('0333 000 0000');
    },
  );

  it('lists each price line, the early bird discount included, in the text part', () => {
    // prepare
    const booking = confirmedBooking();

    // act
    const { text } = bookingConfirmationEmail(booking, OFFER_2023_24);

    // assert
    expect(text).toContain('- Gold package (4 days): £2,340.00');
    expect(text).toContain('- Early bird discount (5%): -£117.00');
    expect(text).toContain('- VAT at 20%: £444.60');
    expect(text).toContain('Total: £2,667.60');
  });

  it('escapes a school name with markup characters in the HTML part and keeps it as written in the text part', () => {
    // prepare
    const booking = confirmedBooking({ school: { urn: '999124', name: "St Mary's <Primary> & Nursery" } });

    // act
    const { html, text } = bookingConfirmationEmail(booking, OFFER_2023_24);

    // assert
    expect(html).toContain('St Mary&#39;s &lt;Primary&gt; &amp; Nursery');
    expect(html).not.toContain('<Primary>');
    expect(text).toContain("St Mary's <Primary> & Nursery");
  });

  it('is a British English HTML document titled with the subject', () => {
    // prepare
    const booking = confirmedBooking();

    // act
    const { html } = bookingConfirmationEmail(booking, OFFER_2023_24);

    // assert
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain(
      '<title>Booking confirmed: Headteacher Performance Management (BK-7K3M9Q2XHD)</title>',
    );
  });

  it('shows the date received as a UK date', () => {
    // prepare
    const booking = confirmedBooking({ receivedAt: '2023-10-19T23:30:00Z' });

    // act
    const { text } = bookingConfirmationEmail(booking, OFFER_2023_24);

    // assert
    expect(text).toContain('Received: Friday 20 October 2023');
  });

  it('says when no purchase order number was given', () => {
    // prepare
    const { purchaseOrderNumber: _none, ...booking } = confirmedBooking();

    // act
    const { text } = bookingConfirmationEmail(booking, OFFER_2023_24);

    // assert
    expect(text).toContain('Purchase order: None given');
  });

  it('states the academic year the booking was priced in, even once a new year’s offer is loaded', () => {
    // prepare
    const booking = confirmedBooking();
    const nextYearsOffer = { ...OFFER_2023_24, academicYear: '2024-25' };

    // act
    const email = bookingConfirmationEmail(booking, nextYearsOffer);

    // assert
    expect(email.text).toContain('within the academic year 2023-24');
    expect(email.html).toContain('within the academic year 2023-24');
  });
});
