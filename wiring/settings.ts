/**
 * Deployment settings: the people, mailboxes and policies that differ between the council's
 * deployments and the local runtime, declared once. A function names the settings it reads
 * (`settings: ['schoolsCommunicationsMailbox']` in its wiring spec) and receives each as an
 * environment variable. The CDK app takes values from the `settings` context object
 * (`cdk.json` or `-c settings='{"...":"..."}'`), the local runtime from its options; both fall
 * back to the defaults here, which use placeholder addresses only (real ones are deployment
 * configuration, never code).
 */
export const SETTINGS = {
  workforceDevelopmentMailbox: {
    envVar: 'WORKFORCE_DEVELOPMENT_MAILBOX',
    description: 'School Effectiveness team mailbox: booking notifications and replies',
    default: 'workforce.development@example.gov.uk',
  },
  schoolsCommunicationsMailbox: {
    envVar: 'SCHOOLS_COMMUNICATIONS_MAILBOX',
    description: 'Schools Communications team mailbox: the Monday email and the calendar of asks',
    default: 'schools.communications@example.gov.uk',
  },
  directorOfEducation: {
    envVar: 'DIRECTOR_OF_EDUCATION',
    description: 'The Director of Education as `Name <address>`: signs the Monday email, receives summaries',
    default: 'Director of Education <director.education@example.gov.uk>',
  },
  quadrantManagers: {
    envVar: 'QUADRANT_MANAGERS',
    description:
      'SEND quadrant managers as JSON: {"North East": "<address>", "Mid": ..., "South": ..., "West": ...}',
    default: JSON.stringify({
      'North East': 'send.northeast.manager@example.gov.uk',
      Mid: 'send.mid.manager@example.gov.uk',
      South: 'send.south.manager@example.gov.uk',
      West: 'send.west.manager@example.gov.uk',
    }),
  },
  ehcpDueSoonWorkingDays: {
    envVar: 'EHCP_DUE_SOON_WORKING_DAYS',
    description:
      'EHCP reminders look this many working days ahead: a milestone is due soon when its reminder date is within them',
    default: '5',
  },
  priceListCarryForward: {
    envVar: 'PRICE_LIST_CARRY_FORWARD',
    description:
      '`true`: where no price list is published for the current year, carry the latest forward (and say so on the confirmation); `false`: refuse the booking',
    default: 'true',
  },
  mondayEmailSendTime: {
    envVar: 'MONDAY_EMAIL_SEND_TIME',
    description:
      'London time the Monday email is locked and sent (HH:mm): it goes at the first of the Monday schedule (07:00) and the hourly recovery checks (08:00-11:00) at or after it',
    default: '07:00',
  },
  mondayEmailCutOff: {
    envVar: 'MONDAY_EMAIL_CUT_OFF',
    description:
      'Weekday and London time items close for the coming Monday, e.g. `Thursday 12:00`: an item submitted before it goes out that Monday, after it the Monday after',
    default: 'Thursday 12:00',
  },
  sesSendRatePerSecond: {
    envVar: 'SES_SEND_RATE_PER_SECOND',
    description:
      "Emails per second the Monday email's mailer keeps under: the account's SES sending rate, less a margin",
    default: '10',
  },
  schoolsLocalAuthority: {
    envVar: 'SCHOOLS_LOCAL_AUTHORITY',
    description: 'GIAS `LA (code)` of the schools the Monday email goes to (881 is Essex)',
    default: '881',
  },
  calendarClashPolicy: {
    envVar: 'CALENDAR_CLASH_POLICY',
    description:
      '`warn`: an ask that clashes with a statutory window is recorded and the clash reported; `refuse`: it is answered 409 and not recorded',
    default: 'warn',
  },
  calendarClashBufferWorkingDays: {
    envVar: 'CALENDAR_CLASH_BUFFER_WORKING_DAYS',
    description:
      'Working days either side of a statutory window that also count as a clash (0-20; 0: only an overlap)',
    default: '2',
  },
} as const satisfies Record<string, SettingSpec>;

/** One deployment setting: the environment variable it travels in and its placeholder default. */
export interface SettingSpec {
  readonly envVar: string;
  readonly description: string;
  readonly default: string;
}

/** The name of a deployment setting. */
export type SettingName = keyof typeof SETTINGS;
