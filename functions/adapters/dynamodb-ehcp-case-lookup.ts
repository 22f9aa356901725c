import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseTimeline } from '#domain/ehcp/case-timeline';
import { CASE_SK, casePk } from './dynamodb-ehcp-items.ts';

/**
 * Reads a case's timeline (the case item), or nothing when the case is not recorded. Its own
 * module so a function that only looks cases up bundles (and is granted) GetItem only.
 */
export function dynamoDbEhcpCaseLookup(client: DynamoDBDocumentClient, tableName: string) {
  return async (caseRef: string): Promise<CaseTimeline | undefined> => {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: { pk: casePk(caseRef), sk: CASE_SK } }),
    );
    if (!Item) return undefined;
    const { pk: _pk, sk: _sk, version: _version, ...timeline } = Item;
    return timeline as CaseTimeline;
  };
}
