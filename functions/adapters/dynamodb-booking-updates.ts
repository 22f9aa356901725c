import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Booking } from '#domain/bookings/booking';
import { BookingChangedError, type BookingUpdates } from '#domain/bookings/booking-repository';
import { bookingItem } from './dynamodb-booking-item.ts';

/**
 * Moves bookings on in the education table: one conditional PutItem that succeeds only while
 * the stored revision is the one read (optimistic concurrency), so two changes made at once
 * (two deliveries, a cancellation and a place offer) can never both land on the same state.
 */
export function dynamoDbBookingUpdates(client: DynamoDBDocumentClient, tableName: string): BookingUpdates {
  return {
    async replace(next, previous) {
      const revision = previous.revision ?? 0;
      const stored = { ...next, revision: revision + 1 } as Booking;
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: bookingItem(stored),
            ConditionExpression:
              revision === 0
                ? 'attribute_exists(pk) AND (attribute_not_exists(revision) OR revision = :r)'
                : 'revision = :r',
            ExpressionAttributeValues: { ':r': revision },
          }),
        );
        return stored;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw new BookingChangedError(next.bookingId);
        throw error;
      }
    },
  };
}
