import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EditionRuns } from '#domain/editions/edition-run';
import type { IsoDate } from '#domain/shared/iso-date';
import { editionPk, RUN_SK, runFrom } from './dynamodb-comms-item.ts';

/**
 * Run records (`dynamodb:UpdateItem`, and GetItem to read one): every write is
 * conditional, so two attempts never both hold an edition's run, and an attempt that lost the
 * run (its lease ran out and another took over) cannot write over the newer one's progress.
 */
export function dynamoDbEditionRuns(client: DynamoDBDocumentClient, tableName: string): EditionRuns {
  const key = (edition: IsoDate) => ({ pk: editionPk(edition), sk: RUN_SK });
  const conditional = async (command: UpdateCommand): Promise<Record<string, unknown> | undefined> => {
    try {
      return (await client.send(command)).Attributes ?? {};
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  };
  return {
    async take(edition, now, leaseMs) {
      const record = await conditional(
        new UpdateCommand({
          TableName: tableName,
          Key: key(edition),
          // A new run, or an unfinished one whose holder's lease ran out.
          ConditionExpression: 'attribute_not_exists(pk) OR (#status = :queuing AND leaseUntil < :now)',
          UpdateExpression:
            'SET edition = :edition, #status = :queuing, startedAt = if_not_exists(startedAt, :now), queued = if_not_exists(queued, :zero), leaseUntil = :lease ADD attempt :one',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':edition': edition,
            ':queuing': 'queuing',
            ':now': now.toISOString(),
            ':lease': new Date(now.getTime() + leaseMs).toISOString(),
            ':zero': 0,
            ':one': 1,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return record && runFrom(record);
    },
    async progress(edition, attempt, update) {
      const done = await conditional(
        new UpdateCommand({
          TableName: tableName,
          Key: key(edition),
          ConditionExpression: 'attempt = :attempt',
          UpdateExpression: 'SET resumeAfterUrn = :urn, queued = :queued',
          ExpressionAttributeValues: {
            ':attempt': attempt,
            ':urn': update.resumeAfterUrn,
            ':queued': update.queued,
          },
        }),
      );
      return done !== undefined;
    },
    async finish(edition, attempt, outcome) {
      const done = await conditional(
        new UpdateCommand({
          TableName: tableName,
          Key: key(edition),
          ConditionExpression: 'attempt = :attempt',
          UpdateExpression:
            outcome.status === 'queued'
              ? 'SET #status = :status, queued = :queued, finishedAt = :at'
              : 'SET #status = :status, reason = :reason, finishedAt = :at',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':attempt': attempt,
            ':status': outcome.status,
            ':at': outcome.at,
            ...(outcome.status === 'queued' ? { ':queued': outcome.queued } : { ':reason': outcome.reason }),
          },
        }),
      );
      return done !== undefined;
    },
    async get(edition) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: key(edition), ConsistentRead: true }),
      );
      return Item && runFrom(Item);
    },
  };
}
