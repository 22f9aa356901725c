import { parseEditionSchedule } from '#domain/editions/edition-schedule';
import { requiredEnv } from '#functions/commons/env';

/**
 * The Monday email's deployment settings as a handler reads them (wiring/settings.ts), at
 * module scope: a wrong value fails the cold start, naming the setting.
 */
export const editionSchedule = () => {
  const cutOff = requiredEnv('MONDAY_EMAIL_CUT_OFF').trim().split(/\s+/);
  if (cutOff.length !== 2)
    throw new Error(`MONDAY_EMAIL_CUT_OFF must be a weekday and a time, e.g. "Thursday 12:00"`);
  return parseEditionSchedule({
    sendTime: requiredEnv('MONDAY_EMAIL_SEND_TIME'),
    cutOffDay: cutOff[0],
    cutOffTime: cutOff[1],
  });
};

/** The Schools Communications team: named in every edition's footer, told when an edition is not sent. */
export const schoolsCommunications = () => ({
  team: 'Schools Communications team',
  email: requiredEnv('SCHOOLS_COMMUNICATIONS_MAILBOX'),
});

/** Emails per second the mailer keeps under. */
export const sendRatePerSecond = () => {
  const rate = Number(requiredEnv('SES_SEND_RATE_PER_SECOND'));
  if (!(rate > 0)) throw new Error('SES_SEND_RATE_PER_SECOND must be a number of emails per second above 0');
  return rate;
};
