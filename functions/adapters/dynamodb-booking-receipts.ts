import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

/** A booking's receipt: noted by the API when it accepts the form, before the booking is processed. */
export const receiptKey = (bookingId: string) => ({ pk: `BOOKING#${bookingId}`, sk: 'RECEIVED' });

/**
 * Notes in the education table that a booking was received (one PutItem beside where the
 * booking will be recorded), so `GET /bookings/{bookingId}` can answer `202 received` rather
 * than `404` while the booking is still being processed.
 */
export function dynamoDbBookingReceipts(client: DynamoDBDocumentClient, tableName: string) {
  return {
    async noteReceived(bookingId: string, receivedAt: Date): Promise<void> {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...receiptKey(bookingId),
            entity: 'BookingReceipt',
            bookingId,
            receivedAt: receivedAt.toISOString(),
          },
        }),
      );
    },
  };
}
