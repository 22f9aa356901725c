import * as z from 'zod';
import { ErrorBodySchema, ValidationErrorBodySchema } from '#events/api-errors';
import { AskClashFoundEvent } from '#events/ask-clash-found';
import { AskRequestSchema } from '#events/ask-request';
import { AskSubmittedEvent } from '#events/ask-submitted';
import { BookingConfirmedEvent, BookingRecordSchema } from '#events/booking-confirmed';
import { BookingIdSchema } from '#events/booking-id';
import { BookingRequestSchema } from '#events/booking-request';
import {
  AskCancelledBodySchema,
  AskHistoryBodySchema,
  AskOutcomeBodySchema,
  AskPathSchema,
  CalendarBodySchema,
  CalendarRangeQuerySchema,
  CalendarWeeksBodySchema,
  CalendarWeeksQuerySchema,
} from '#events/calendar-api';
import { BreachReportSchema } from '#events/comms-breach';
import { CommsItemIdSchema, CommsItemRequestSchema } from '#events/comms-item';
import { DirectorLetterRequestSchema } from '#events/director-letter';
import {
  CommsItemAcceptedSchema,
  EditionDateSchema,
  EditionListSchema,
  EditionViewSchema,
} from '#events/edition-view';
import { PutSchoolContactsRequestSchema } from '#events/school-contacts';
import { SchoolRecordSchema } from '#events/school-record';
import { SchoolUrnSchema } from '#events/school-urn';
import { SCHEDULED_INPUT } from '#functions/commons/clock';
import { DELIVERY_CONCURRENCY } from '#functions/editions/sending-pace';
import type { Wiring } from './types.ts';

const invalid = {
  description: 'a field is missing or wrong: every bad field is named',
  body: ValidationErrorBodySchema,
};

type Table = 'education' | 'idempotency' | 'directory' | 'calendar' | 'comms';
type Queue = 'bookings' | 'email' | 'askIntake' | 'clashEmail' | 'editionDeliveries' | 'mailNotifications';
type Fn =
  | 'submitBooking'
  | 'getBooking'
  | 'processBooking'
  | 'sendBookingConfirmation'
  | 'getSchool'
  | 'putSchoolContacts'
  | 'changeAsk'
  | 'intakeAsk'
  | 'sendClashEmail'
  | 'readCalendar'
  | 'calendarFeed'
  | 'submitCommsItem'
  | 'editEditionContent'
  | 'readEditions'
  | 'reportBreach'
  | 'sendEdition'
  | 'deliverEdition'
  | 'recordMailNotification'
  | 'sendTeamEmails';

const askNotFound = { description: 'no ask with this reference is recorded', body: ErrorBodySchema };

