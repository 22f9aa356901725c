import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { CaseChangedError, type SaveCase } from '#domain/ehcp/case-store';
import { sameContent } from '#domain/shared/canonical-json';
import type { DynamoDbCaseRevision } from './dynamodb-ehcp-case-reader.ts';
import { caseItem, casePk, derivedItems, eventSk } from './dynamodb-ehcp-items.ts';

/** DynamoDB's limit of actions in one transaction. */
const MAX_ACTIONS = 100;

/**
 * Records a change to a case in one transaction: the new event (only if not already there), the
 * case item (only if still at the version read) and the index entries that changed (put or
 * deleted). Any condition failing means another writer got there first: {@link CaseChangedError}.
 */
export function dynamoDbEhcpCaseWriter(client: DynamoDBDocumentClient, tableName: string): SaveCase {
  return async ({ caseRef, newEvent, timeline, revision }) => {
    const { version, derived } = revision as DynamoDbCaseRevision;
    const wanted = new Map(derivedItems(timeline).map((item) => [item.sk, item]));
    const puts = [...wanted.values()].filter((item) => !sameContent(item, derived.get(item.sk)));
    const deletes = [...derived.keys()].filter((sk) => !wanted.has(sk));
    const actions = [
      ...(newEvent
        ? [
            {
              Put: {
                TableName: tableName,
                Item: { pk: casePk(caseRef), sk: eventSk(newEvent.eventId), event: newEvent },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ]
        : []),
      {
        Put: {
          TableName: tableName,
          Item: caseItem(timeline, version + 1),
          ConditionExpression: version === 0 ? 'attribute_not_exists(pk)' : 'version = :version',
          ...(version === 0 ? {} : { ExpressionAttributeValues: { ':version': version } }),
        },
      },
      ...puts.map((item) => ({ Put: { TableName: tableName, Item: item } })),
      ...deletes.map((sk) => ({ Delete: { TableName: tableName, Key: { pk: casePk(caseRef), sk } } })),
    ];
    if (actions.length > MAX_ACTIONS)
      throw new RangeError(
        `case ${caseRef} needs ${actions.length} writes in one transaction; DynamoDB allows ${MAX_ACTIONS}`,
      );
    try {
      await client.send(new TransactWriteCommand({ TransactItems: actions }));
    } catch (error) {
      if (
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.some((reason) => reason.Code === 'ConditionalCheckFailed')
      )
        throw new CaseChangedError(`case ${caseRef} changed since it was read (version ${version})`);
      throw error;
    }
  };
}
