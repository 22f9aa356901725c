import { firesBetween, parseScheduleExpression, type ScheduleExpression } from './schedule-expression.ts';
import { ClockMovedBackwardsError } from './virtual-clock.ts';

/** A schedule the ticker fires, with what firing it does. */
export interface TickerSchedule {
  readonly id: string;
  readonly expression: string;
  readonly timeZone: string;
  /** Called once per due fire time, with the scheduled instant. */
  readonly fire: (scheduledTime: Date) => Promise<void>;
}

/** One fire the ticker carried out. */
export interface Fired {
  readonly scheduleId: string;
  readonly scheduledTime: string;
  readonly error?: string;
}

/**
 * EventBridge Scheduler for the local runtime, on the virtual clock. `advanceTo` moves it
 * forward and fires, in time order, every schedule due in between (exclusive of the old time,
 * inclusive of the new one), so a Monday 07:00 send or a daily sweep happens on demand.
 */
export class ScheduleTicker {
  private current: Date;
  private readonly parsed: { spec: TickerSchedule; expression: ScheduleExpression; startDate: Date }[];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(schedules: readonly TickerSchedule[], start: Date) {
    this.current = start;
    this.parsed = schedules.map((spec) => ({
      spec,
      expression: parseScheduleExpression(spec.expression, spec.timeZone),
      startDate: start,
    }));
  }

  /** The virtual now. */
  now(): Date {
    return new Date(this.current);
  }

  /** Moves the clock to `to`, firing everything due on the way; resolves with what fired. */
  advanceTo(to: Date): Promise<Fired[]> {
    const run = this.queue.then(() => this.advance(to));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async advance(to: Date): Promise<Fired[]> {
    if (Number.isNaN(to.getTime())) throw new RangeError('the clock needs a valid instant');
    if (to < this.current) {
      throw new ClockMovedBackwardsError(
        `the clock is at ${this.current.toISOString()} and cannot move back to ${to.toISOString()}`,
      );
    }
    const due = this.parsed
      .flatMap(({ spec, expression, startDate }) =>
        firesBetween(expression, this.current, to, { startDate }).map((at) => ({ spec, at })),
      )
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    const fired: Fired[] = [];
    for (const { spec, at } of due) {
      this.current = at;
      try {
        await spec.fire(at);
        fired.push({ scheduleId: spec.id, scheduledTime: at.toISOString() });
      } catch (error) {
        fired.push({ scheduleId: spec.id, scheduledTime: at.toISOString(), error: (error as Error).message });
      }
    }
    this.current = to;
    return fired;
  }
}
