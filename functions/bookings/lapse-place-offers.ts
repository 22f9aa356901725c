import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import * as z from 'zod';
import { lapsePlaceOffers } from '#domain/bookings/place-offer-answers';
import { londonDateOf } from '#domain/shared/london-time';
import { bookingWorkflowPorts } from '#functions/commons/booking-workflow';
import { scheduledTime } from '#functions/commons/clock';
import { logger } from '#functions/commons/powertools';

const ports = bookingWorkflowPorts();

const ScheduledInput = z.object({ scheduledTime: z.iso.datetime({ offset: true }) });

/**
 * Daily, just after midnight (London): cancels the place offers not accepted by the end of
 * their last day, offering each place to the next on the waitlist (its own email, with its own
 * deadline). Safe to run twice: a lapsed offer is cancelled once.
 */
export const handler = middy<unknown, unknown>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (event) => {
    const input = ScheduledInput.parse(event);
    const now = scheduledTime(input);
    const lapsed = await lapsePlaceOffers(
      { correlationId: `lapse-place-offers:${input.scheduledTime}`, today: londonDateOf(now) },
      { ...ports, now },
    );
    logger.info('place offers lapsed', { lapsed: lapsed.length });
    return { lapsed: lapsed.map((b) => b.bookingId) };
  });
