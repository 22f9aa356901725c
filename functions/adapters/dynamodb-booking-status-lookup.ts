import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Booking } from '#domain/bookings/booking';
import { bookingFromItem, bookingKey } from './dynamodb-booking-item.ts';

/** What is known of a booking reference: the recorded booking, or only that it was received. */
export type BookingLookup =
  | { readonly found: 'booking'; readonly booking: Booking }
  | { readonly found: 'received'; readonly receivedAt: string }
  | { readonly found: 'nothing' };

/**
 * Reads a booking and its receipt together (one consistent Query on the booking's partition):
 * the booking once processed; before that, the receipt the API noted.
 */
export function dynamoDbBookingStatusLookup(client: DynamoDBDocumentClient, tableName: string) {
  return {
    async find(bookingId: string): Promise<BookingLookup> {
      const { Items = [] } = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': bookingKey(bookingId).pk },
          ConsistentRead: true,
        }),
      );
      const booking = Items.find((item) => item.sk === 'BOOKING');
      if (booking) return { found: 'booking', booking: bookingFromItem(booking) };
      const receipt = Items.find((item) => item.sk === 'RECEIVED');
      return receipt ? { found: 'received', receivedAt: String(receipt.receivedAt) } : { found: 'nothing' };
    },
  };
}
