import * as z from 'zod';
import { ErrorBodySchema, UnprocessableBodySchema, ValidationErrorBodySchema } from '#events/api-errors';
import { AskClashFoundEvent } from '#events/ask-clash-found';
import { AskRequestSchema } from '#events/ask-request';
import { AskSubmittedEvent } from '#events/ask-submitted';
import { BookingCancelledEvent } from '#events/booking-cancelled';
import { BookingConfirmedEvent } from '#events/booking-confirmed';
import { BookingIdSchema } from '#events/booking-id';
import {
  CancellationRequestSchema,
  DeliveryRequestSchema,
  DeliveryResponseSchema,
  SchoolBookingsResponseSchema,
} from '#events/booking-management';
import { AcademicYearTextSchema, BookingRecordSchema } from '#events/booking-record';
import { BookingRequestSchema } from '#events/booking-request';
import { BookingWaitlistedEvent } from '#events/booking-waitlisted';
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
import { EHCP_SOURCE } from '#events/ehcp/case-event-fields';
import {
  EhcpCaseloadQuerySchema,
  EhcpCaseloadSchema,
  EhcpCasePathSchema,
  EhcpCaseViewSchema,
  EhcpKpisQuerySchema,
  EhcpKpisSchema,
  EhcpParkedEventsSchema,
  EhcpParkedQuerySchema,
  PostEhcpEventsRequestSchema,
  PostEhcpEventsResponseSchema,
} from '#events/ehcp/ehcp-api';
import { PlaceOfferedEvent } from '#events/place-offered';
import { PutSchoolContactsRequestSchema } from '#events/school-contacts';
import { SchoolRecordSchema } from '#events/school-record';
import { SchoolUrnSchema } from '#events/school-urn';
import { SCHEDULED_INPUT } from '#functions/commons/clock';
import { DELIVERY_CONCURRENCY } from '#functions/editions/sending-pace';
import type { TableOperation, Wiring } from './types.ts';

const invalid = {
  description: 'a field is missing or wrong: every bad field is named',
  body: ValidationErrorBodySchema,
};
const notJson = { description: 'the body is not sent as JSON (content-type)', body: ErrorBodySchema };
const tooLarge = { description: 'the body is over 16 KB', body: ErrorBodySchema };
const unknownBooking = { description: 'no booking with this reference', body: ErrorBodySchema };

/** Powertools idempotency (DynamoDB persistence layer): GetItem, PutItem, UpdateItem, DeleteItem. */
const IDEMPOTENCY: readonly TableOperation[] = ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'];
/**
 * What changing bookings after they are taken calls on the education table: GetItem (a booking,
 * an event's places), PutItem (a booking replaced only from the revision read; a waitlist entry;
 * a place offer), UpdateItem (a place held or freed), DeleteItem (leaving the waitlist, closing
 * an offer), Query (the waitlist, lapsed offers, a school's bookings by year).
 */
const BOOKING_WORKFLOW: readonly TableOperation[] = [
  'GetItem',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'Query',
];

type Table = 'education' | 'idempotency' | 'directory' | 'calendar' | 'ehcp' | 'comms';
type Queue =
  | 'bookings'
  | 'email'
  | 'askIntake'
  | 'clashEmail'
  | 'ehcpEvents'
  | 'editionDeliveries'
  | 'mailNotifications';
