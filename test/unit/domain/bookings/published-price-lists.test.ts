import { describe, expect, it } from 'vitest';
import { PRICE_BANDS } from '#domain/bookings/customer-class';
import type { EventsList } from '#domain/bookings/price-list';
import { PUBLISHED_PRICE_LISTS } from '#domain/bookings/price-lists/published-price-lists';
import { isInAcademicYear } from '#domain/shared/academic-year';
import { compareDates, dayOfWeek, isIsoDate } from '#domain/shared/iso-date';
import { PROGRAMMES } from '#events/booking-request';

describe('the published price lists (seed configuration)', () => {
  it('gives each list a unique id, and each family at most one list a year', () => {
    // act
    const ids = PUBLISHED_PRICE_LISTS.map((l) => l.id);
    const familyYears = PUBLISHED_PRICE_LISTS.map((l) => `${l.family} ${l.academicYear.startYear}`);

    // assert
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(familyYears).size).toBe(familyYears.length);
  });

  it.each(PUBLISHED_PRICE_LISTS.map((l) => [l.id, l] as const))(
    '%s: has a real booking window that opens before it closes',
    (_, list) => {
      // assert
      expect(isIsoDate(list.bookingWindow.opens) && isIsoDate(list.bookingWindow.closes)).toBe(true);
      expect(compareDates(list.bookingWindow.opens, list.bookingWindow.closes)).toBeLessThan(0);
      expect(list.contact.email).toMatch(/@example\.gov\.uk$/);
    },
  );

  it('keeps the form’s programmes and the API’s programme codes the same', () => {
    // prepare
    const se = PUBLISHED_PRICE_LISTS.find((l) => l.id === 'school-effectiveness-2023-24');

    // act
    const listed = se?.family === 'school-improvement' ? se.programmes.map((p) => [p.code, p.title]) : [];

    // assert
    expect(Object.fromEntries(listed)).toEqual(PROGRAMMES);
  });

  it('prices sessions and moderation training in every band, and for both subscription statuses', () => {
    for (const list of PUBLISHED_PRICE_LISTS) {
      if (list.family !== 'statutory-assessment') continue;
      for (const band of PRICE_BANDS) {
        expect(list.perSession.pricePence[band]).toBeGreaterThan(0);
        expect(list.moderation.pricePence[band].subscriber.firstPence).toBeGreaterThan(0);
        expect(list.moderation.pricePence[band]['non-subscriber'].firstPence).toBeGreaterThan(0);
      }
      expect(list.sessions).toHaveLength(10);
    }
  });

  it('dates every event within its list’s academic year, with places', () => {
    const events = PUBLISHED_PRICE_LISTS.filter((l): l is EventsList => l.family === 'events');
    for (const list of events) {
      for (const event of list.events) {
        expect(isInAcademicYear(event.date, list.academicYear)).toBe(true);
        expect(event.places).toBeGreaterThan(0);
      }
    }
  });

  it('holds the Designated Mental Health Lead network meeting on Tuesday 11 July 2023, 10:00-12:00, online', () => {
    // act
    const dmhl = PUBLISHED_PRICE_LISTS.flatMap((l) => (l.family === 'events' ? l.events : [])).find(
      (e) => e.code === 'dmhl-network-2023-07-11',
    );

    // assert
    expect(dmhl).toMatchObject({
      date: '2023-07-11',
      starts: '10:00',
      ends: '12:00',
      place: { kind: 'online' },
      asksForThemes: true,
    });
    expect(dayOfWeek(dmhl!.date)).toBe(2);
  });
});
