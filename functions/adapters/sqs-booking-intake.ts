import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { BookingSubmitted } from '#events/booking-submitted';
import { toMessageBody } from '#events/message-body';

/** Port used by the booking API: queues an accepted submission for processing. */
export interface BookingIntake {
  enqueue(submitted: BookingSubmitted): Promise<void>;
}

/** Queues BookingSubmitted messages on the `bookings` queue. */
export function sqsBookingIntake(client: SQSClient, queueUrl: string): BookingIntake {
  return {
    async enqueue(submitted) {
      await client.send(
        new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: toMessageBody(submitted) }),
      );
    },
  };
}
