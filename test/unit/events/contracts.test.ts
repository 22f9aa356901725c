import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { type BookingConfirmed, BookingConfirmedEvent } from '#events/booking-confirmed';
import { type BookingSubmitted, BookingSubmittedEvent } from '#events/booking-submitted';
import { EVENT_CATALOGUE } from '#events/catalogue';

/*
 * Versioned fixtures as contracts: `events/fixtures/<event>/<version>.json` is an envelope exactly
 * as a producer of that version published it. Every fixture must keep parsing with the current
 * schema, so an old producer's event (or one still queued) is never rejected by a new consumer.
 * A new version's fixture is picked up here without editing this file.
 */

const fixturesDir = new URL('../../../events/fixtures/', import.meta.url);

/** Each fixture folder's event module. A folder without one fails the first test. */
const contracts = EVENT_CATALOGUE;

const eventFolders = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const fixturesOf = (event: string): string[] =>
  readdirSync(new URL(`${event}/`, fixturesDir))
    .filter((file) => file.endsWith('.json'))
    .sort();

const loadFixture = (event: string, file: string): unknown =>
  JSON.parse(readFileSync(new URL(`${event}/${file}`, fixturesDir), 'utf8'));

const majorOf = (version: string) => version.split('.')[0];

/** Field paths of the issues a schema reports, as `data.price.totalPence`. */
const issuePaths = (result: { error?: z.ZodError | undefined }): string[] =>
  (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));

describe('event fixtures', () => {
  it('has an event module for every fixture folder', () => {
    // prepare
    const knownEvents = Object.keys(contracts).sort();

    // act
    const folders = eventFolders;

    // assert
    expect(folders).toEqual(knownEvents);
  });

  describe.each(Object.entries(contracts))('%s', (event, contract) => {
    const files = fixturesOf(event);

    it('keeps at least one fixture, including one for the version producers publish now', () => {
      // prepare
      const current = `${contract.version}.json`;

      // act
      const found = files;

      // assert
      expect(found.length).toBeGreaterThan(0);
      expect(found).toContain(current);
    });

    it.each(files)('still parses the %s fixture with the current schema', (file) => {
      // prepare
      const fixture = loadFixture(event, file);

      // act
      const result = contract.schema.safeParse(fixture);

      // assert
      expect(issuePaths(result)).toEqual([]);
      expect(result.success).toBe(true);
    });

    it.each(files)('names its contract version in the %s file name, within the current major', (file) => {
      // prepare
      const fixture = contract.schema.parse(loadFixture(event, file)) as { metadata: { version: string } };

      // act
      const version = fixture.metadata.version;

      // assert
      expect(`${version}.json`).toBe(file);
      expect(majorOf(version)).toBe(majorOf(contract.version));
    });
  });
});

describe('BookingSubmitted contract', () => {
  const fixture: BookingSubmitted = BookingSubmittedEvent.schema.parse(
    loadFixture('booking-submitted', '1.1.0.json'),
  );

  it('is queued as BookingSubmitted from ecc.education.bookings at version 1.2.0', () => {
    // prepare
    const { name, source, version } = BookingSubmittedEvent;

    // act
    const declared = { name, source, version };

    // assert
    expect(declared).toEqual({
      name: 'BookingSubmitted',
      source: 'ecc.education.bookings',
      version: '1.2.0',
    });
  });

  it.each<{ change: string; mutate: (event: BookingSubmitted) => unknown; path: string }>([
    {
      change: 'metadata without a correlationId',
      mutate: ({ metadata: { correlationId: _dropped, ...metadata }, data }) => ({ metadata, data }),
      path: 'metadata.correlationId',
    },
    {
      change: 'a version that is not semver',
      mutate: (event) => ({ ...event, metadata: { ...event.metadata, version: '1.0' } }),
      path: 'metadata.version',
    },
    {
      change: 'a booking reference with a letter outside Crockford base32 (O)',
      mutate: (event) => ({ ...event, data: { ...event.data, bookingId: 'BK-7K3M9Q2XHO' } }),
      path: 'data.bookingId',
    },
    {
      change: 'a booking reference that is too short',
      mutate: (event) => ({ ...event, data: { ...event.data, bookingId: 'BK-7K3M' } }),
      path: 'data.bookingId',
    },
    {
      change: 'a receivedAt that is a date, not an instant',
      mutate: (event) => ({ ...event, data: { ...event.data, receivedAt: '2023-10-16' } }),
      path: 'data.receivedAt',
    },
  ])('rejects $change, naming $path', ({ mutate, path }) => {
    // prepare
    const mutated = mutate(structuredClone(fixture));

    // act
    const result = BookingSubmittedEvent.schema.safeParse(mutated);

    // assert
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain(path);
  });
});

