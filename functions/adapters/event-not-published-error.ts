/**
 * Raised when EventBridge accepts the call but rejects the entry (PutEvents does not throw for
 * that). In a module of its own so that a publisher imports it without another publisher's
 * event schemas.
 */
export class EventNotPublishedError extends Error {
  override readonly name = 'EventNotPublishedError';
}
