import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { OpenPlaceOffer, PlaceOfferDiary } from '#domain/bookings/event-place-register';
import type { IsoDate } from '#domain/shared/iso-date';
import { queryAll } from './dynamodb-query-all.ts';

const PK = 'PLACE-OFFERS';
const offerKey = (offer: OpenPlaceOffer) => ({ pk: PK, sk: `${offer.acceptBy}#${offer.bookingId}` });

/**
 * Place offers waiting for an answer, in the education table under one partition sorted by the
 * last day to accept, so the lapse sweep finds the lapsed ones with one Query.
 */
export function dynamoDbPlaceOffers(client: DynamoDBDocumentClient, tableName: string): PlaceOfferDiary {
  return {
    async opened(offer) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...offerKey(offer), entity: 'PlaceOffer', ...offer },
        }),
      );
    },
    async closed(offer) {
      await client.send(new DeleteCommand({ TableName: tableName, Key: offerKey(offer) }));
    },
    async lapsedBefore(date) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND sk < :date',
        ExpressionAttributeValues: { ':pk': PK, ':date': date },
        ConsistentRead: true,
      });
      return items.map(
        (item): OpenPlaceOffer => ({
          bookingId: String(item.bookingId),
          acceptBy: String(item.acceptBy) as IsoDate,
        }),
      );
    },
  };
}
