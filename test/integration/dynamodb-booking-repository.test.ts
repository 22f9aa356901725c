import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Booking } from '#domain/bookings/booking';
import { priceBooking } from '#domain/bookings/price-booking';
import { SCHOOL_EFFECTIVENESS_2023_24 } from '#domain/bookings/price-lists/school-effectiveness-2023-24';
import { dynamoDbBookingRepository } from '#functions/adapters/dynamodb-booking-repository';
import { provision } from '#local/provision';
import { systemWiring } from '#wiring/system';
import { standInClients, uniquePrefix } from '../support/aws-clients.ts';
import { aBookingRequest } from '../support/booking-request.ts';

const endpoints = inject('standIns');
const clients = standInClients(endpoints);
let repository: ReturnType<typeof dynamoDbBookingRepository>;

const aBooking = (bookingId: string): Booking => {
  const request = aBookingRequest();
  const order = {
    kind: 'school-improvement',
    programme: request.programme,
    package: request.package,
    days: request.days,
  } as const;
  return {
    ...request,
    ...order,
    school: { urn: request.school.urn, name: 'Example Park Primary School', priceBand: 'essex-maintained' },
    bookingId,
    status: 'confirmed',
    price: priceBooking(
      { ...order, addVat: request.addVat },
      { priceBand: 'essex-maintained', holdsSubscription: false, daysAlreadyBought: 0 },
      { list: SCHOOL_EFFECTIVENESS_2023_24, academicYear: { startYear: 2023 } },
      '2023-11-01',
    ),
    academicYear: '2023/24',
    receivedAt: '2023-11-01T09:00:00.000Z',
    confirmedAt: '2023-11-01T09:00:01.000Z',
  };
};

beforeAll(async () => {
  const resources = await provision(
    systemWiring,
    { ...clients, sqsEndpoint: endpoints.sqs },
    uniquePrefix('repository'),
  );
  repository = dynamoDbBookingRepository(
    DynamoDBDocumentClient.from(clients.dynamoDb),
    resources.tables.education!,
  );
});

describe('DynamoDB booking repository (DynamoDB Local)', () => {
  it('stores a new booking and reads it back', async () => {
    const booking = aBooking('BK-AAAAAAAAA1');

    const result = await repository.addOnce(booking);

    expect(result.created).toBe(true);
    expect(await repository.get('BK-AAAAAAAAA1')).toEqual({ ...booking, revision: 0 });
  });

  it('keeps the first booking when the same id is stored again, and returns it', async () => {
    const first = aBooking('BK-AAAAAAAAA2');
    await repository.addOnce(first);
    const repeat = { ...aBooking('BK-AAAAAAAAA2'), confirmedAt: '2023-11-02T10:00:00.000Z' };

    const result = await repository.addOnce(repeat);

    expect(result.created).toBe(false);
    expect(result.booking).toEqual({ ...first, revision: 0 });
    expect(await repository.get('BK-AAAAAAAAA2')).toEqual({ ...first, revision: 0 });
  });

  it('finds no booking for an unknown id', async () => {
    expect(await repository.get('BK-ZZZZZZZZZZ')).toBeUndefined();
  });
});
