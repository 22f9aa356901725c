import { BookingConfirmedEvent } from '#events/booking-confirmed';
import type { Wiring } from './types.ts';

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
      tables: { idempotency: 'readWrite' },
      sendsTo: ['bookings'],
    },
    getBooking: {
      entry: 'functions/bookings/get-booking.ts',
      description: 'GET /bookings/{bookingId}: a recorded booking and its status',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { education: 'read' },
    },
    processBooking: {
      entry: 'functions/bookings/process-booking.ts',
      description: 'bookings queue: prices, records and announces bookings',
      memoryMb: 512,
      timeoutSeconds: 30,
      tables: { education: 'readWrite' },
      publishesEvents: true,
    },
    sendBookingConfirmation: {
      entry: 'functions/bookings/send-booking-confirmation.ts',
      description: 'email queue: sends booking confirmation emails',
      memoryMb: 512,
      timeoutSeconds: 30,
      tables: { idempotency: 'readWrite' },
      sendsEmail: true,
    },
    getSchool: {
      entry: 'functions/schools/get-school.ts',
      description: 'GET /schools/{urn}: a school in the directory, its price band and contacts',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { directory: 'read' },
    },
    putSchoolContacts: {
      entry: 'functions/schools/put-school-contacts.ts',
      description: "PUT /schools/{urn}/contacts: replaces a school's contacts",
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { directory: 'readWrite' },
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
    { method: 'POST', path: '/bookings', function: 'submitBooking', auth: 'none' },
    { method: 'GET', path: '/bookings/{bookingId}', function: 'getBooking', auth: 'iam' },
    { method: 'GET', path: '/schools/{urn}', function: 'getSchool', auth: 'iam' },
    { method: 'PUT', path: '/schools/{urn}/contacts', function: 'putSchoolContacts', auth: 'iam' },
  ],
} as const satisfies Wiring<Table, Queue, Fn>;
