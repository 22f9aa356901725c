import * as z from 'zod';
import { ErrorBodySchema, ValidationErrorBodySchema } from '#events/api-errors';
import { BookingConfirmedEvent, BookingRecordSchema } from '#events/booking-confirmed';
import { BookingIdSchema } from '#events/booking-id';
import { BookingRequestSchema } from '#events/booking-request';
import { PutSchoolContactsRequestSchema } from '#events/school-contacts';
import { SchoolRecordSchema } from '#events/school-record';
import { SchoolUrnSchema } from '#events/school-urn';
import type { Wiring } from './types.ts';

const invalid = {
  description: 'a field is missing or wrong: every bad field is named',
  body: ValidationErrorBodySchema,
};

type Table = 'education' | 'idempotency' | 'directory';
type Queue = 'bookings' | 'email';
type Fn =
  | 'submitBooking'
  | 'getBooking'
  | 'processBooking'
  | 'sendBookingConfirmation'
  | 'getSchool'
  | 'putSchoolContacts';

/**
 * The system's wiring: the single source of truth for which queue feeds which handler,
 * which event pattern routes where, which schedule fires what and which route calls which
 * handler. The CDK app builds it; the local runtime runs it; a test proves they agree.
 */
export const systemWiring = {
  tables: {
    education: { partitionKey: 'pk', sortKey: 'sk', envVar: 'EDUCATION_TABLE_NAME' },
    idempotency: { partitionKey: 'id', timeToLiveAttribute: 'expiration', envVar: 'IDEMPOTENCY_TABLE_NAME' },
    // The schools directory (GIAS): `SCHOOL#<urn>` / `SCHOOL` and `/ CONTACTS`; listed by LA on the index.
    directory: {
      partitionKey: 'pk',
      sortKey: 'sk',
      indexes: [{ name: 'byLocalAuthority', partitionKey: 'laCode', sortKey: 'statusUrn' }],
      envVar: 'DIRECTORY_TABLE_NAME',
    },
  },
  queues: {
    bookings: {
      envVar: 'BOOKINGS_QUEUE_URL',
      visibilityTimeoutSeconds: 180,
      maxReceiveCount: 5,
      consumer: { function: 'processBooking', batchSize: 10, maxBatchingWindowSeconds: 1 },
    },
    email: {
      visibilityTimeoutSeconds: 180,
      maxReceiveCount: 5,
      consumer: { function: 'sendBookingConfirmation', batchSize: 10, maxBatchingWindowSeconds: 1 },
    },
  },
  functions: {
    submitBooking: {
      entry: 'functions/bookings/submit-booking.ts',
      description: 'POST /bookings: validates a booking form and queues it',
      memoryMb: 512,
      timeoutSeconds: 10,
      // Powertools idempotency (DynamoDB persistence layer): GetItem, PutItem, UpdateItem, DeleteItem.
      tables: { idempotency: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'], directory: ['Query'] },
      queues: { bookings: ['SendMessage'] },
      settings: ['workforceDevelopmentMailbox'],
    },
    getBooking: {
      entry: 'functions/bookings/get-booking.ts',
      description: 'GET /bookings/{bookingId}: a recorded booking and its status',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { education: ['GetItem'] },
    },
    processBooking: {
      entry: 'functions/bookings/process-booking.ts',
      description: 'bookings queue: prices, records and announces bookings',
      memoryMb: 512,
      timeoutSeconds: 30,
      // A conditional put (ReturnValuesOnConditionCheckFailure: ALL_OLD) records each booking once.
      tables: { education: ['PutItem'] },
      bus: ['PutEvents'],
    },
    sendBookingConfirmation: {
      entry: 'functions/bookings/send-booking-confirmation.ts',
      description: 'email queue: sends booking confirmation emails',
      memoryMb: 512,
      timeoutSeconds: 30,
      tables: { idempotency: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'] },
      email: ['SendEmail'],
    },
    getSchool: {
      entry: 'functions/schools/get-school.ts',
      description: 'GET /schools/{urn}: a school in the directory, its price band and contacts',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { directory: ['Query'] },
    },
    putSchoolContacts: {
      entry: 'functions/schools/put-school-contacts.ts',
      description: "PUT /schools/{urn}/contacts: replaces a school's contacts",
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { directory: ['ConditionCheckItem', 'PutItem'] },
    },
  },
  rules: [
    {
      id: 'BookingConfirmedToEmail',
      description: 'Confirmed bookings are queued for their confirmation email',
      eventPattern: { source: [BookingConfirmedEvent.source], 'detail-type': [BookingConfirmedEvent.name] },
      target: { queue: 'email' },
    },
  ],
  schedules: [],
  routes: [
    {
      method: 'POST',
      path: '/bookings',
      function: 'submitBooking',
      auth: 'none',
      summary: 'Submit the traded-services booking form; accepted once per submissionId',
      request: { body: BookingRequestSchema },
      responses: {
        202: {
          description: 'accepted and queued: the booking reference to quote',
          body: z.object({ bookingId: BookingIdSchema, status: z.literal('received') }),
        },
        400: invalid,
        409: { description: 'this submissionId was used with different answers', body: ErrorBodySchema },
        413: { description: 'the body is over 16 KB', body: ErrorBodySchema },
        415: { description: 'the body is not sent as JSON', body: ErrorBodySchema },
      },
    },
    {
      method: 'GET',
      path: '/bookings/{bookingId}',
      function: 'getBooking',
      auth: 'iam',
      summary: 'A recorded booking with its price and status',
      request: { path: z.object({ bookingId: BookingIdSchema }) },
      responses: {
        200: { description: 'the booking', body: BookingRecordSchema },
        400: invalid,
        404: { description: 'no booking with this reference is recorded', body: ErrorBodySchema },
      },
    },
    {
      method: 'GET',
      path: '/schools/{urn}',
      function: 'getSchool',
      auth: 'iam',
      summary: 'A school in the directory, the price band it pays in, and its contacts',
      request: { path: z.object({ urn: SchoolUrnSchema }) },
      responses: {
        200: { description: 'the school', body: SchoolRecordSchema },
        400: invalid,
        404: { description: 'the directory has no school with this URN', body: ErrorBodySchema },
      },
    },
    {
      method: 'PUT',
      path: '/schools/{urn}/contacts',
      function: 'putSchoolContacts',
      auth: 'iam',
      summary: "Replace a school's contacts (headteacher, school business manager, SENCO, office)",
      request: { path: z.object({ urn: SchoolUrnSchema }), body: PutSchoolContactsRequestSchema },
      responses: {
        200: {
          description: 'the contacts now held',
          body: z.object({ urn: SchoolUrnSchema, contacts: PutSchoolContactsRequestSchema.shape.contacts }),
        },
        400: invalid,
        404: { description: 'the directory has no school with this URN', body: ErrorBodySchema },
        413: { description: 'the body is over 16 KB', body: ErrorBodySchema },
        415: { description: 'the body is not sent as JSON', body: ErrorBodySchema },
      },
    },
  ],
} as const satisfies Wiring<Table, Queue, Fn>;
