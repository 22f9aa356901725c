/** One reason a case event cannot be applied: which event, which field (`date`, `adviceId`, `type`...), why. */
export interface CaseEventIssue {
  readonly eventId: string;
  readonly type: string;
  /** The field at fault, as a dotted path within the event (`date`, `closure.adviceId`, `appliesTo.0`). */
  readonly path: string;
  readonly message: string;
  /**
   * The event needs an earlier one its case does not have (a request, a meeting, the advice
   * request it answers): it may simply not have arrived yet.
   */
  readonly awaiting?: true;
}

/**
 * A case's events describe something that cannot have happened: a decision before the request,
 * advice received before it was requested, a review decision without a meeting, a date after the
 * case was closed... Every issue names the event and the field.
 */
export class ImpossibleCaseEventError extends Error {
  override readonly name = 'ImpossibleCaseEventError';

  readonly issues: readonly CaseEventIssue[];

  constructor(issues: readonly CaseEventIssue[]) {
    super(issues.map((issue) => `${issue.eventId} ${issue.path}: ${issue.message}`).join('; '));
    this.issues = issues;
  }
}
