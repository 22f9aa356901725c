import * as z from 'zod';
import { ErrorBodySchema, ValidationErrorBodySchema } from '#events/api-errors';
import { BookingConfirmedEvent, BookingRecordSchema } from '#events/booking-confirmed';
import { BookingIdSchema } from '#events/booking-id';
import { BookingRequestSchema } from '#events/booking-request';
import type { Wiring } from './types.ts';

const invalid = {
  description: 'a field is missing or wrong: every bad field is named',
  body: ValidationErrorBodySchema,
};

type Table = 'education' | 'idempotency';
type Queue = 'bookings' | 'email';
type Fn = 'submitBooking' | 'getBooking' | 'processBooking' | 'sendBookingConfirmation';

/**
 * The system's wiring: the single source of truth for which queue feeds which handler,
 * which event pattern routes where, which schedule fires what and which route calls which
 * handler. The CDK app builds it; the local runtime runs it; a test proves they agree.
 */
export const systemWiring = {
  tables: {
    education: { partitionKey: 'pk', sortKey: 'sk', envVar: 'EDUCATION_TABLE_NAME' },
    idempotency: { partitionKey: 'id', timeToLiveAttribute: 'expiration', envVar: 'IDEMPOTENCY_TABLE_NAME' },
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
      tables: { idempotency: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'] },
      queues: { bookings: ['SendMessage'] },
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
      settings: ['priceListCarryForward'],
    },
    sendBookingConfirmation: {
      entry: 'functions/bookings/send-booking-confirmation.ts',
      description: 'email queue: sends booking confirmation emails',
      memoryMb: 512,
      timeoutSeconds: 30,
      tables: { idempotency: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'] },
      email: ['SendEmail'],
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
  ],
} as const satisfies Wiring<Table, Queue, Fn>;
