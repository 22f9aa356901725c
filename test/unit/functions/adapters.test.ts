import 'aws-sdk-client-mock-vitest/extend';
import { readFileSync } from 'node:fs';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Booking } from '#domain/bookings/booking';
import type { EmailMessage } from '#domain/shared/email-message';
import { BookingConfirmedEnvelopeSchema } from '#events/booking-confirmed';
import { BookingSubmittedEnvelopeSchema } from '#events/booking-submitted';
import { dynamoDbBookingRepository } from '#functions/adapters/dynamodb-booking-repository';
import {
  EventNotPublishedError,
  eventBridgeBookingAnnouncer,
} from '#functions/adapters/eventbridge-booking-announcer';
import { sesMailer } from '#functions/adapters/ses-mailer';
import { sqsBookingIntake } from '#functions/adapters/sqs-booking-intake';

const fixture = (event: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../events/fixtures/${event}/1.1.0.json`, import.meta.url), 'utf8'));

/** A confirmed booking as version 1.1.0 published it. */
const booking = BookingConfirmedEnvelopeSchema.parse(fixture('booking-confirmed')).data as Booking;
const submitted = BookingSubmittedEnvelopeSchema.parse(fixture('booking-submitted'));

const region = { region: 'eu-west-2' };

describe('dynamoDbBookingRepository', () => {
  const ddb = mockClient(DynamoDBDocumentClient);
  const repository = dynamoDbBookingRepository(
    DynamoDBDocumentClient.from(new DynamoDBClient(region)),
    'education',
  );

  beforeEach(() => {
    ddb.reset();
  });

  it('stores a new booking with a conditional put and says it was created', async () => {
    // prepare
    ddb.on(PutCommand).resolves({});

    // act
    const result = await repository.addOnce(booking);

    // assert
    expect(result).toEqual({ booking, created: true });
    expect(ddb).toHaveReceivedCommandOnce(PutCommand);
    expect(ddb).toHaveReceivedCommandWith(PutCommand, {
      TableName: 'education',
      Item: {
        pk: 'BOOKING#BK-7K3M9Q2XHD',
        sk: 'BOOKING',
        entity: 'Booking',
        // The bookingsByYear index: the academic year, then the school and the reference.
        bookingYear: '2023/24',
        schoolBooking: '999123#BK-7K3M9Q2XHD',
        ...booking,
        revision: 0,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
  });

  it('returns the booking already stored under the id, not created, when the condition fails', async () => {
    // prepare
    const stored: Booking = {
      ...booking,
      submissionId: '9b2e7d41-0c3a-4f5e-8a6b-7c1d2e3f4a5b',
      confirmedAt: '2023-10-16T09:10:00.000Z',
    };
    ddb.on(PutCommand).rejects(
      new ConditionalCheckFailedException({
        message: 'The conditional request failed',
        $metadata: { httpStatusCode: 400 },
        Item: marshall({ pk: 'BOOKING#BK-7K3M9Q2XHD', sk: 'BOOKING', entity: 'Booking', ...stored }),
      }),
    );

    // act
    const result = await repository.addOnce(booking);

    // assert
    expect(result).toEqual({ booking: stored, created: false });
  });

  it('lets any other failure propagate', async () => {
    // prepare
    const throttled = Object.assign(new Error('Rate of requests exceeds the allowed throughput'), {
      name: 'ProvisionedThroughputExceededException',
    });
    ddb.on(PutCommand).rejects(throttled);

    // act
    const attempt = repository.addOnce(booking);

    // assert
    await expect(attempt).rejects.toBe(throttled);
  });

  it('lets a failed condition without the stored item propagate', async () => {
    // prepare
    const withoutItem = new ConditionalCheckFailedException({
      message: 'The conditional request failed',
      $metadata: { httpStatusCode: 400 },
    });
    ddb.on(PutCommand).rejects(withoutItem);

    // act
    const attempt = repository.addOnce(booking);

    // assert
    await expect(attempt).rejects.toBe(withoutItem);
  });
});

describe('eventBridgeBookingAnnouncer', () => {
  const eventBridge = mockClient(EventBridgeClient);
  const announcer = eventBridgeBookingAnnouncer(
    new EventBridgeClient(region),
    'education-bus',
    () => 'c8e4b7d2-51a6-4f3e-8b9c-0d7a2e6f1b94',
  );
  const confirmedAt = { correlationId: 'NvS3ZgXbLPEEJmA=', occurredAt: new Date('2023-10-16T09:14:29.915Z') };

  beforeEach(() => {
    eventBridge.reset();
  });

  it('publishes one BookingConfirmed entry, timed when the booking was confirmed, whose detail honours the contract', async () => {
    // prepare
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'eb-1' }] });

    // act
    await announcer.confirmed(booking, confirmedAt);

    // assert
    expect(eventBridge).toHaveReceivedCommandOnce(PutEventsCommand);
    expect(eventBridge).toHaveReceivedCommandWith(PutEventsCommand, {
      Entries: [
        {
          EventBusName: 'education-bus',
          Source: 'ecc.education.bookings',
          DetailType: 'BookingConfirmed',
          Time: new Date('2023-10-16T09:14:29.915Z'),
          Detail: expect.any(String),
        },
      ],
    });
    const entry = eventBridge.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries?.[0];
    const detail = BookingConfirmedEnvelopeSchema.parse(JSON.parse(entry?.Detail ?? 'null'));
    expect(detail).toEqual({
      metadata: {
        eventId: 'c8e4b7d2-51a6-4f3e-8b9c-0d7a2e6f1b94',
        version: '1.2.0',
        occurredAt: '2023-10-16T09:14:29.915Z',
        correlationId: 'NvS3ZgXbLPEEJmA=',
      },
      data: booking,
    });
  });

  it('throws EventNotPublishedError when EventBridge accepts the call but fails the entry', async () => {
    // prepare
    eventBridge.on(PutEventsCommand).resolves({
      FailedEntryCount: 1,
      Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'Internal service error' }],
    });

    // act
    const attempt = announcer.confirmed(booking, confirmedAt);

    // assert
    await expect(attempt).rejects.toThrow(EventNotPublishedError);
    await expect(attempt).rejects.toThrow(
      'BookingConfirmed for BK-7K3M9Q2XHD was not published: InternalFailure',
    );
  });
});

describe('sesMailer', () => {
  const ses = mockClient(SESv2Client);
  const message: EmailMessage = {
    to: ['jo.bloggs@example.org'],
    subject: 'Booking confirmed: Governance Review (BK-7K3M9Q2XHD)',
    text: 'Dear Jo Bloggs, … £2,667.60',
    html: '<!DOCTYPE html><html lang="en-GB"><title>Booking confirmed</title><p>£2,667.60</p></html>',
    replyTo: 'workforce.development@example.gov.uk',
  };

  beforeEach(() => {
    ses.reset();
  });

  it('sends the text and HTML parts in UTF-8 from the given address and returns the message id', async () => {
    // prepare
    ses
      .on(SendEmailCommand)
      .resolves({ MessageId: '0102018b3d1e2f4a-6c7b8a9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d-000000' });
    const mailer = sesMailer(new SESv2Client(region), { configurationSetName: 'education-mail' });

    // act
    const result = await mailer.send(message, 'bookings@example.gov.uk');

    // assert
    expect(result).toEqual({ messageId: '0102018b3d1e2f4a-6c7b8a9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d-000000' });
    expect(ses).toHaveReceivedCommandOnce(SendEmailCommand);
    expect(ses).toHaveReceivedCommandWith(SendEmailCommand, {
      FromEmailAddress: 'bookings@example.gov.uk',
      Destination: { ToAddresses: ['jo.bloggs@example.org'] },
      ReplyToAddresses: ['workforce.development@example.gov.uk'],
      ConfigurationSetName: 'education-mail',
      Content: {
        Simple: {
          Subject: { Data: message.subject, Charset: 'UTF-8' },
          Body: {
            Text: { Data: message.text, Charset: 'UTF-8' },
            Html: { Data: message.html, Charset: 'UTF-8' },
          },
        },
      },
    });
  });

  it('leaves out the reply-to address and configuration set when there are none', async () => {
    // prepare
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-2' });
    const { replyTo: _none, ...withoutReplyTo } = message;

    // act
    await sesMailer(new SESv2Client(region)).send(withoutReplyTo, 'bookings@example.gov.uk');

    // assert
    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input?.Destination).toEqual({ ToAddresses: ['jo.bloggs@example.org'] });
    expect(input?.ReplyToAddresses).toBeUndefined();
    expect(input?.ConfigurationSetName).toBeUndefined();
  });
});

describe('sqsBookingIntake', () => {
  const sqs = mockClient(SQSClient);
  const queueUrl = 'https://sqs.eu-west-2.amazonaws.com/111122223333/bookings';

  beforeEach(() => {
    sqs.reset();
  });

  it('queues the submission as a JSON message on the bookings queue', async () => {
    // prepare
    sqs.on(SendMessageCommand).resolves({ MessageId: 'sqs-1' });
    const intake = sqsBookingIntake(new SQSClient(region), queueUrl);

    // act
    await intake.enqueue(submitted);

    // assert
    expect(sqs).toHaveReceivedCommandOnce(SendMessageCommand);
    expect(sqs).toHaveReceivedCommandWith(SendMessageCommand, {
      QueueUrl: queueUrl,
      MessageBody: JSON.stringify(submitted),
    });
    const body = sqs.commandCalls(SendMessageCommand)[0]?.args[0].input.MessageBody ?? 'null';
    expect(BookingSubmittedEnvelopeSchema.parse(JSON.parse(body))).toEqual(submitted);
  });
});
