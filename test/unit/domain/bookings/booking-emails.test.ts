import { describe, expect, it } from 'vitest';
import type { Booking } from '#domain/bookings/booking';
import { cancellationEmail } from '#domain/bookings/cancellation-email';
import { daysBalance } from '#domain/bookings/days-balance';
import { daysLapseReminderEmail } from '#domain/bookings/days-lapse-reminder-email';
import { placeOfferedEmail } from '#domain/bookings/place-offered-email';
import { FREE_EVENTS_2026_27 } from '#domain/bookings/price-lists/free-events-2026-27';
import { SCHOOL_EFFECTIVENESS_2023_24 } from '#domain/bookings/price-lists/school-effectiveness-2023-24';
import { teamNotificationEmail } from '#domain/bookings/team-notification-email';
import { waitlistedEmail } from '#domain/bookings/waitlisted-email';

const FREE = {
  netPence: 0,
  discountPence: 0,
  vatPence: 0,
  totalPence: 0,
  lines: [{ description: 'Free', amountPence: 0 }],
};

const eventBooking: Booking = {
  kind: 'event',
  event: 'assessment-leads-network-2027-03-04',
  delegates: [{ name: 'Chris Lead', email: 'c.lead@example.org' }],
  themes: ['Writing moderation', 'Reading'],
  bookingId: 'BK-EVENT00001',
  submissionId: '0c4d7a2e-2b0e-4f7a-9d62-0a6b1d1c2e3f',
  termsAccepted: true,
  school: { urn: '999201', name: 'Example Junior School', priceBand: 'essex-maintained' },
  booker: { name: 'Sam Sample', email: 'office@example-junior.example.org', phone: '01632 960000' },
  addVat: false,
  status: 'waitlisted',
  price: FREE,
  academicYear: '2026/27',
  priceList: { id: 'free-events-2026-27', title: 'Free events 2026/27' },
  receivedAt: '2027-02-01T10:00:00Z',
  waitlistedAt: '2027-02-01T10:00:02Z',
};

const daysBooking: Booking = {
  kind: 'school-improvement',
  programme: 'governance-review',
  package: 'gold',
  days: 4,
  bookingId: 'BK-DAYS000001',
  submissionId: '5a1f0c3e-8d2b-4e6a-9f70-1b2c3d4e5f60',
  termsAccepted: true,
  school: { urn: '999202', name: 'Example Academy', priceBand: 'essex-academy' },
  booker: { name: 'Alex Example', email: 'head@example-academy.example.org' },
  purchaseOrderNumber: 'PO-9',
  addVat: false,
  status: 'cancelled',
  price: {
    netPence: 234_000,
    discountPence: 0,
    vatPence: 46_800,
    totalPence: 280_800,
    lines: [
      { description: 'Gold package (4 days)', amountPence: 234_000 },
      { description: 'VAT at 20%', amountPence: 46_800 },
    ],
    vatTreatment: 'standard-rated',
    vatRatePercent: 20,
  },
  academicYear: '2026/27',
  priceList: {
    id: 'school-effectiveness-2023-24',
    title: 'School Effectiveness offer 2023-24',
    carriedForwardFrom: '2023/24',
  },
  receivedAt: '2026-11-02T10:00:00Z',
  confirmedAt: '2026-11-02T10:00:02Z',
  deliveries: [{ date: '2026-11-10', days: 1, recordedAt: '2026-11-10T16:00:00Z' }],
  cancellation: {
    cancelledAt: '2026-11-22T09:00:00Z',
    by: 'school',
    reason: 'Headteacher leaving',
    charge: {
      chargePercent: 50,
      netPence: 146_250,
      vatPence: 29_250,
      totalPence: 175_500,
      creditPence: 105_300,
      window: 'cancelled within 60 days of booking',
    },
  },
};

describe('the team notification', () => {
  it('goes to the list’s team mailbox with what they need to act on, replies to the booker', () => {
    // act
    const email = teamNotificationEmail(eventBooking, { list: FREE_EVENTS_2026_27 });

    // assert
    expect(email.to).toEqual(['education.events@example.gov.uk']);
    expect(email.replyTo).toBe('office@example-junior.example.org');
    expect(email.subject).toBe(
      'New booking waitlisted (the event is full): Primary assessment leads network: key stage 2 moderation update, Example Junior School (BK-EVENT00001)',
    );
    expect(email.text).toContain('Phone: 01632 960000');
    expect(email.text).toContain('Price band: Essex maintained school');
    expect(email.text).toContain('- Chris Lead (c.lead@example.org)');
    expect(email.text).toContain('Themes requested');
  });
});

