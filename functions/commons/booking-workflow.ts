import { dynamoDbBookingRepository } from '#functions/adapters/dynamodb-booking-repository';
import { dynamoDbBookingUpdates } from '#functions/adapters/dynamodb-booking-updates';
import { dynamoDbEventPlaces } from '#functions/adapters/dynamodb-event-places';
import { dynamoDbPlaceOffers } from '#functions/adapters/dynamodb-place-offers';
import { eventBridgeBookingAnnouncer } from '#functions/adapters/eventbridge-booking-announcer';
import { documentClient } from './clients/dynamodb.ts';
import { eventBridge } from './clients/eventbridge.ts';
import { requiredEnv } from './env.ts';
import { priceLists } from './offer.ts';

/**
 * The ports a function that changes bookings after they are taken needs (cancel, accept a
 * place, lapse place offers): bookings read and replaced, event places, place offers, the
 * announcer and the price lists. Created once per execution environment; `now` is added per call.
 */
export const bookingWorkflowPorts = () => {
  const table = requiredEnv('EDUCATION_TABLE_NAME');
  const places = dynamoDbEventPlaces(documentClient, table);
  return {
    bookings: {
      ...dynamoDbBookingRepository(documentClient, table),
      ...dynamoDbBookingUpdates(documentClient, table),
    },
    places,
    offers: dynamoDbPlaceOffers(documentClient, table),
    announcer: eventBridgeBookingAnnouncer(eventBridge, requiredEnv('EVENT_BUS_NAME')),
    priceLists,
  };
};
