/**
 * What the Monday email queues, by name, source and contract version: what the producer (the
 * edition's send) needs. The envelope schema (edition-delivery.ts) is built only by the
 * delivery function that parses it.
 */

/** EditionDeliveryDue: one school contact's copy of a locked edition, due to be sent. */
export const EditionDeliveryDueEvent = {
  name: 'EditionDeliveryDue',
  source: 'ecc.education.comms',
  version: '1.0.0',
} as const;