describe('the waitlisted email', () => {
  it('tells the booker they are on the waitlist, where, and how places are offered', () => {
    // act
    const email = waitlistedEmail(eventBooking, { list: FREE_EVENTS_2026_27, position: 3 });

    // assert
    expect(email.to).toEqual(['office@example-junior.example.org']);
    expect(email.subject).toBe(
      'On the waitlist: Primary assessment leads network: key stage 2 moderation update (BK-EVENT00001)',
    );
    expect(email.text).toContain('your booking is on the waitlist: you are number 3');
    expect(email.text).toContain('hold it for you for 2 working days');
    expect(email.html).toMatch(/<h1[^>]*>You are on the waitlist<\/h1>/);
  });
});

describe('the place-offered email', () => {
  it('offers the place with the last day to accept, and a live link to accept it', () => {
    // act
    const email = placeOfferedEmail(eventBooking, {
      list: FREE_EVENTS_2026_27,
      acceptBy: '2027-02-09',
      acceptHref: 'https://bookings.example.gov.uk/bookings/BK-EVENT00001/accept',
    });

    // assert
    expect(email.subject).toBe(
      'A place is available: Primary assessment leads network: key stage 2 moderation update - please accept by Tuesday 9 February 2027 (BK-EVENT00001)',
    );
    expect(email.text).toContain(
      'accept your place (https://bookings.example.gov.uk/bookings/BK-EVENT00001/accept) by the end of Tuesday 9 February 2027',
    );
    expect(email.html).toContain('<a href="https://bookings.example.gov.uk/bookings/BK-EVENT00001/accept"');
    expect(email.text).toContain('the place will be offered to the next school on the waitlist');
  });

  it('asks for a reply when there is no link', () => {
    // act
    const email = placeOfferedEmail(eventBooking, { list: FREE_EVENTS_2026_27, acceptBy: '2027-02-09' });

    // assert
    expect(email.text).toContain(
      'reply to this email by the end of Tuesday 9 February 2027, quoting BK-EVENT00001',
    );
  });
});

describe('the cancellation email', () => {
  it('gives the reason, the window, the charge and what is no longer due, and the balance after', () => {
    // prepare
    const balance = daysBalance({ startYear: 2026 }, [daysBooking as Booking & { days: number }]);

    // act
    const email = cancellationEmail(daysBooking, {
      list: SCHOOL_EFFECTIVENESS_2023_24,
      balance,
      returnedDays: 3,
    });

    // assert
    expect(email.subject).toBe('Booking cancelled: Governance Review (BK-DAYS000001)');
    expect(email.text).toContain('has been cancelled at your request');
    expect(email.text).toContain('Reason: Headteacher leaving');
    expect(email.text).toContain('Notice: cancelled within 60 days of booking');
    expect(email.text).toContain(
      'Cancellation charge: £1,755.00 (50% of what had not been delivered, including £292.50 VAT)',
    );
    expect(email.text).toContain('No longer due: £1,053.00');
    expect(email.text).toContain('The 3 days not yet used have been taken off your balance.');
    expect(email.text).toContain('Days bought: 1');
    expect(email.text).toContain('Days left: 0');
  });

  it('says a lapsed place offer was why, with no charge', () => {
    // prepare
    const lapsed: Booking = {
      ...eventBooking,
      status: 'cancelled',
      cancellation: {
        cancelledAt: '2027-02-10T00:05:00Z',
        by: 'place-offer-lapsed',
        reason: 'The place offered was not accepted by Tuesday 9 February 2027',
        charge: {
          chargePercent: 0,
          netPence: 0,
          vatPence: 0,
          totalPence: 0,
          creditPence: 0,
          window: "22 days' notice before the event",
        },
      },
    };

    // act
    const { text } = cancellationEmail(lapsed, { list: FREE_EVENTS_2026_27 });

    // assert
    expect(text).toContain('because the place offered was not accepted in time');
    expect(text).toContain('Cancellation charge: No charge');
    expect(text).not.toContain('No longer due');
  });
});

describe('the lapse reminder', () => {
  it('tells the school how many days are left and the day they are lost', () => {
    // prepare
    const balance = daysBalance({ startYear: 2026 }, [
      {
        bookingId: 'BK-1',
        academicYear: '2026/27',
        status: 'confirmed',
        days: 4,
        deliveries: [{ days: 1.5 }],
      },
    ]);

    // act
    const email = daysLapseReminderEmail({
      school: { urn: '999202', name: 'Example Academy' },
      to: ['head@example-academy.example.org'],
      balance,
      contact: SCHOOL_EFFECTIVENESS_2023_24.contact,
    });

    // assert
    expect(email.subject).toBe(
      '2.5 days of school improvement support left for 2026/27: use by Tuesday 31 August 2027',
    );
    expect(email.to).toEqual(['head@example-academy.example.org']);
    expect(email.text).toContain('Your school has 2.5 days of school improvement support left for 2026/27.');
    expect(email.text).toContain('Days left: 2.5');
    expect(email.html).toContain('<html lang="en-GB">');
  });
});
