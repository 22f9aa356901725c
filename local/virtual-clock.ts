/** The clock cannot go backwards: what has happened cannot be unhappened. */
export class ClockMovedBackwardsError extends Error {
  override readonly name = 'ClockMovedBackwardsError';
}

interface Segment {
  /** Real epoch ms from which this segment holds. */
  readonly realFrom: number;
  /** Virtual epoch ms at `realFrom`. */
  readonly virtualFrom: number;
}

/**
 * The local runtime's one notion of time. It starts at any instant (`npm start -- --now ...`,
 * past included) and then either runs on with real time (npm start) or stands still until moved
 * (tests). Every time the runtime stamps on an event comes from here: the API's
 * `requestContext.requestTimeEpoch`, SQS `SentTimestamp` / `ApproximateFirstReceiveTimestamp`, the bus
 * event's `time`, the Scheduler's scheduled time. It keeps the history of its jumps, so a real
 * timestamp taken by a stand-in (fauxqs stamps messages with real time) maps to the virtual
 * instant that was current then.
 */
export class VirtualClock {
  private readonly segments: Segment[];
  private readonly running: boolean;
  private readonly realNow: () => number;

  /**
   * @param start the virtual instant now
   * @param options.running whether virtual time advances with real time (default false)
   * @param options.realNow the real clock (tests pass their own)
   */
  constructor(start: Date, options: { running?: boolean; realNow?: () => number } = {}) {
    if (Number.isNaN(start.getTime())) throw new RangeError('the clock needs a valid instant to start at');
    this.realNow = options.realNow ?? Date.now;
    this.running = options.running ?? false;
    this.segments = [{ realFrom: this.realNow(), virtualFrom: start.getTime() }];
  }

  /** The virtual now. */
  now(): Date {
    return this.at(this.realNow());
  }

  /** The virtual instant that was current at a real epoch-ms timestamp. */
  at(realMs: number): Date {
    let segment = this.segments[0]!;
    for (const s of this.segments) if (s.realFrom <= realMs) segment = s;
    const elapsed = this.running ? Math.max(0, realMs - segment.realFrom) : 0;
    return new Date(segment.virtualFrom + elapsed);
  }

  /** Moves the virtual clock forward to `to`; from there it runs on (or stands) as before. */
  moveTo(to: Date): void {
    if (Number.isNaN(to.getTime())) throw new RangeError('the clock needs a valid instant');
    const now = this.now();
    if (to < now) {
      throw new ClockMovedBackwardsError(
        `the clock is at ${now.toISOString()} and cannot move back to ${to.toISOString()}`,
      );
    }
    this.segments.push({ realFrom: this.realNow(), virtualFrom: to.getTime() });
  }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an ISO 8601 instant with its offset (`2023-10-19T12:00:00+01:00`, `...Z`); a date or a
 * time without an offset is refused, because it would mean whatever zone this machine is in.
 */
export function parseInstant(text: unknown): Date | undefined {
  if (typeof text !== 'string' || !INSTANT.test(text)) return undefined;
  // Date() rolls 30 February over into March: the written calendar date must exist.
  const written = text.slice(0, 10);
  const day = new Date(`${written}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== written) return undefined;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}
