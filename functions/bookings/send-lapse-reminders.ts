import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import * as z from 'zod';
import type { OnceEmail } from '#domain/bookings/booking-emails';
import { daysLapseReminderEmail } from '#domain/bookings/days-lapse-reminder-email';
import { lapseRemindersDue } from '#domain/bookings/lapse-reminders';
import { academicYearOf, formatAcademicYear } from '#domain/shared/academic-year';
import { londonDateOf } from '#domain/shared/london-time';
import { dynamoDbSchoolBookings } from '#functions/adapters/dynamodb-school-bookings';
import { sesMailer } from '#functions/adapters/ses-mailer';
import { documentClient } from '#functions/commons/clients/dynamodb';
import { ses } from '#functions/commons/clients/ses';
import { scheduledTime } from '#functions/commons/clock';
import { requiredEnv } from '#functions/commons/env';
import { idempotencyStore } from '#functions/commons/idempotency';
import { priceLists } from '#functions/commons/offer';
import { logger } from '#functions/commons/powertools';

const mailFrom = requiredEnv('MAIL_FROM');
const mailer = sesMailer(ses, { configurationSetName: process.env.SES_CONFIGURATION_SET || undefined });
const schoolBookings = dynamoDbSchoolBookings(documentClient, requiredEnv('EDUCATION_TABLE_NAME'));

const ScheduledInput = z.object({ scheduledTime: z.iso.datetime({ offset: true }) });

const sendOnceConfig = new IdempotencyConfig({
  eventKeyJmesPath: 'key',
  expiresAfterSeconds: 400 * 24 * 60 * 60,
});

// Once per school per academic year, however often the schedule fires in the reminder weeks.
const sendOnce = makeIdempotent(async (email: OnceEmail) => mailer.send(email.message, mailFrom), {
  persistenceStore: idempotencyStore(),
  config: sendOnceConfig,
  keyPrefix: 'days-lapse-reminder',
});

/**
 * Daily (London morning): reminds each school with school-improvement days left, from six weeks
 * before the days lapse on 31 August, once per school per year, writing to the people who
 * booked its days.
 */
export const handler = middy<unknown, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (event, context) => {
    sendOnceConfig.registerLambdaContext(context);
    const today = londonDateOf(scheduledTime(ScheduledInput.parse(event)));
    const year = academicYearOf(today);
    const due = lapseRemindersDue(year, await schoolBookings.inYear(formatAcademicYear(year)), today);
    for (const reminder of due) {
      const list =
        priceLists.find((l) => l.id === reminder.priceListId) ??
        priceLists.find((l) => l.family === 'school-improvement');
      if (!list || reminder.to.length === 0) continue;
      await sendOnce({
        key: `${reminder.school.urn}#${reminder.balance.academicYear}`,
        message: daysLapseReminderEmail({ ...reminder, contact: list.contact }),
      });
    }
    logger.info('lapse reminders', { due: due.length });
    return { reminded: due.map((r) => r.school.urn) };
  });
