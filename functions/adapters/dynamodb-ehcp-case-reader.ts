import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CaseRevision, LoadCase } from '#domain/ehcp/case-store';
import type { EhcpCaseEvent } from '#events/ehcp/case-event';
import { CASE_SK, casePk, type DerivedItem, isDerived } from './dynamodb-ehcp-items.ts';
import { queryAll } from './dynamodb-query-all.ts';

/** What the reader saw of a case, for the writer: its version and the index entries it had. */
export interface DynamoDbCaseRevision extends CaseRevision {
  readonly derived: ReadonlyMap<string, DerivedItem>;
}

/**
 * Reads a case's partition in one query (paged): its recorded events, its version and its index
 * entries. Its own module so a function that only reads cases bundles (and is granted) Query only.
 */
export function dynamoDbEhcpCaseReader(client: DynamoDBDocumentClient, tableName: string): LoadCase {
  return async (caseRef) => {
    const events: EhcpCaseEvent[] = [];
    const derived = new Map<string, DerivedItem>();
    let version = 0;
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': casePk(caseRef) },
      ConsistentRead: true,
    });
    for (const item of items) {
      const sk = item.sk as string;
      if (sk === CASE_SK) version = item.version as number;
      else if (sk.startsWith('EVENT#')) events.push(item.event as EhcpCaseEvent);
      else if (isDerived(sk)) derived.set(sk, item as DerivedItem);
    }
    const revision: DynamoDbCaseRevision = { version, derived };
    return { events, revision };
  };
}