const COMMS_SETTINGS = ['mondayEmailSendTime', 'mondayEmailCutOff'] as const;
const editionResponse = {
  description: 'the edition as the team checks it: every item, its subject, HTML and text',
  body: EditionViewSchema,
};

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
    // The Monday email: items (active ones on the sparse byEdition index), letters, locked
    // editions, run and delivery records, suppressions, breach reports (functions/adapters/dynamodb-comms-item.ts).
    comms: {
      partitionKey: 'pk',
      sortKey: 'sk',
      indexes: [{ name: 'byEdition', partitionKey: 'itemEdition', sortKey: 'itemId' }],
      envVar: 'COMMS_TABLE_NAME',
    },
    // Entered asks, every version an item; the sparse index `current` holds current versions by
    // first day (functions/adapters/dynamodb-ask-item.ts).
    calendar: {
      partitionKey: 'pk',
      sortKey: 'sk',
      indexes: [{ name: 'current', partitionKey: 'currentPk', sortKey: 'currentStart' }],
      envVar: 'CALENDAR_TABLE_NAME',
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
    // One message per person per school per edition. Throttled sends come back for another go:
    // many receives before a message is parked, so throttling never loses a school.
    editionDeliveries: {
      envVar: 'EDITION_DELIVERIES_QUEUE_URL',
      visibilityTimeoutSeconds: 360,
      maxReceiveCount: 20,
      consumer: {
        function: 'deliverEdition',
        batchSize: 10,
        maxBatchingWindowSeconds: 1,
        maxConcurrency: DELIVERY_CONCURRENCY,
      },
    },
    // SES bounce and complaint notifications: configuration set → SNS topic → this queue (raw).
    mailNotifications: {
      visibilityTimeoutSeconds: 180,
      maxReceiveCount: 5,
      consumer: { function: 'recordMailNotification', batchSize: 10, maxBatchingWindowSeconds: 1 },
    },
    askIntake: {
      visibilityTimeoutSeconds: 180,
      maxReceiveCount: 5,
      consumer: { function: 'intakeAsk', batchSize: 10, maxBatchingWindowSeconds: 1 },
    },
    clashEmail: {
      visibilityTimeoutSeconds: 180,
      maxReceiveCount: 5,
      consumer: { function: 'sendClashEmail', batchSize: 10, maxBatchingWindowSeconds: 1 },
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
    submitCommsItem: {
      entry: 'functions/editions/submit-comms-item.ts',
      description: 'POST /comms/items: accepts an item for the Monday edition whose cut-off it beat',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { comms: ['PutItem'] },
      settings: [...COMMS_SETTINGS],
    },
    editEditionContent: {
      entry: 'functions/editions/edit-edition-content.ts',
      description:
        'PUT/DELETE /comms/items/{itemId}, PUT /editions/{date}/letter: until the edition is locked',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { comms: ['GetItem', 'PutItem'] },
      settings: [...COMMS_SETTINGS],
    },
    readEditions: {
      entry: 'functions/editions/read-editions.ts',
      description:
        'GET /editions, /editions/{date}, /editions/{date}/preview: editions as the team checks them',
      memoryMb: 1024,
      timeoutSeconds: 15,
      // Key dates come from the calendar table; the least-privilege test gives each table the
      // union of the bundle's commands.
      tables: { comms: ['GetItem', 'Query'], calendar: ['GetItem', 'Query'] },
      settings: ['schoolsCommunicationsMailbox', ...COMMS_SETTINGS],
    },
    reportBreach: {
      entry: 'functions/editions/report-breach.ts',
      description: 'POST /comms/breaches: a school reports a generic message sent to it directly',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { comms: ['PutItem'] },
    },
    sendEdition: {
      entry: 'functions/editions/send-edition.ts',
      description:
        'Monday 07:00 and hourly to noon: locks the edition and queues one delivery per person, once',
      memoryMb: 1024,
      timeoutSeconds: 600,
      // The bundle reads three tables, and the least-privilege test gives every DynamoDB command
      // in a bundle to every table the bundle names: the comms table is read, locked, queried
      // and updated; the directory is queried and batch-read; the calendar (Key dates) queried.
      // Each table is granted the union: wider than the code needs on the directory and calendar.
      tables: {
        comms: ['GetItem', 'PutItem', 'UpdateItem', 'Query', 'BatchGetItem'],
        directory: ['GetItem', 'PutItem', 'UpdateItem', 'Query', 'BatchGetItem'],
        calendar: ['GetItem', 'PutItem', 'UpdateItem', 'Query', 'BatchGetItem'],
      },
      queues: { editionDeliveries: ['SendMessage'] },
      email: ['SendEmail'],
      settings: ['schoolsCommunicationsMailbox', 'schoolsLocalAuthority', ...COMMS_SETTINGS],
    },
    deliverEdition: {
      entry: 'functions/editions/deliver-edition.ts',
      description: "editionDeliveries queue: sends each person's edition once, paced under the SES rate",
      memoryMb: 1024,
      timeoutSeconds: 60,
      tables: { comms: ['GetItem', 'UpdateItem', 'DeleteItem'] },
      email: ['SendEmail'],
      settings: ['schoolsCommunicationsMailbox', 'sesSendRatePerSecond'],
    },
    recordMailNotification: {
      entry: 'functions/editions/record-mail-notification.ts',
      description: 'mailNotifications queue: records addresses that bounced or complained',
      memoryMb: 512,
      timeoutSeconds: 30,
      tables: { comms: ['PutItem'] },
    },
    sendTeamEmails: {
      entry: 'functions/editions/send-team-emails.ts',
      description:
        "Friday: the coming edition's preview to the team; Monday: the week's breach summary to the Director",
      memoryMb: 1024,
      timeoutSeconds: 60,
      tables: { comms: ['GetItem', 'Query'], calendar: ['GetItem', 'Query'] },
      email: ['SendEmail'],
      settings: ['schoolsCommunicationsMailbox', 'directorOfEducation'],
    },
    changeAsk: {
      entry: 'functions/calendar/change-ask.ts',
      description:
        'POST /calendar/asks, PUT and DELETE /calendar/asks/{askId}: records, edits and cancels asks',
      memoryMb: 512,
      timeoutSeconds: 10,
      // Query: the current version and the asks around; PutItem: each new version (conditional);
      // UpdateItem: unmarking the version before.
      tables: { calendar: ['Query', 'PutItem', 'UpdateItem'] },
      bus: ['PutEvents'],
      settings: ['calendarClashPolicy', 'calendarClashBufferWorkingDays'],
    },
    intakeAsk: {
      entry: 'functions/calendar/intake-ask.ts',
      description: 'askIntake queue: records asks submitted on the bus, checked for clashes',
      memoryMb: 512,
      timeoutSeconds: 30,
      tables: { calendar: ['Query', 'PutItem', 'UpdateItem'] },
      bus: ['PutEvents'],
      settings: ['calendarClashPolicy', 'calendarClashBufferWorkingDays'],
    },
    sendClashEmail: {
      entry: 'functions/calendar/send-clash-email.ts',
      description: 'clashEmail queue: emails the owning team and Schools Communications once per clash',
      memoryMb: 512,
      timeoutSeconds: 30,
      tables: { idempotency: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'] },
      email: ['SendEmail'],
      settings: ['schoolsCommunicationsMailbox'],
    },
    readCalendar: {
      entry: 'functions/calendar/read-calendar.ts',
      description: 'GET /calendar, /calendar/weeks and /calendar/asks/{askId}: the calendar of asks, read',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { calendar: ['Query'] },
    },
    calendarFeed: {
      entry: 'functions/calendar/calendar-feed.ts',
      description: 'GET /calendar.ics: the calendar of asks as a subscribable iCalendar feed',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { calendar: ['Query'] },
    },
  },
  rules: [
    {
      id: 'BookingConfirmedToEmail',
      description: 'Confirmed bookings are queued for their confirmation email',
      eventPattern: { source: [BookingConfirmedEvent.source], 'detail-type': [BookingConfirmedEvent.name] },
      target: { queue: 'email' },
    },
    {
      id: 'AskSubmittedToIntake',
      description: 'Asks submitted on the bus by any council system are queued for the calendar',
      eventPattern: { source: [AskSubmittedEvent.source], 'detail-type': [AskSubmittedEvent.name] },
      target: { queue: 'askIntake' },
    },
    {
      id: 'AskClashFoundToEmail',
      description: 'Each clash is queued for its one email to the owner and Schools Communications',
      eventPattern: { source: [AskClashFoundEvent.source], 'detail-type': [AskClashFoundEvent.name] },
      target: { queue: 'clashEmail' },
    },
  ],
  // SES bounce and complaint notifications reach this queue (configuration set → SNS → SQS).
  mailNotifications: { queue: 'mailNotifications' },
  schedules: [
    {
      id: 'SendMondayEdition',
      description: "Monday 07:00 London: locks and sends the week's edition",
      expression: 'cron(0 7 ? * MON *)',
      timeZone: 'Europe/London',
      target: { function: 'sendEdition' },
      input: { ...SCHEDULED_INPUT, purpose: 'send' },
    },
    {
      id: 'RecoverMondayEdition',
      description:
        'Mondays 08:00 to 11:00 London, hourly: starts or resumes an edition whose run did not happen or finish',
      expression: 'cron(0 8-11 ? * MON *)',
      timeZone: 'Europe/London',
      target: { function: 'sendEdition' },
      input: { ...SCHEDULED_INPUT, purpose: 'recover' },
    },
    {
      id: 'PreviewMondayEdition',
      description: "Friday 09:00 London: the coming Monday's edition to the Schools Communications team",
      expression: 'cron(0 9 ? * FRI *)',
      timeZone: 'Europe/London',
      target: { function: 'sendTeamEmails' },
      input: { ...SCHEDULED_INPUT, email: 'edition-preview' },
    },
    {
      id: 'SummariseProtocolBreaches',
      description: "Monday 09:00 London: the week's protocol breaches, by team, to the Director",
      expression: 'cron(0 9 ? * MON *)',
      timeZone: 'Europe/London',
      target: { function: 'sendTeamEmails' },
      input: { ...SCHEDULED_INPUT, email: 'breach-summary' },
    },
  ],
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
    {
      method: 'POST',
      path: '/comms/items',
      function: 'submitCommsItem',
      auth: 'iam',
      summary: "Submit an all-schools item for the Director's Monday email; answers the Monday it goes out",
      request: { body: CommsItemRequestSchema },
      responses: {
        202: {
          description: 'accepted: the item reference and its edition (YYYY-MM-DD)',
          body: CommsItemAcceptedSchema,
        },
        400: invalid,
        413: { description: 'the body is over 64 KB', body: ErrorBodySchema },
        415: { description: 'the body is not sent as JSON', body: ErrorBodySchema },
      },
    },
    {
      method: 'PUT',
      path: '/comms/items/{itemId}',
      function: 'editEditionContent',
      auth: 'iam',
      summary: 'Edit an item until its edition is locked (it stays in its edition)',
      request: { path: z.object({ itemId: CommsItemIdSchema }), body: CommsItemRequestSchema },
      responses: {
        200: { description: 'edited', body: CommsItemAcceptedSchema },
        400: invalid,
        404: { description: 'no item with this reference', body: ErrorBodySchema },
        409: { description: 'its edition is locked, or it was withdrawn', body: ErrorBodySchema },
      },
    },
    {
      method: 'DELETE',
      path: '/comms/items/{itemId}',
      function: 'editEditionContent',
      auth: 'iam',
      summary: 'Withdraw an item from its edition until the edition is locked',
      request: { path: z.object({ itemId: CommsItemIdSchema }) },
      responses: {
        200: {
          description: 'withdrawn',
          body: z.object({ itemId: CommsItemIdSchema, status: z.literal('withdrawn') }),
        },
        400: invalid,
        404: { description: 'no item with this reference', body: ErrorBodySchema },
        409: { description: 'its edition is locked, or it was withdrawn already', body: ErrorBodySchema },
      },
    },
    {
      method: 'PUT',
      path: '/editions/{date}/letter',
      function: 'editEditionContent',
      auth: 'iam',
      summary: "Write the Director's letter that opens an edition, until it is locked",
      request: { path: z.object({ date: EditionDateSchema }), body: DirectorLetterRequestSchema },
      responses: {
        200: { description: 'written', body: z.object({ edition: z.iso.date() }) },
        400: invalid,
        409: { description: 'the edition is locked', body: ErrorBodySchema },
      },
    },
    {
      method: 'GET',
      path: '/editions',
      function: 'readEditions',
      auth: 'iam',
      summary: 'The locked (sent) editions, newest first',
      responses: { 200: { description: 'the editions', body: EditionListSchema } },
    },
    {
      method: 'GET',
      path: '/editions/{date}',
      function: 'readEditions',
      auth: 'iam',
      summary: 'A locked edition: its subject, HTML and text, every item in it, and how its sending went',
      request: { path: z.object({ date: EditionDateSchema }) },
      responses: {
        200: editionResponse,
        400: invalid,
        404: { description: 'the edition has not been locked (sent) yet', body: ErrorBodySchema },
      },
    },
    {
      method: 'GET',
      path: '/editions/{date}/preview',
      function: 'readEditions',
      auth: 'iam',
      summary: 'The coming edition as it stands (or as locked, once it is)',
      request: { path: z.object({ date: EditionDateSchema }) },
      responses: { 200: editionResponse, 400: invalid },
    },
    {
      method: 'POST',
      path: '/comms/breaches',
      function: 'reportBreach',
      auth: 'none',
      summary:
        'A school reports a generic message a council team sent it directly, not through the Monday email',
      request: { body: BreachReportSchema },
      responses: {
        202: { description: 'recorded', body: z.object({ breachId: z.string() }) },
        400: invalid,
        413: { description: 'the body is over 16 KB', body: ErrorBodySchema },
        415: { description: 'the body is not sent as JSON', body: ErrorBodySchema },
      },
    },
    {
      method: 'POST',
      path: '/calendar/asks',
      function: 'changeAsk',
      auth: 'iam',
      summary: 'Put an ask of schools on the calendar, checked against statutory windows',
      request: { body: AskRequestSchema },
      responses: {
        201: {
          description: 'recorded: its reference, any clashes and clear windows of the same length',
          body: AskOutcomeBodySchema,
        },
        400: invalid,
        409: {
          description:
            'refused (refuse policy): it clashes; the same body without askId. Or an Idempotency-Key already used for another ask',
          body: z.union([AskOutcomeBodySchema, ErrorBodySchema]),
        },
        413: { description: 'the body is over 16 KB', body: ErrorBodySchema },
        415: { description: 'the body is not sent as JSON', body: ErrorBodySchema },
      },
    },
    {
      method: 'PUT',
      path: '/calendar/asks/{askId}',
      function: 'changeAsk',
      auth: 'iam',
      summary: 'Edit an ask: a new version (SEQUENCE bumped), the old kept in its history',
      request: { path: AskPathSchema, body: AskRequestSchema },
      responses: {
        200: { description: 'the new version, any clashes and clear windows', body: AskOutcomeBodySchema },
        400: invalid,
        404: askNotFound,
        409: {
          description: 'refused (refuse policy), cancelled, or changed by someone else meanwhile',
          body: z.union([AskOutcomeBodySchema, ErrorBodySchema]),
        },
        413: { description: 'the body is over 16 KB', body: ErrorBodySchema },
        415: { description: 'the body is not sent as JSON', body: ErrorBodySchema },
      },
    },
    {
      method: 'DELETE',
      path: '/calendar/asks/{askId}',
      function: 'changeAsk',
      auth: 'iam',
      summary: 'Cancel an ask (kept in its history; the feed marks it cancelled)',
      request: { path: AskPathSchema },
      responses: {
        200: { description: 'cancelled', body: AskCancelledBodySchema },
        400: invalid,
        404: askNotFound,
      },
    },
    {
      method: 'GET',
      path: '/calendar/asks/{askId}',
      function: 'readCalendar',
      auth: 'iam',
      summary: 'An entered ask: its current version and every version before',
      request: { path: AskPathSchema },
      responses: {
        200: { description: 'the ask and its history', body: AskHistoryBodySchema },
        400: invalid,
        404: askNotFound,
      },
    },
    {
      method: 'GET',
      path: '/calendar',
      function: 'readCalendar',
      auth: 'iam',
      summary: 'Computed and entered asks of schools landing between two dates',
      request: { query: CalendarRangeQuerySchema },
      responses: { 200: { description: 'the asks, in date order', body: CalendarBodySchema }, 400: invalid },
    },
    {
      method: 'GET',
      path: '/calendar/weeks',
      function: 'readCalendar',
      auth: 'iam',
      summary: 'The load view: how many asks land on schools each week, and which',
      request: { query: CalendarWeeksQuerySchema },
      responses: {
        200: { description: 'Monday-to-Sunday weeks from the week of from', body: CalendarWeeksBodySchema },
        400: invalid,
      },
    },
    {
      method: 'GET',
      path: '/calendar.ics',
      function: 'calendarFeed',
      auth: 'none',
      summary: 'The calendar of asks as an iCalendar feed to subscribe to (no personal data)',
      responses: {
        200: { description: 'text/calendar; charset=utf-8: last, this and next academic year' },
      },
    },
  ],
} as const satisfies Wiring<Table, Queue, Fn>;