describe('BookingConfirmed contract', () => {
  it('reads a 1.0.0 booking, which named no kind or price list, as school-improvement days of 2023-24', () => {
    // act
    const old = BookingConfirmedEvent.schema.parse(loadFixture('booking-confirmed', '1.0.0.json'));

    // assert
    expect(old.data.kind).toBe('school-improvement');
    expect(old.data.academicYear).toBe('2023-24');
    expect(old.data.priceList).toBeUndefined();
  });

  it('carries the kind, the named staff, the price list carried forward and the canonical academic year from 1.2.0', () => {
    // act
    const current = BookingConfirmedEvent.schema.parse(loadFixture('booking-confirmed', '1.2.0.json'));

    // assert
    expect(current.data).toMatchObject({
      kind: 'moderation-training',
      academicYear: '2026/27',
      priceList: { id: 'primary-statutory-assessment-2021-22', carriedForwardFrom: '2021/22' },
      price: { vatTreatment: 'exempt' },
    });
  });

  const fixture: BookingConfirmed = BookingConfirmedEvent.schema.parse(
    loadFixture('booking-confirmed', '1.1.0.json'),
  );

  it('is published as BookingConfirmed from ecc.education.bookings at version 1.2.0, as the wiring routes it', () => {
    // prepare
    const { name, source, version } = BookingConfirmedEvent;

    // act
    const declared = { name, source, version };

    // assert
    expect(declared).toEqual({
      name: 'BookingConfirmed',
      source: 'ecc.education.bookings',
      version: '1.2.0',
    });
  });

  it.each<{ change: string; mutate: (event: BookingConfirmed) => unknown; path: string }>([
    {
      change: 'metadata without a correlationId',
      mutate: ({ metadata: { correlationId: _dropped, ...metadata }, data }) => ({ metadata, data }),
      path: 'metadata.correlationId',
    },
    {
      change: 'a total in fractions of a penny',
      mutate: (event) => ({
        ...event,
        data: { ...event.data, price: { ...event.data.price, totalPence: 266760.5 } },
      }),
      path: 'data.price.totalPence',
    },
    {
      change: 'a price with no lines',
      mutate: (event) => ({ ...event, data: { ...event.data, price: { ...event.data.price, lines: [] } } }),
      path: 'data.price.lines',
    },
    {
      change: 'an empty booking reference',
      mutate: (event) => ({ ...event, data: { ...event.data, bookingId: '' } }),
      path: 'data.bookingId',
    },
    {
      change: 'a status other than confirmed',
      mutate: (event) => ({ ...event, data: { ...event.data, status: 'received' } }),
      path: 'data.status',
    },
    {
      change: 'an academic year written in full',
      mutate: (event) => ({ ...event, data: { ...event.data, academicYear: '2023-2024' } }),
      path: 'data.academicYear',
    },
  ])('rejects $change, naming $path', ({ mutate, path }) => {
    // prepare
    const mutated = mutate(structuredClone(fixture));

    // act
    const result = BookingConfirmedEvent.schema.safeParse(mutated);

    // assert
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain(path);
  });
});
