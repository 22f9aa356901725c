import { describe, expect, it } from 'vitest';
import { applyCaseEvent } from '#domain/ehcp/apply-case-event';
import { type CaseChange, CaseChangedError, type StoredCase } from '#domain/ehcp/case-store';
import { ImpossibleCaseEventError } from '#domain/ehcp/impossible-case-event-error';
import type { EhcpCaseEvent } from '#events/ehcp/case-event';
import { caseStory } from '#test/support/ehcp-events';

/** A store in memory with versions; `interfere` changes the case once before the next save, as another writer would. */
const memoryStore = () => {
  let events: EhcpCaseEvent[] = [];
  let version = 0;
  const saves: CaseChange[] = [];
  let interference: EhcpCaseEvent | undefined;
  return {
    saves,
    events: () => events,
    interfere(event: EhcpCaseEvent) {
      interference = event;
    },
    load: async (): Promise<StoredCase> => ({ events: [...events], revision: { version } }),
    save: async (change: CaseChange) => {
      if (interference) {
        events = [...events, interference];
        version += 1;
        interference = undefined;
      }
      if (change.revision.version !== version) throw new CaseChangedError('changed');
      saves.push(change);
      if (change.newEvent) events = [...events, change.newEvent];
      version += 1;
    },
  };
};

describe('applying a case event', () => {
  const story = caseStory();

  it('records the event with the timeline it makes', async () => {
    const store = memoryStore();

    const result = await applyCaseEvent(story.request('2025-03-03'), { ...store, today: '2025-03-03' });

    expect(result.outcome).toBe('applied');
    expect(store.saves).toHaveLength(1);
    expect(store.saves[0]!.timeline.status).toBe('awaiting-decision');
  });

  it('reads again and recomputes when another writer changed the case in between', async () => {
    const store = memoryStore();
    await applyCaseEvent(story.request('2025-03-03'), { ...store, today: '2025-04-30' });
    store.interfere(story.assess('2025-04-11'));

    await applyCaseEvent(story.adviceRequested('2025-04-14', 'A1', 'health'), {
      ...store,
      today: '2025-04-30',
    });

    expect(store.events().map((e) => e.type)).toEqual([
      'request-received',
      'decision-to-assess',
      'advice-requested',
    ]);
    expect(store.saves.at(-1)!.timeline.status).toBe('assessing');
  });

  it('records a redelivered event once, saving the timeline again', async () => {
    const store = memoryStore();
    const request = story.request('2025-03-03');
    await applyCaseEvent(request, { ...store, today: '2025-03-03' });

    const again = await applyCaseEvent(structuredClone(request), { ...store, today: '2025-03-03' });

    expect(again.outcome).toBe('already-recorded');
    expect(store.events()).toHaveLength(1);
    expect(store.saves.at(-1)!.newEvent).toBeUndefined();
  });

  it('refuses an impossible event and saves nothing', async () => {
    const store = memoryStore();
    await applyCaseEvent(story.request('2025-03-03'), { ...store, today: '2025-04-30' });

    const refused = applyCaseEvent(story.assess('2025-02-01'), { ...store, today: '2025-04-30' });

    await expect(refused).rejects.toBeInstanceOf(ImpossibleCaseEventError);
    expect(store.saves).toHaveLength(1);
  });
});
