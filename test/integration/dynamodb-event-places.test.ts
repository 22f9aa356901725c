import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { EventPlaceRegister, PlaceOfferDiary } from '#domain/bookings/event-place-register';
import { waitlistOrder } from '#domain/bookings/event-places';
import { dynamoDbEventPlaces } from '#functions/adapters/dynamodb-event-places';
import { dynamoDbPlaceOffers } from '#functions/adapters/dynamodb-place-offers';
import { provision } from '#local/provision';
import { systemWiring } from '#wiring/system';
import { standInClients, uniquePrefix } from '../support/aws-clients.ts';

const endpoints = inject('standIns');
const clients = standInClients(endpoints);
let places: EventPlaceRegister;
let offers: PlaceOfferDiary;

beforeAll(async () => {
  const resources = await provision(
    systemWiring,
    { ...clients, sqsEndpoint: endpoints.sqs },
    uniquePrefix('places'),
  );
  const documents = DynamoDBDocumentClient.from(clients.dynamoDb);
  places = dynamoDbEventPlaces(documents, resources.tables.education!);
  offers = dynamoDbPlaceOffers(documents, resources.tables.education!);
});

const ids = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `BK-${prefix}${String(i).padStart(10 - prefix.length, '0')}`);

describe('event places on DynamoDB Local', () => {
  it('holds exactly 20 places for 50 bookings arriving at once', async () => {
    // prepare
    const event = { code: 'race-50', places: 20 };

    // act
    const outcomes = await Promise.all(ids(50, 'R').map((id) => places.hold(event, id)));

    // assert
    expect(outcomes.filter((o) => o === 'held')).toHaveLength(20);
    expect(outcomes.filter((o) => o === 'full')).toHaveLength(30);
    expect(await places.taken('race-50')).toBe(20);
  });

  it('holds a place again for a booking that holds one (a redelivery), even when the event is full', async () => {
    // prepare
    const event = { code: 'again', places: 1 };
    await places.hold(event, 'BK-A000000001');

    // act
    const again = await places.hold(event, 'BK-A000000001');
    const other = await places.hold(event, 'BK-A000000002');

    // assert
    expect(again).toBe('held');
    expect(other).toBe('full');
    expect(await places.taken('again')).toBe(1);
  });

  it('frees a released place for the next booking', async () => {
    // prepare
    const event = { code: 'release', places: 1 };
    await places.hold(event, 'BK-B000000001');

    // act
    await places.release('release', 'BK-B000000001');
    const next = await places.hold(event, 'BK-B000000002');

    // assert
    expect(next).toBe('held');
    expect(await places.taken('release')).toBe(1);
  });

  it('keeps the waitlist, once per booking, and gives it back in joining order', async () => {
    // prepare
    const entries = [
      { bookingId: 'BK-C000000002', waitlistedAt: '2027-02-01T09:00:02.000Z' },
      { bookingId: 'BK-C000000001', waitlistedAt: '2027-02-01T09:00:01.000Z' },
      { bookingId: 'BK-C000000003', waitlistedAt: '2027-02-01T09:00:03.000Z' },
    ];
    for (const entry of entries) await places.joinWaitlist('wait', entry);
    await places.joinWaitlist('wait', entries[0]!);

    // act
    await places.leaveWaitlist('wait', entries[2]!);
    const waiting = waitlistOrder(await places.waitlist('wait'));

    // assert
    expect(waiting.map((e) => e.bookingId)).toEqual(['BK-C000000001', 'BK-C000000002']);
  });

  it('finds the place offers whose last day to accept is before a date', async () => {
    // prepare
    await offers.opened({ bookingId: 'BK-D000000001', acceptBy: '2027-02-09' });
    await offers.opened({ bookingId: 'BK-D000000002', acceptBy: '2027-02-10' });
    await offers.opened({ bookingId: 'BK-D000000003', acceptBy: '2027-02-08' });
    await offers.closed({ bookingId: 'BK-D000000003', acceptBy: '2027-02-08' });

    // act
    const lapsed = await offers.lapsedBefore('2027-02-10');

    // assert
    expect(lapsed).toEqual([{ bookingId: 'BK-D000000001', acceptBy: '2027-02-09' }]);
  });
});
