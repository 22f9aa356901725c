import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { dynamoDbBookingStatusLookup } from '#functions/adapters/dynamodb-booking-status-lookup';

const ddb = mockClient(DynamoDBDocumentClient);
const lookup = dynamoDbBookingStatusLookup(
  DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-2' })),
  'education',
);

const receipt = {
  pk: 'BOOKING#BK-7K3M9Q2XHD',
  sk: 'RECEIVED',
  bookingId: 'BK-7K3M9Q2XHD',
  receivedAt: '2026-11-23T10:00:00.000Z',
};
const booking = {
  pk: 'BOOKING#BK-7K3M9Q2XHD',
  sk: 'BOOKING',
  entity: 'Booking',
  bookingYear: '2026/27',
  schoolBooking: '999123#BK-7K3M9Q2XHD',
  bookingId: 'BK-7K3M9Q2XHD',
  status: 'confirmed',
  academicYear: '2026/27',
  revision: 0,
};

describe('looking a booking reference up (GET /bookings/{bookingId})', () => {
  beforeEach(() => ddb.reset());

  it('reads the booking and its receipt with one consistent Query on the booking’s partition', async () => {
    // prepare
    ddb.on(QueryCommand).resolves({ Items: [booking, receipt] });

    // act
    const found = await lookup.find('BK-7K3M9Q2XHD');

    // assert
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toEqual({
      TableName: 'education',
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'BOOKING#BK-7K3M9Q2XHD' },
      ConsistentRead: true,
    });
    expect(found).toEqual({
      found: 'booking',
      booking: {
        kind: 'school-improvement',
        bookingId: 'BK-7K3M9Q2XHD',
        status: 'confirmed',
        academicYear: '2026/27',
        revision: 0,
      },
    });
  });

  it('says the booking was received while only its receipt is there (the API answers 202)', async () => {
    // prepare
    ddb.on(QueryCommand).resolves({ Items: [receipt] });

    // act
    const found = await lookup.find('BK-7K3M9Q2XHD');

    // assert
    expect(found).toEqual({ found: 'received', receivedAt: '2026-11-23T10:00:00.000Z' });
  });

  it('finds nothing for a reference never received (the API answers 404)', async () => {
    // prepare
    ddb.on(QueryCommand).resolves({ Items: [] });

    // act
    const found = await lookup.find('BK-0000000000');

    // assert
    expect(found).toEqual({ found: 'nothing' });
  });
});
