import { randomUUID } from 'node:crypto';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { editionToRecover } from '#domain/editions/edition-run';
import { isEditionDate, sendInstantOf } from '#domain/editions/edition-schedule';
import { type SendPorts, sendEdition } from '#domain/editions/send-edition';
import { londonDateOf } from '#domain/shared/london-time';
import { directoryOpenSchools } from '#functions/adapters/directory-open-schools';
import { dynamoDbCommsQueries } from '#functions/adapters/dynamodb-comms-queries';
import { dynamoDbCommsReads } from '#functions/adapters/dynamodb-comms-reads';
import { dynamoDbCommsWrites } from '#functions/adapters/dynamodb-comms-writes';
import { dynamoDbEditionRuns } from '#functions/adapters/dynamodb-edition-runs';
import { dynamoDbSchoolListing } from '#functions/adapters/dynamodb-school-listing';
import { sesMailer } from '#functions/adapters/ses-mailer';
import { sqsEditionDeliveries } from '#functions/adapters/sqs-edition-deliveries';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { ses } from '#functions/commons/clients/ses';
import { sqs } from '#functions/commons/clients/sqs';
import { scheduledTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { logger } from '#functions/commons/powertools';
import { editionSchedule, schoolsCommunications } from './comms-settings.ts';
import { keyDatesSource } from './key-dates-source.ts';

const reads = dynamoDbCommsReads(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const queries = dynamoDbCommsQueries(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const writes = dynamoDbCommsWrites(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const runs = dynamoDbEditionRuns(documentClient, requiredEnv('COMMS_TABLE_NAME'));
const schools = directoryOpenSchools(
  dynamoDbSchoolListing(documentClient, requiredEnv('DIRECTORY_TABLE_NAME')),
  requiredEnv('SCHOOLS_LOCAL_AUTHORITY'),
);
const deliveriesQueue = requiredEnv('EDITION_DELIVERIES_QUEUE_URL');
const mailer = sesMailer(ses, { configurationSetName: process.env.SES_CONFIGURATION_SET || undefined });
const settings = {
  schedule: editionSchedule(),
  team: schoolsCommunications(),
  from: requiredEnv('MAIL_FROM'),
  // An attempt holds the run for longer than this function can live (its timeout is 10 minutes).
  leaseMs: 11 * 60_000,
};

/** What the schedules deliver: when they fired, and whether to send or to check for a run to recover. */
export interface SendEditionInput {
  readonly scheduledTime: string;
  readonly purpose: 'send' | 'recover';
}

const ports = (now: Date, correlationId: string): SendPorts => ({
  items: { activeIn: queries.activeIn, letterFor: reads.letter },
  keyDates: keyDatesSource,
  editions: {
    get: reads.locked,
    // The first lock wins; a later attempt sends what the first one locked.
    lock: async (edition) =>
      (await writes.lockOnce(edition)) ? edition : (await reads.locked(edition.edition))!,
  },
  runs,
  schools,
  queue: sqsEditionDeliveries(sqs, deliveriesQueue, { newId: randomUUID, at: now, correlationId }),
  mailer,
});

const sendOrRecover = async (input: SendEditionInput) => {
  const now = scheduledTime(input);
  const today = londonDateOf(now);
  const edition =
    input.purpose === 'recover'
      ? editionToRecover(now, settings.schedule)
      : isEditionDate(today) && now >= sendInstantOf(today, settings.schedule)
        ? today
        : undefined;
  if (!edition) {
    logger.info('no edition due', { purpose: input.purpose, at: now.toISOString() });
    return { outcome: 'nothing-due' };
  }
  const result = await sendEdition(ports(now, `edition-${edition}`), settings, edition, now);
  logger.info('edition run', { edition, purpose: input.purpose, ...result });
  return result;
};

/**
 * The Monday schedule (07:00 London) and the recovery check (hourly to noon on Mondays): locks
 * the Monday edition and queues one delivery per person at every open school, once, resuming a
 * run that died half-way.
 */
export const handler = middy<SendEditionInput, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(sendOrRecover);
