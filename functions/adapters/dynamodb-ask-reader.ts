import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AskRepository } from '#domain/calendar/ask-repository';
import type { EnteredAsk } from '#domain/calendar/calendar-ask';
import { addDays } from '#domain/shared/iso-date';
import { askFromItem, askPk, CURRENT_INDEX, CURRENT_PARTITION } from './dynamodb-ask-item.ts';
import { queryAll } from './dynamodb-query-all.ts';

/** The reading half of the ask repository: Query only (one module, so a reader is granted Query only). */
export type AskReader = Pick<AskRepository, 'get' | 'history' | 'touching'>;

/**
 * Reads entered asks from the calendar table (layout in `dynamodb-ask-item.ts`). A change marks
 * its new version current and then unmarks the one before; should the second write not happen,
 * the index briefly holds two versions of one ask, so `touching` keeps the highest of each.
 */
export function dynamoDbAskReader(client: DynamoDBDocumentClient, tableName: string): AskReader {
  return {
    async get(askId) {
      const { Items } = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
          ExpressionAttributeValues: { ':pk': askPk(askId), ':v': 'V#' },
          ScanIndexForward: false,
          Limit: 1,
          ConsistentRead: true,
        }),
      );
      return Items?.[0] ? askFromItem(Items[0]) : undefined;
    },
    async history(askId) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
        ExpressionAttributeValues: { ':pk': askPk(askId), ':v': 'V#' },
        ConsistentRead: true,
      });
      return items.map(askFromItem);
    },
    async touching(range) {
      // Windows are at most a year long (the ask contract): one that touches the range starts
      // no earlier than 366 days before it.
      const items = await queryAll(client, {
        TableName: tableName,
        IndexName: CURRENT_INDEX,
        KeyConditionExpression: 'currentPk = :current AND currentStart BETWEEN :earliest AND :to',
        FilterExpression: 'lastDay >= :from',
        ExpressionAttributeValues: {
          ':current': CURRENT_PARTITION,
          ':earliest': addDays(range.from, -366),
          ':to': range.to,
          ':from': range.from,
        },
      });
      const latest = new Map<string, EnteredAsk>();
      for (const ask of items.map(askFromItem)) {
        const seen = latest.get(ask.askId);
        if (!seen || seen.version < ask.version) latest.set(ask.askId, ask);
      }
      return [...latest.values()];
    },
  };
}
