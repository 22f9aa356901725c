/** One section of the benchmark report: a table, notes, and the raw numbers for results.json. */
export interface BenchSection {
  readonly id: string;
  readonly title: string;
  /** `measured`, or `not-landed` for a workflow that does not exist yet (no invented numbers). */
  readonly status: 'measured' | 'not-landed';
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  readonly notes: readonly string[];
  readonly data?: unknown;
}

/** A section for a workflow that has not landed: says so rather than inventing numbers. */
export const notLanded = (id: string, title: string, what: string): BenchSection => ({
  id,
  title,
  status: 'not-landed',
  columns: [],
  rows: [],
  notes: [`Not measured: ${what} has not landed yet. This section fills in when its issue does.`],
});

/** The median of a non-empty list. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The `q` quantile (0..1) of a non-empty list, nearest rank. */
export const percentile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
};

/** Rounds to `digits` decimals for display. */
export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
