import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { BookingRepository } from '#domain/bookings/booking-repository';
import { bookingFromItem, bookingKey } from './dynamodb-booking-item.ts';

/**
 * Looks bookings up in the education table (a consistent GetItem). Its own module so a function
 * that only reads bundles (and is granted) GetItem only.
 */
export function dynamoDbBookingLookup(
  client: DynamoDBDocumentClient,
  tableName: string,
): Pick<BookingRepository, 'get'> {
  return {
    async get(bookingId) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: bookingKey(bookingId), ConsistentRead: true }),
      );
      return Item ? bookingFromItem(Item) : undefined;
    },
  };
}
