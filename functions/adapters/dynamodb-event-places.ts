import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { EventPlaceRegister } from '#domain/bookings/event-place-register';
import type { WaitlistEntry } from '#domain/bookings/event-places';
import { queryAll } from './dynamodb-query-all.ts';

const placesKey = (eventCode: string) => ({ pk: `EVENT#${eventCode}`, sk: 'PLACES' });
const waitKey = (eventCode: string, entry: WaitlistEntry) => ({
  pk: `EVENT#${eventCode}`,
  sk: `WAIT#${entry.waitlistedAt}#${entry.bookingId}`,
});

/**
 * Event places in the education table. Each event has one item whose `holders` set names the
 * bookings holding a place. A place is held by one conditional UpdateItem that adds the booking
 * only while the set is smaller than the event's places and does not name it yet, so places
 * are held exactly however many bookings arrive at once, and holding again (a redelivered
 * message) is recognised from the item returned on failure (`ALL_OLD`). The waitlist is one
 * item per waiting booking under the event, sorted by when it joined.
 */
export function dynamoDbEventPlaces(client: DynamoDBDocumentClient, tableName: string): EventPlaceRegister {
  return {
    async hold(event, bookingId) {
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: placesKey(event.code),
            UpdateExpression: 'ADD holders :one SET places = :places',
            ConditionExpression:
              'attribute_not_exists(holders) OR (size(holders) < :places AND NOT contains(holders, :id))',
            ExpressionAttributeValues: {
              ':one': new Set([bookingId]),
              ':places': event.places,
              ':id': bookingId,
            },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return 'held';
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const holders = error.Item ? (unmarshall(error.Item).holders as Set<string> | undefined) : undefined;
        return holders?.has(bookingId) ? 'held' : 'full';
      }
    },
    async release(eventCode, bookingId) {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: placesKey(eventCode),
          UpdateExpression: 'DELETE holders :one',
          ExpressionAttributeValues: { ':one': new Set([bookingId]) },
        }),
      );
    },
    async taken(eventCode) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: placesKey(eventCode), ConsistentRead: true }),
      );
      return (Item?.holders as Set<string> | undefined)?.size ?? 0;
    },
    async joinWaitlist(eventCode, entry) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...waitKey(eventCode, entry), entity: 'Waitlisted', ...entry },
        }),
      );
    },
    async leaveWaitlist(eventCode, entry) {
      await client.send(new DeleteCommand({ TableName: tableName, Key: waitKey(eventCode, entry) }));
    },
    async waitlist(eventCode) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :wait)',
        ExpressionAttributeValues: { ':pk': `EVENT#${eventCode}`, ':wait': 'WAIT#' },
        ConsistentRead: true,
      });
      return items.map(
        (item): WaitlistEntry => ({
          bookingId: String(item.bookingId),
          waitlistedAt: String(item.waitlistedAt),
        }),
      );
    },
  };
}
