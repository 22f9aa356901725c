import { describe, expect, it } from 'vitest';
import type { Booking, BookingOf } from '#domain/bookings/booking';
import { bookingConfirmationEmail } from '#domain/bookings/booking-confirmation-email';
import { daysBalance } from '#domain/bookings/days-balance';
import { priceBooking } from '#domain/bookings/price-booking';
import { FREE_EVENTS_2026_27 } from '#domain/bookings/price-lists/free-events-2026-27';
import { PRIMARY_STATUTORY_ASSESSMENT_2021_22 } from '#domain/bookings/price-lists/primary-statutory-assessment-2021-22';
import { SCHOOL_EFFECTIVENESS_2023_24 } from '#domain/bookings/price-lists/school-effectiveness-2023-24';

const se2023 = { list: SCHOOL_EFFECTIVENESS_2023_24, academicYear: { startYear: 2023 } };

const confirmedBooking = (overrides: Partial<BookingOf<'school-improvement'>> = {}): Booking => ({
  kind: 'school-improvement',
  bookingId: 'BK-7K3M9Q2XHD',
  submissionId: '3f0a9c52-6a1e-4b8f-9d2c-1e5f7a8b9c0d',
  termsAccepted: true,
  school: { urn: '999123', name: 'Example Church of England Primary School', priceBand: 'essex-academy' },
  booker: { name: 'Jo Bloggs', email: 'jo.bloggs@example.org' },
  programme: 'headteacher-performance-management',
  package: 'gold',
  days: 4,
  purchaseOrderNumber: 'PO-2023-0147',
  addVat: true,
  status: 'confirmed',
  // Gold, early bird, an academy (standard-rated): £2,340.00 - £117.00 + £444.60 = £2,667.60
  price: priceBooking(
    {
      kind: 'school-improvement',
      programme: 'headteacher-performance-management',
      package: 'gold',
      days: 4,
      addVat: true,
    },
    { priceBand: 'essex-academy', holdsSubscription: false, daysAlreadyBought: 0 },
    se2023,
    '2023-10-16',
  ),
  academicYear: '2023/24',
  priceList: { id: 'school-effectiveness-2023-24', title: 'School Effectiveness offer 2023-24' },
  receivedAt: '2023-10-16T09:14:27.482Z',
  confirmedAt: '2023-10-16T09:14:29.871Z',
  ...overrides,
});

const withList = { list: SCHOOL_EFFECTIVENESS_2023_24 };

