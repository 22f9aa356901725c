/** A row of an imported file that was not taken, and why (naming the column at fault). */
export interface RowRejection {
  /** Line of the file the row starts on (the header is line 1). */
  readonly line: number;
  /** The row's URN as written, when it has one. */
  readonly urn?: string;
  readonly reason: string;
}
