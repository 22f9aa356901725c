/**
 * Applying one case event:
 * 1. read the case's recorded events;
 * 2. an event already recorded with the same content changes nothing new (a redelivery), but the
 *    case is still recorded again so anything derived from it catches up; the same id with other
 *    content is refused;
 * 3. compute the timeline with the event (an impossible event is refused, naming its field);
 * 4. record the event and the timeline together, only if nobody changed the case meanwhile;
 *    otherwise start again from 1.
 */
import type { IsoDate } from '#domain/shared/iso-date';
import type { EhcpCaseEvent } from '#events/ehcp/case-event';
import { CaseChangedError, type LoadCase, type SaveCase } from './case-store.ts';
import { type CaseTimeline, caseTimeline } from './case-timeline.ts';

/** What applying an event did. */
export interface AppliedCaseEvent {
  /** `applied`: recorded now; `already-recorded`: the same event was recorded before. */
  readonly outcome: 'applied' | 'already-recorded';
  readonly timeline: CaseTimeline;
}

/** How many times a change is recomputed when other writers keep changing the case. */
const ATTEMPTS = 5;

/**
 * Applies one case event to its case. Throws `ImpossibleCaseEventError` when the event cannot
 * have happened given the case's other events, and `CaseChangedError` when the case kept
 * changing under it.
 */
export async function applyCaseEvent(
  event: EhcpCaseEvent,
  deps: { readonly load: LoadCase; readonly save: SaveCase; readonly today: IsoDate },
): Promise<AppliedCaseEvent> {
  for (let attempt = 1; ; attempt++) {
    const stored = await deps.load(event.caseRef);
    const recorded = stored.events.some((e) => e.eventId === event.eventId);
    // A repeat of a recorded id is checked by the timeline: same content is taken once, other content refused.
    const timeline = caseTimeline([...stored.events, event], deps.today);
    try {
      await deps.save({
        caseRef: event.caseRef,
        ...(recorded ? {} : { newEvent: event }),
        timeline,
        revision: stored.revision,
      });
      return { outcome: recorded ? 'already-recorded' : 'applied', timeline };
    } catch (error) {
      if (!(error instanceof CaseChangedError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