describe('booking confirmation email', () => {
  it('names what was booked and the booking reference in the subject', () => {
    // act
    const email = bookingConfirmationEmail(confirmedBooking(), withList);

    // assert
    expect(email.subject).toBe('Booking confirmed: Headteacher Performance Management (BK-7K3M9Q2XHD)');
  });

  it('is sent to the booker, with replies going to the Workforce Development mailbox', () => {
    // act
    const email = bookingConfirmationEmail(confirmedBooking(), withList);

    // assert
    expect(email.to).toEqual(['jo.bloggs@example.org']);
    expect(email.replyTo).toBe('workforce.development@example.gov.uk');
  });

  it.each(['text', 'html'] as const)(
    'carries the reference, school, total, PO, VAT and contact in the %s part',
    (part) => {
      // act
      const body = bookingConfirmationEmail(confirmedBooking(), withList)[part];

      // assert
      for (const expected of [
        'BK-7K3M9Q2XHD',
        'Example Church of England Primary School',
        '999123',
        '£2,667.60',
        'PO-2023-0147',
        'Added at 20% (consultancy is standard-rated)',
        'Workforce Development (School Effectiveness)',
        'workforce.development@example.gov.uk',
        '0333 000 0000',
        'What happens next',
      ]) {
        expect(body).toContain(expected);
      }
    },
  );

  it('lists every price line, the early bird discount included, and the total in the text part', () => {
    // act
    const { text } = bookingConfirmationEmail(confirmedBooking(), withList);

    // assert
    expect(text).toContain('Gold package (4 days): £2,340.00');
    expect(text).toContain(
      'Early bird discount: 5% off the package (booked before Friday 20 October 2023): -£117.00',
    );
    expect(text).toContain('VAT at 20%: £444.60');
    expect(text).toContain('Total: £2,667.60');
  });

  it('escapes a school name with markup characters in the HTML part and keeps it as written in the text part', () => {
    // prepare
    const booking = confirmedBooking({ school: { urn: '999124', name: "St Mary's <Primary> & Nursery" } });

    // act
    const { html, text } = bookingConfirmationEmail(booking, withList);

    // assert
    expect(html).toContain('St Mary&#39;s &lt;Primary&gt; &amp; Nursery');
    expect(html).not.toContain('<Primary>');
    expect(text).toContain("St Mary's <Primary> & Nursery");
  });

  it('is a British English HTML document titled with the subject, with real headings', () => {
    // act
    const { html } = bookingConfirmationEmail(confirmedBooking(), withList);

    // assert
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain(
      '<title>Booking confirmed: Headteacher Performance Management (BK-7K3M9Q2XHD)</title>',
    );
    expect(html).toMatch(/<h1[^>]*>Booking confirmed<\/h1>/);
    expect(html).toMatch(/<h2[^>]*>Price<\/h2>/);
    expect(html).not.toContain('<img');
  });

  it('shows the date received as a UK date', () => {
    // act
    const { text } = bookingConfirmationEmail(
      confirmedBooking({ receivedAt: '2023-10-19T23:30:00Z' }),
      withList,
    );

    // assert
    expect(text).toContain('Received: Friday 20 October 2023');
  });

  it('says when no purchase order number was given', () => {
    // prepare
    const { purchaseOrderNumber: _none, ...booking } = confirmedBooking() as BookingOf<'school-improvement'>;

    // act
    const { text } = bookingConfirmationEmail(booking, withList);

    // assert
    expect(text).toContain('Purchase order: None given');
  });

  it('states the academic year the days belong to, written as the council now writes it, even for a 2023-24 record', () => {
    // act
    const email = bookingConfirmationEmail(confirmedBooking({ academicYear: '2023-24' }), withList);

    // assert
    expect(email.text).toContain('Academic year: 2023/24');
    expect(email.text).toContain('within the academic year 2023/24');
    expect(email.html).toContain('within the academic year 2023/24');
  });

  it('says whose prices they are when carried forward to a later year', () => {
    // prepare
    const booking = confirmedBooking({
      academicYear: '2026/27',
      priceList: {
        id: 'school-effectiveness-2023-24',
        title: 'School Effectiveness offer 2023-24',
        carriedForwardFrom: '2023/24',
      },
    });

    // act
    const { text, html } = bookingConfirmationEmail(booking, withList);

    // assert
    const note =
      'Prices from the School Effectiveness offer 2023-24, carried forward to 2026/27 until the council publishes 2026/27 prices.';
    expect(text).toContain(note);
    expect(html).toContain(note);
  });

  it('shows the school’s days balance for the year and when the days lapse', () => {
    // prepare
    const booking = confirmedBooking();
    const balance = daysBalance({ startYear: 2023 }, [
      { ...(booking as BookingOf<'school-improvement'>) },
      {
        bookingId: 'BK-2222222222',
        academicYear: '2023/24',
        status: 'confirmed',
        days: 2,
        deliveries: [{ days: 1.5 }],
      },
    ]);

    // act
    const { text } = bookingConfirmationEmail(booking, { ...withList, balance });

    // assert
    expect(text).toContain('Your school improvement days in 2023/24');
    expect(text).toContain('Days bought: 6');
    expect(text).toContain('Days used: 1.5');
    expect(text).toContain('Days left: 4.5');
    expect(text).toContain('days not used by Saturday 31 August 2024 lapse');
    expect(text).toContain('we will remind you on Friday 19 July 2024');
  });

  it('tells a maintained school the cost is an internal recharge and invoices others', () => {
    // prepare
    const maintained = confirmedBooking({
      price: { ...confirmedBooking().price, vatTreatment: 'internal-recharge', vatPence: 0 },
    });

    // act
    const internal = bookingConfirmationEmail(maintained, withList).text;
    const invoiced = bookingConfirmationEmail(confirmedBooking(), withList).text;

    // assert
    expect(internal).toContain('charged to your school budget by internal recharge');
    expect(invoiced).toContain('We will send an invoice to the school, quoting purchase order PO-2023-0147.');
  });

  it('confirms moderation training with the named staff and the no-VAT reason', () => {
    // prepare
    const booking: Booking = {
      ...confirmedBooking(),
      kind: 'moderation-training',
      course: 'year-2-moderation-experienced',
      delegates: [{ name: 'A Teacher' }, { name: 'B Teacher' }],
      price: priceBooking(
        {
          kind: 'moderation-training',
          course: 'year-2-moderation-experienced',
          delegates: [{ name: 'A Teacher' }, { name: 'B Teacher' }],
          addVat: false,
        },
        { priceBand: 'essex-academy', holdsSubscription: false, daysAlreadyBought: 0 },
        {
          list: PRIMARY_STATUTORY_ASSESSMENT_2021_22,
          academicYear: { startYear: 2026 },
          carriedForwardFrom: { startYear: 2021 },
        },
        '2026-11-23',
      ),
      academicYear: '2026/27',
      priceList: {
        id: 'primary-statutory-assessment-2021-22',
        title: 'Primary Statutory Assessment package 2021/22',
        carriedForwardFrom: '2021/22',
      },
    } as Booking;

    // act
    const { subject, text } = bookingConfirmationEmail(booking, {
      list: PRIMARY_STATUTORY_ASSESSMENT_2021_22,
    });

    // assert
    expect(subject).toBe(
      'Booking confirmed: Year 2 moderation training: experienced teachers (BK-7K3M9Q2XHD)',
    );
    expect(text).toContain('Staff booked');
    expect(text).toContain('- A Teacher\n- B Teacher');
    expect(text).toContain('VAT: None: training is exempt from VAT');
    expect(text).toContain('Total: £75.00');
    expect(text).toContain('carried forward to 2026/27 until the council publishes 2026/27 prices');
    expect(text).toContain('primary.assessment@example.gov.uk');
  });

  it('confirms an event place with when and where, and the themes asked for', () => {
    // prepare
    const booking: Booking = {
      ...confirmedBooking(),
      kind: 'event',
      event: 'assessment-leads-network-2027-03-04',
      delegates: [{ name: 'C Lead' }],
      themes: ['Writing moderation'],
      price: {
        netPence: 0,
        discountPence: 0,
        vatPence: 0,
        totalPence: 0,
        lines: [{ description: 'Free', amountPence: 0 }],
      },
      academicYear: '2026/27',
      priceList: { id: 'free-events-2026-27', title: 'Free events 2026/27' },
    } as Booking;

    // act
    const { text } = bookingConfirmationEmail(booking, { list: FREE_EVENTS_2026_27 });

    // assert
    expect(text).toContain('When: Thursday 4 March 2027, 13:30 to 15:30');
    expect(text).toContain('Where: Example Conference Centre, 1 Example Way, Chelmsford CM1 0XX');
    expect(text).toContain('Attending');
    expect(text).toContain('- Writing moderation');
    expect(text).toContain('please cancel your place so that it can go to the next school on the waitlist');
    expect(text).not.toContain('invoice');
  });
});
