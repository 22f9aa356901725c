import 'aws-sdk-client-mock-vitest/extend';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { School } from '#domain/schools/school';
import { dynamoDbSchoolDirectory } from '#functions/adapters/dynamodb-school-directory';

const aSchool = (urn: string): School => ({
  urn,
  name: `Example School ${urn}`,
  la: { code: '881', name: 'Essex' },
  establishmentType: { code: '01', name: 'Community school' },
  typeGroup: { code: '4', name: 'Local authority maintained schools' },
  status: { code: '1', name: 'Open', is: 'open' },
});

describe('dynamoDbSchoolDirectory.putSchools', () => {
  const ddb = mockClient(DynamoDBDocumentClient);
  const directory = dynamoDbSchoolDirectory(
    DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-2' })),
    'directory',
  );
  beforeEach(() => ddb.reset());

  it('writes in batches of 25, keyed SCHOOL#<urn> with the LA index keys', async () => {
    ddb.on(BatchWriteCommand).resolves({});

    await directory.putSchools(Array.from({ length: 60 }, (_, i) => aSchool(String(100_000 + i))));

    const sizes = ddb
      .commandCalls(BatchWriteCommand)
      .map((call) => call.args[0].input.RequestItems!.directory!.length)
      .sort((a, b) => a - b);
    expect(sizes).toEqual([10, 25, 25]);
    const first = ddb.commandCalls(BatchWriteCommand)[0]!.args[0].input.RequestItems!.directory![0]!;
    expect(first.PutRequest!.Item).toMatchObject({
      pk: expect.stringMatching(/^SCHOOL#1000\d\d$/),
      sk: 'SCHOOL',
      laCode: '881',
      statusUrn: expect.stringMatching(/^open#1000\d\d$/),
    });
  });

  it('retries what DynamoDB leaves unprocessed until it is written', async () => {
    const batch = [aSchool('100001'), aSchool('100002')];
    const leftOver = [{ PutRequest: { Item: { pk: 'SCHOOL#100002', sk: 'SCHOOL' } } }];
    ddb
      .on(BatchWriteCommand)
      .resolvesOnce({ UnprocessedItems: { directory: leftOver } })
      .resolvesOnce({ UnprocessedItems: { directory: leftOver } })
      .resolves({});

    await directory.putSchools(batch);

    const calls = ddb.commandCalls(BatchWriteCommand);
    expect(calls).toHaveLength(3);
    expect(calls[1]!.args[0].input.RequestItems).toEqual({ directory: leftOver });
    expect(calls[2]!.args[0].input.RequestItems).toEqual({ directory: leftOver });
  });

  it('gives up, saying how many writes are left, when DynamoDB never takes them', async () => {
    const leftOver = [{ PutRequest: { Item: { pk: 'SCHOOL#100001', sk: 'SCHOOL' } } }];
    ddb.on(BatchWriteCommand).resolves({ UnprocessedItems: { directory: leftOver } });

    vi.useFakeTimers();
    const writing = expect(directory.putSchools([aSchool('100001')])).rejects.toThrow(
      'DynamoDB left 1 school writes unprocessed after 8 attempts',
    );
    await vi.runAllTimersAsync();

    await writing;
    expect(ddb.commandCalls(BatchWriteCommand)).toHaveLength(8);
  });
  afterEach(() => vi.useRealTimers());
});
