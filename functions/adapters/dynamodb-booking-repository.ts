import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Booking } from '#domain/bookings/booking';
import type { BookingRepository } from '#domain/bookings/booking-repository';

const keyOf = (bookingId: string) => ({ pk: `BOOKING#${bookingId}`, sk: 'BOOKING' });

const toBooking = (item: Record<string, unknown>): Booking => {
  const { pk: _pk, sk: _sk, entity: _entity, ...booking } = item;
  // Bookings recorded before bookings had kinds were all school-improvement days.
  return { kind: 'school-improvement', ...booking } as unknown as Booking;
};

/** Bookings in the education table: one item per booking, keyed `BOOKING#<id>` / `BOOKING`. */
export function dynamoDbBookingRepository(
  client: DynamoDBDocumentClient,
  tableName: string,
): BookingRepository {
  return {
    async addOnce(booking) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keyOf(booking.bookingId), entity: 'Booking', ...booking },
            ConditionExpression: 'attribute_not_exists(pk)',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return { booking, created: true };
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException && error.Item) {
          return { booking: toBooking(unmarshall(error.Item)), created: false };
        }
        throw error;
      }
    },
    async get(bookingId) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: keyOf(bookingId), ConsistentRead: true }),
      );
      return Item ? toBooking(Item) : undefined;
    },
  };
}
