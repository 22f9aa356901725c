import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { BookingRepository } from '#domain/bookings/booking-repository';
import { dynamoDbBookingLookup } from './dynamodb-booking-lookup.ts';
import { dynamoDbBookingRecorder } from './dynamodb-booking-recorder.ts';

/**
 * Bookings in the education table: one item per booking, keyed `BOOKING#<id>` / `BOOKING`.
 * Handlers import the half they use (recorder or lookup), so each bundle holds, and each role
 * is granted, only the DynamoDB operations its function calls.
 */
export function dynamoDbBookingRepository(
  client: DynamoDBDocumentClient,
  tableName: string,
): BookingRepository {
  return { ...dynamoDbBookingRecorder(client, tableName), ...dynamoDbBookingLookup(client, tableName) };
}
