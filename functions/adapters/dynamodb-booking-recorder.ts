import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { BookingRepository } from '#domain/bookings/booking-repository';
import { bookingFromItem, bookingItem } from './dynamodb-booking-item.ts';

/**
 * Records bookings in the education table, each once: one conditional PutItem that returns the
 * stored item when the booking is already there (`ReturnValuesOnConditionCheckFailure: ALL_OLD`).
 * Its own module so a function that only records bundles (and is granted) PutItem only.
 */
export function dynamoDbBookingRecorder(
  client: DynamoDBDocumentClient,
  tableName: string,
): Pick<BookingRepository, 'addOnce'> {
  return {
    async addOnce(booking) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: bookingItem(booking),
            ConditionExpression: 'attribute_not_exists(pk)',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return { booking, created: true };
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException && error.Item) {
          return { booking: bookingFromItem(unmarshall(error.Item)), created: false };
        }
        throw error;
      }
    },
  };
}
