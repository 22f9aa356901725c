/** No ask with this id is recorded. */
export class AskNotFoundError extends Error {
  override readonly name = 'AskNotFoundError';
  readonly askId: string;
  constructor(askId: string) {
    super(`no ask ${askId} is recorded`);
    this.askId = askId;
  }
}

/** Another change to the ask was recorded first: re-read it and try again. */
export class AskVersionConflictError extends Error {
  override readonly name = 'AskVersionConflictError';
  readonly askId: string;
  constructor(askId: string, expected: number) {
    super(`ask ${askId} changed while this edit was made (expected version ${expected} to be current)`);
    this.askId = askId;
  }
}

/** A cancelled ask cannot be edited (it stays in the history; enter a new ask instead). */
export class AskCancelledError extends Error {
  override readonly name = 'AskCancelledError';
  readonly askId: string;
  constructor(askId: string) {
    super(`ask ${askId} is cancelled and cannot be edited`);
    this.askId = askId;
  }
}

/** A submission id (an `Idempotency-Key`) already recorded a different ask: nothing is overwritten. */
export class AskSubmissionConflictError extends Error {
  override readonly name = 'AskSubmissionConflictError';
  readonly askId: string;
  constructor(askId: string) {
    super(`this submission already recorded ask ${askId} with different answers`);
    this.askId = askId;
  }
}