type Fn =
  | 'submitBooking'
  | 'getBooking'
  | 'processBooking'
  | 'sendBookingEmails'
  | 'listSchoolBookings'
  | 'recordDelivery'
  | 'cancelBooking'
  | 'acceptPlaceOffer'
  | 'lapsePlaceOffers'
  | 'sendLapseReminders'
  | 'getSchool'
  | 'putSchoolContacts'
  | 'changeAsk'
  | 'intakeAsk'
  | 'sendClashEmail'
  | 'readCalendar'
  | 'calendarFeed'
  | 'postEhcpEvents'
  | 'applyEhcpEvents'
  | 'getEhcpCase'
  | 'listEhcpCases'
  | 'getEhcpKpis'
  | 'listParkedEhcpEvents'
  | 'sendEhcpReminders'
  | 'sendEhcpWeeklySummary'
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
    education: {
      partitionKey: 'pk',
      sortKey: 'sk',
      // Bookings by academic year, school by school: a school's bookings and days balance, and
      // every school's days for the lapse reminders.
      indexes: [{ name: 'bookingsByYear', partitionKey: 'bookingYear', sortKey: 'schoolBooking' }],
      envVar: 'EDUCATION_TABLE_NAME',
    },
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
    // EHC needs assessments and plans: one partition per case (events, timeline, index entries);
    // `byDate` holds open milestones by quadrant and reminder date, and completed SEN2 milestones
    // by year, so the daily sweep and the KPIs query only what they need.
    ehcp: {
      partitionKey: 'pk',
      sortKey: 'sk',
      timeToLiveAttribute: 'expiresAt',
      indexes: [{ name: 'byDate', partitionKey: 'gsiPk', sortKey: 'gsiSk' }],
      envVar: 'EHCP_TABLE_NAME',
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
      consumer: { function: 'sendBookingEmails', batchSize: 10, maxBatchingWindowSeconds: 1 },
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
    ehcpEvents: {
      visibilityTimeoutSeconds: 180,
      maxReceiveCount: 5,
      consumer: { function: 'applyEhcpEvents', batchSize: 10, maxBatchingWindowSeconds: 1 },
    },
  },
  functions: {
    submitBooking: {
      entry: 'functions/bookings/submit-booking.ts',
      description: 'POST /bookings: validates a booking form, checks a price list takes it, and queues it',
      memoryMb: 512,
      timeoutSeconds: 10,
      // The school from the directory (Query); the receipt GET /bookings/{bookingId} answers 202
      // from until the booking is recorded (PutItem).
      tables: { idempotency: IDEMPOTENCY, directory: ['Query'], education: ['PutItem'] },
      queues: { bookings: ['SendMessage'] },
      settings: ['workforceDevelopmentMailbox', 'priceListCarryForward'],
    },
    getBooking: {
      entry: 'functions/bookings/get-booking.ts',
      description: 'GET /bookings/{bookingId}: a recorded booking and its status (202 while processed)',
      memoryMb: 512,
      timeoutSeconds: 10,
      // One Query on the booking's partition reads the booking and its receipt together.
      tables: { education: ['Query'] },
    },
    processBooking: {
      entry: 'functions/bookings/process-booking.ts',
      description:
        'bookings queue: prices, records (confirmed, waitlisted or rejected) and announces bookings',
      memoryMb: 512,
      timeoutSeconds: 30,
      // A conditional put records each booking once; an event place is held by a conditional
      // update; the waitlist is put, queried and left; the school's year is queried by index.
      tables: { education: BOOKING_WORKFLOW },
      bus: ['PutEvents'],
      settings: ['priceListCarryForward'],
    },
    sendBookingEmails: {
      entry: 'functions/bookings/send-booking-emails.ts',
      description:
        'email queue: sends each booking email once (confirmation, team, waitlisted, place offered, cancellation)',
      memoryMb: 512,
      timeoutSeconds: 30,
      // Query: the school's days balance for the confirmation and the cancellation.
      tables: { idempotency: IDEMPOTENCY, education: ['Query'] },
      email: ['SendEmail'],
      settings: ['workforceDevelopmentMailbox'],
    },
    listSchoolBookings: {
      entry: 'functions/bookings/list-school-bookings.ts',
      description: "GET /schools/{urn}/bookings: a school's bookings in a year and its days balance",
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { education: ['Query'] },
    },
    recordDelivery: {
      entry: 'functions/bookings/record-delivery.ts',
      description: "POST /bookings/{bookingId}/deliveries: draws the school's days down",
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { education: ['GetItem', 'PutItem', 'Query'] },
    },
    cancelBooking: {
      entry: 'functions/bookings/cancel-booking.ts',
      description:
        'POST /bookings/{bookingId}/cancel: cancels with a charge by notice; a freed place goes to the waitlist',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { education: BOOKING_WORKFLOW },
      bus: ['PutEvents'],
    },
    acceptPlaceOffer: {
      entry: 'functions/bookings/accept-place-offer.ts',
      description: 'POST /bookings/{bookingId}/accept: accepts a place offered from the waitlist',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { education: BOOKING_WORKFLOW },
      bus: ['PutEvents'],
    },
    lapsePlaceOffers: {
      entry: 'functions/bookings/lapse-place-offers.ts',
      description: 'daily: cancels place offers not accepted in time and offers each place to the next',
      memoryMb: 512,
      timeoutSeconds: 60,
      tables: { education: BOOKING_WORKFLOW },
      bus: ['PutEvents'],
    },
    sendLapseReminders: {
      entry: 'functions/bookings/send-lapse-reminders.ts',
      description:
        'daily: reminds schools of unused days six weeks before they lapse, once per school per year',
      memoryMb: 512,
      timeoutSeconds: 120,
      tables: { idempotency: IDEMPOTENCY, education: ['Query'] },
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
      tables: { comms: ['GetItem', 'PutItem'] },
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
      // Key dates come from the calendar table.
      tables: { comms: ['GetItem', 'Query'], calendar: ['Query'] },
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
      // Each adapter is made for its table: the comms table read, locked, queried and updated;
      // the directory queried and batch-read (its open schools); the calendar queried (Key dates).
      tables: {
        comms: ['GetItem', 'PutItem', 'UpdateItem', 'Query'],
        directory: ['Query', 'BatchGetItem'],
        calendar: ['Query'],
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
      tables: { comms: ['GetItem', 'Query'], calendar: ['Query'] },
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
    postEhcpEvents: {
      entry: 'functions/ehcp/post-ehcp-events.ts',
      description: 'POST /ehcp/events: checks case events against their cases and publishes them',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { ehcp: ['Query'] },
      bus: ['PutEvents'],
    },
    applyEhcpEvents: {
      entry: 'functions/ehcp/apply-ehcp-events.ts',
      description: 'ehcpEvents queue: applies case events to their cases, parks what cannot be applied',
      memoryMb: 512,
      timeoutSeconds: 30,
      // Query reads a case; one transaction (Put, Delete) records a change; PutItem parks an event.
      tables: { ehcp: ['Query', 'PutItem', 'DeleteItem'] },
    },
    getEhcpCase: {
      entry: 'functions/ehcp/get-ehcp-case.ts',
      description: 'GET /ehcp/cases/{caseRef}: a case and its milestones today',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { ehcp: ['GetItem'] },
      settings: ['ehcpDueSoonWorkingDays'],
    },
    listEhcpCases: {
      entry: 'functions/ehcp/list-ehcp-cases.ts',
      description: 'GET /ehcp/cases: a quadrant caseload, overdue, due soon or open',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { ehcp: ['Query'] },
      settings: ['ehcpDueSoonWorkingDays'],
    },
    listParkedEhcpEvents: {
      entry: 'functions/ehcp/list-parked-ehcp-events.ts',
      description: 'GET /ehcp/parked: the case events parked on a day, with their reasons',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { ehcp: ['Query'] },
    },
    getEhcpKpis: {
      entry: 'functions/ehcp/get-ehcp-kpis.ts',
      description: 'GET /ehcp/kpis: the SEN2 timeliness measures of a year',
      memoryMb: 512,
      timeoutSeconds: 10,
      tables: { ehcp: ['Query'] },
    },
    sendEhcpReminders: {
      entry: 'functions/ehcp/send-ehcp-reminders.ts',
      description: 'daily 07:00: EHCP reminders to case officers and overdue lists to quadrant managers',
      memoryMb: 512,
      timeoutSeconds: 300,
      tables: { ehcp: ['Query'], idempotency: IDEMPOTENCY },
      email: ['SendEmail'],
      settings: ['quadrantManagers', 'ehcpDueSoonWorkingDays'],
    },
    sendEhcpWeeklySummary: {
      entry: 'functions/ehcp/send-ehcp-weekly-summary.ts',
      description: 'Monday 07:30: EHCP timeliness summary to the Director and quadrant managers',
      memoryMb: 512,
      timeoutSeconds: 120,
      tables: { ehcp: ['Query'], idempotency: IDEMPOTENCY },
      email: ['SendEmail'],
      settings: ['directorOfEducation', 'quadrantManagers'],
    },
  },
  rules: [
    {
      id: 'BookingNewsToEmail',
      description:
        'What happens to bookings (confirmed, waitlisted, place offered, cancelled) is queued for its emails',
      eventPattern: {
        source: [BookingConfirmedEvent.source],
        'detail-type': [
          BookingConfirmedEvent.name,
          BookingWaitlistedEvent.name,
          PlaceOfferedEvent.name,
          BookingCancelledEvent.name,
        ],
      },
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
    {
      id: 'EhcpCaseEventsToQueue',
      // Every event from the case-management source, known type or not: an unknown type is
      // parked by the consumer with its reason rather than dropped by the rule.
      description: 'EHCP case events are queued to be applied to their cases',
      eventPattern: { source: [EHCP_SOURCE] },
      target: { queue: 'ehcpEvents' },
    },
  ],
  schedules: [
    {
      id: 'EhcpDailyReminders',
      description: 'Each working day at 07:00 London time: EHCP reminders and overdue lists',
      expression: 'cron(0 7 * * ? *)',
      timeZone: 'Europe/London',
      target: { function: 'sendEhcpReminders' },
      input: SCHEDULED_INPUT,
    },
    {
      id: 'EhcpWeeklySummary',
      description:
        'Weekdays at 07:30 London time: the EHCP timeliness summary, sent on the first working day of the week',
      expression: 'cron(30 7 ? * MON-FRI *)',
      timeZone: 'Europe/London',
      target: { function: 'sendEhcpWeeklySummary' },
      input: SCHEDULED_INPUT,
    },
    {
      id: 'PlaceOfferLapseSweep',
      description: 'every day 00:10 UK time: place offers whose last day to accept has ended',
      expression: 'cron(10 0 * * ? *)',
      timeZone: 'Europe/London',
      target: { function: 'lapsePlaceOffers' },
      input: SCHEDULED_INPUT,
    },
    {
      id: 'DaysLapseReminders',
      description:
        'every day 08:00 UK time: reminders of unused school improvement days (from six weeks before 31 August)',
      expression: 'cron(0 8 * * ? *)',
      timeZone: 'Europe/London',
      target: { function: 'sendLapseReminders' },
      input: SCHEDULED_INPUT,
    },
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
  // SES bounce and complaint notifications reach this queue (configuration set → SNS → SQS).
  mailNotifications: { queue: 'mailNotifications' },
  routes: [
    {
      method: 'POST',
      path: '/bookings',
      function: 'submitBooking',
      auth: 'none',
      summary:
        'Submit the traded-services booking form (days, the statutory assessment subscription and sessions, moderation training, free events); accepted once per submissionId',
      request: { body: BookingRequestSchema },
      responses: {
        202: {
          description: 'accepted and queued: the booking reference to quote',
          body: z.object({ bookingId: BookingIdSchema, status: z.literal('received') }),
        },
        400: invalid,
        409: { description: 'this submissionId was used with different answers', body: ErrorBodySchema },
        413: tooLarge,
        415: notJson,
        422: {
          description:
            'no price list covers the date, or the list does not offer this to the school: nothing stored',
          body: UnprocessableBodySchema,
        },
      },
    },
    {
      method: 'GET',
      path: '/bookings/{bookingId}',
      function: 'getBooking',
      auth: 'iam',
      summary: 'A booking with its kind, price band, academic year, price and status',
      request: { path: z.object({ bookingId: BookingIdSchema }) },
      responses: {
        200: { description: 'the booking', body: BookingRecordSchema },
        202: {
          description: 'received and still being processed: ask again in a moment',
          body: z.object({
            bookingId: BookingIdSchema,
            status: z.literal('received'),
            receivedAt: z.iso.datetime(),
          }),
        },
        400: invalid,
        404: { description: 'no booking with this reference has been received', body: ErrorBodySchema },
      },
    },
    {
      method: 'GET',
      path: '/schools/{urn}/bookings',
      function: 'listSchoolBookings',
      auth: 'iam',
      summary: "A school's bookings in an academic year (default: the current one) and its days balance",
      request: {
        path: z.object({ urn: SchoolUrnSchema }),
        query: z.object({ year: AcademicYearTextSchema.optional() }),
      },
      responses: {
        200: { description: "the school's bookings and balance", body: SchoolBookingsResponseSchema },
        400: invalid,
      },
    },
    {
      method: 'POST',
      path: '/bookings/{bookingId}/deliveries',
      function: 'recordDelivery',
      auth: 'iam',
      summary:
        "Record school improvement days delivered, drawing the school's balance down (never below zero)",
      request: { path: z.object({ bookingId: BookingIdSchema }), body: DeliveryRequestSchema },
      responses: {
        201: { description: 'recorded: the booking and the balance after it', body: DeliveryResponseSchema },
        200: { description: 'already recorded (the same delivery sent again)', body: DeliveryResponseSchema },
        400: invalid,
        404: unknownBooking,
        409: { description: 'the booking changed meanwhile: read it and retry', body: ErrorBodySchema },
        413: tooLarge,
        415: notJson,
        422: {
          description: 'the booking cannot take it (too many days, outside its year, not days)',
          body: UnprocessableBodySchema,
        },
      },
    },
    {
      method: 'POST',
      path: '/bookings/{bookingId}/cancel',
      function: 'cancelBooking',
      auth: 'iam',
      summary: 'Cancel a booking, charged by notice period; a freed event place is offered to the waitlist',
      request: { path: z.object({ bookingId: BookingIdSchema }), body: CancellationRequestSchema },
      responses: {
        200: { description: 'the cancelled booking with its charge', body: BookingRecordSchema },
        400: invalid,
        404: unknownBooking,
        409: {
          description:
            'the booking cannot be cancelled (already cancelled or rejected), or changed meanwhile',
          body: ErrorBodySchema,
        },
        413: tooLarge,
        415: notJson,
        422: { description: 'too late to cancel (the event has taken place)', body: UnprocessableBodySchema },
      },
    },
    {
      method: 'POST',
      path: '/bookings/{bookingId}/accept',
      function: 'acceptPlaceOffer',
      auth: 'iam',
      summary: 'Accept the place offered from the waitlist, by the end of its last day to accept',
      request: { path: z.object({ bookingId: BookingIdSchema }) },
      responses: {
        200: { description: 'the booking with its place accepted', body: BookingRecordSchema },
        400: invalid,
        404: unknownBooking,
        409: { description: 'no place offer to accept, or it has lapsed', body: ErrorBodySchema },
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
        413: tooLarge,
        415: notJson,
      },
    },
    {
      method: 'POST',
      path: '/comms/items',
      function: 'submitCommsItem',
      auth: 'iam',
      summary:
        "Submit an all-schools item for the Director's Monday email; answers the Monday it goes out. An Idempotency-Key header names the submission: a retry with the same key gets the same item",
      request: { body: CommsItemRequestSchema },
      responses: {
        202: {
          description: 'accepted: the item reference and its edition (YYYY-MM-DD)',
          body: CommsItemAcceptedSchema,
        },
        400: invalid,
        409: {
          description: 'the Idempotency-Key was used for a different item (or that item has changed since)',
          body: ErrorBodySchema,
        },
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
    {
      method: 'POST',
      path: '/ehcp/events',
      function: 'postEhcpEvents',
      auth: 'iam',
      summary: 'Record 1-10 EHCP case events: checked against their cases, then published to be applied',
      request: { body: PostEhcpEventsRequestSchema },
      responses: {
        202: {
          description: 'checked and published: each is applied to its case within seconds',
          body: PostEhcpEventsResponseSchema,
        },
        400: {
          description:
            'a field is missing or wrong, or an event cannot have happened on its case: each named (events.<i>.<field>)',
          body: ValidationErrorBodySchema,
        },
      },
    },
    {
      method: 'GET',
      path: '/ehcp/cases/{caseRef}',
      function: 'getEhcpCase',
      auth: 'iam',
      summary: 'An EHCP case: every milestone with its statutory due date, reminder date and state today',
      request: { path: EhcpCasePathSchema },
      responses: {
        200: { description: 'the case', body: EhcpCaseViewSchema },
        400: invalid,
        404: { description: 'no case with this reference is recorded', body: ErrorBodySchema },
      },
    },
    {
      method: 'GET',
      path: '/ehcp/cases',
      function: 'listEhcpCases',
      auth: 'iam',
      summary: "A quadrant's caseload: cases with milestones overdue, due soon, or open",
      request: { query: EhcpCaseloadQuerySchema },
      responses: { 200: { description: 'the caseload', body: EhcpCaseloadSchema }, 400: invalid },
    },
    {
      method: 'GET',
      path: '/ehcp/kpis',
      function: 'getEhcpKpis',
      auth: 'iam',
      summary: 'The SEN2 timeliness measures of a calendar year, overall and by quadrant, with England',
      request: { query: EhcpKpisQuerySchema },
      responses: {
        200: { description: 'the measures and their counts', body: EhcpKpisSchema },
        400: invalid,
      },
    },
    {
      method: 'GET',
      path: '/ehcp/parked',
      function: 'listParkedEhcpEvents',
      auth: 'iam',
      summary:
        'The case events parked on a day (malformed, or impossible on their case), each with its reason, the field of each problem and the message as received',
      request: { query: EhcpParkedQuerySchema },
      responses: {
        200: { description: 'the events parked that day, oldest first', body: EhcpParkedEventsSchema },
        400: invalid,
      },
    },
  ],
} as const satisfies Wiring<Table, Queue, Fn>;
