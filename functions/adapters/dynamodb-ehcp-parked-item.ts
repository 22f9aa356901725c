/** An event that could not be applied, kept with the reason so that nobody loses it. */
export interface ParkedEvent {
  /** The SQS message it came in (unique per delivery). */
  readonly messageId: string;
  /** When it was received (ISO instant). */
  readonly receivedAt: string;
  /** `malformed` (not a case event this system knows) or `impossible` (cannot have happened on its case). */
  readonly reason: 'malformed' | 'impossible';
  /** Each problem: the field and what is wrong. */
  readonly issues: readonly { readonly path: string; readonly message: string }[];
  /** The case, when it could be read. */
  readonly caseRef?: string;
  /** The message as received, to apply again once the cause is fixed. */
  readonly body: string;
}

/** The partition holding the events parked on a (UTC) day. */
export const parkedPartition = (day: string): string => `PARKED#${day}`;
