import { describe, expect, it } from 'vitest';
import { type AskChangeDeps, cancelAsk, editAsk, recordAsk } from '#domain/calendar/ask-changes';
import {
  AskCancelledError,
  AskNotFoundError,
  AskSubmissionConflictError,
  AskVersionConflictError,
} from '#domain/calendar/ask-errors';
import { DEFAULT_CLASH_SETTINGS } from '#domain/calendar/clashes';
import { ESSEX_CALENDAR_RULES } from '#domain/calendar/essex-calendar-rules';
import { anAskRequest, anEnteredAsk } from '#test/support/calendar-asks';
import { InMemoryAsks, RecordingAnnouncer } from '#test/support/in-memory-asks';

const censusWeek = { type: 'all-day', start: '2026-01-12', end: '2026-01-16' } as const;

const setup = (overrides: Partial<AskChangeDeps> = {}) => {
  const asks = new InMemoryAsks();
  const announcer = new RecordingAnnouncer();
  const deps: AskChangeDeps = {
    asks,
    announcer,
    rules: ESSEX_CALENDAR_RULES,
    clashSettings: DEFAULT_CLASH_SETTINGS,
    now: new Date('2025-11-24T10:15:00.000Z'),
    correlationId: 'test-correlation',
    ...overrides,
  };
  return { asks, announcer, deps };
};

describe('recording an ask', () => {
  it('records a clear ask as version 1 and announces it, with no clash', async () => {
    // prepare
    const { asks, announcer, deps } = setup();

    // act
    const outcome = await recordAsk(anAskRequest(), { askId: 'ASK-CLEAR00001', submissionId: 's1' }, deps);

    // assert
    expect(outcome.clashes).toEqual([]);
    expect(outcome.ask).toMatchObject({ askId: 'ASK-CLEAR00001', version: 1, sequence: 0, status: 'active' });
    expect(outcome.ask?.recordedAt).toBe('2025-11-24T10:15:00.000Z');
    expect(await asks.history('ASK-CLEAR00001')).toHaveLength(1);
    expect(announcer.summary).toEqual(['changed ASK-CLEAR00001 v1']);
    expect(announcer.told[0]?.context).toEqual({
      correlationId: 'test-correlation',
      occurredAt: new Date('2025-11-24T10:15:00.000Z'),
    });
  });

  it('records a clashing ask under the warn policy and announces the clash once, named by ask and version', async () => {
    // prepare
    const { asks, announcer, deps } = setup();

    // act
    const outcome = await recordAsk(
      anAskRequest({ window: censusWeek }),
      { askId: 'ASK-CLASH00001', submissionId: 's1' },
      deps,
    );

    // assert
    expect(outcome.refused).toBe(false);
    expect(outcome.clashes.map((c) => c.title)).toContain('School census day (spring)');
    expect(outcome.suggestions).toEqual([
      { start: '2026-01-05', end: '2026-01-09' },
      { start: '2026-01-26', end: '2026-01-30' },
    ]);
    expect(await asks.get('ASK-CLASH00001')).toBeDefined();
    expect(announcer.summary).toEqual(['changed ASK-CLASH00001 v1', 'clash ASK-CLASH00001-v1']);
  });

  it('stores nothing under the refuse policy and announces the refused clash by its submission', async () => {
    // prepare
    const { asks, announcer, deps } = setup({
      clashSettings: { ...DEFAULT_CLASH_SETTINGS, policy: 'refuse' },
    });

    // act
    const outcome = await recordAsk(
      anAskRequest({ window: censusWeek }),
      { askId: 'ASK-REFUSED001', submissionId: 'sub-42' },
      deps,
    );

    // assert
    expect(outcome.refused).toBe(true);
    expect(outcome.ask).toBeUndefined();
    expect(asks.versions.size).toBe(0);
    expect(announcer.summary).toEqual(['clash refused-sub-42']);
    expect(announcer.told[0]).toMatchObject({
      notice: { refused: true, policy: 'refuse', askId: undefined },
    });
  });

  it('records a repeated submission once and announces it again (the first announcement may have failed)', async () => {
    // prepare
    const { asks, announcer, deps } = setup();
    const request = anAskRequest({ window: censusWeek });

    // act
    await recordAsk(request, { askId: 'ASK-REPEAT0001', submissionId: 's1' }, deps);
    await recordAsk(request, { askId: 'ASK-REPEAT0001', submissionId: 's1' }, deps);

    // assert
    expect(await asks.history('ASK-REPEAT0001')).toHaveLength(1);
    expect(announcer.summary).toEqual([
      'changed ASK-REPEAT0001 v1',
      'clash ASK-REPEAT0001-v1',
      'changed ASK-REPEAT0001 v1',
      'clash ASK-REPEAT0001-v1',
    ]);
  });

  it('refuses a different ask under an id already used, announcing nothing', async () => {
    // prepare
    const { announcer, deps } = setup();
    await recordAsk(anAskRequest(), { askId: 'ASK-REPEAT0001', submissionId: 's1' }, deps);

    // act
    const again = recordAsk(
      anAskRequest({ title: 'Another survey' }),
      { askId: 'ASK-REPEAT0001', submissionId: 's1' },
      deps,
    );

    // assert
    await expect(again).rejects.toThrow(AskSubmissionConflictError);
    expect(announcer.summary).toEqual(['changed ASK-REPEAT0001 v1']);
  });

  it('checks against statutory asks entered by other teams', async () => {
    // prepare
    const { asks, deps } = setup();
    await asks.addOnce(
      anEnteredAsk({
        askId: 'ASK-DFE0000001',
        title: 'DfE one-off return',
        criticality: 'statutory',
        kind: 'statutory-return',
        window: { type: 'all-day', start: '2026-02-04', end: '2026-02-04' },
      }),
    );

    // act
    const outcome = await recordAsk(anAskRequest(), { askId: 'ASK-CLEAR00001', submissionId: 's1' }, deps);

    // assert
    expect(outcome.clashes).toEqual([
      {
        askId: 'ASK-DFE0000001',
        title: 'DfE one-off return',
        start: '2026-02-04',
        end: '2026-02-04',
        overlapDays: 1,
      },
    ]);
  });

  it('suggests no window before today', async () => {
    // prepare: today is Saturday 10 January 2026 in London
    const { deps } = setup({ now: new Date('2026-01-10T09:00:00.000Z') });

    // act
    const outcome = await recordAsk(
      anAskRequest({ window: censusWeek }),
      { askId: 'ASK-LATE000001', submissionId: 's1' },
      deps,
    );

    // assert
    expect(outcome.suggestions).toEqual([{ start: '2026-01-26', end: '2026-01-30' }]);
  });
});

describe('editing an ask', () => {
  it('records version 2 with its SEQUENCE bumped, keeps version 1 in the history, and announces any clash', async () => {
    // prepare
    const { asks, announcer, deps } = setup();
    await recordAsk(anAskRequest(), { askId: 'ASK-EDIT000001', submissionId: 's1' }, deps);

    // act
    const outcome = await editAsk(
      'ASK-EDIT000001',
      anAskRequest({ title: 'Pupil wellbeing survey 2026 (moved)', window: censusWeek }),
      { submissionId: 's2' },
      deps,
    );

    // assert
    expect(outcome.ask).toMatchObject({
      version: 2,
      sequence: 1,
      title: 'Pupil wellbeing survey 2026 (moved)',
    });
    expect(
      (await asks.history('ASK-EDIT000001')).map((v) => [
        v.version,
        v.window.type === 'all-day' && v.window.start,
      ]),
    ).toEqual([
      [1, '2026-02-02'],
      [2, '2026-01-12'],
    ]);
    expect(announcer.summary).toEqual([
      'changed ASK-EDIT000001 v1',
      'changed ASK-EDIT000001 v2',
      'clash ASK-EDIT000001-v2',
    ]);
  });

  it('never reports an entered statutory ask as clashing with its own old window', async () => {
    // prepare
    const { deps } = setup();
    const statutory = anAskRequest({ criticality: 'statutory', kind: 'statutory-return' });
    await recordAsk(statutory, { askId: 'ASK-STAT000001', submissionId: 's1' }, deps);

    // act
    const outcome = await editAsk(
      'ASK-STAT000001',
      { ...statutory, criticality: 'normal', kind: 'survey' },
      { submissionId: 's2' },
      deps,
    );

    // assert
    expect(outcome.clashes).toEqual([]);
  });

  it('leaves the ask as it was when the refuse policy refuses the edit', async () => {
    // prepare
    const { asks, deps } = setup();
    await recordAsk(anAskRequest(), { askId: 'ASK-EDIT000001', submissionId: 's1' }, deps);
    const refusing = { ...deps, clashSettings: { ...DEFAULT_CLASH_SETTINGS, policy: 'refuse' as const } };

    // act
    const outcome = await editAsk(
      'ASK-EDIT000001',
      anAskRequest({ window: censusWeek }),
      { submissionId: 's2' },
      refusing,
    );

    // assert
    expect(outcome.refused).toBe(true);
    expect((await asks.get('ASK-EDIT000001'))?.version).toBe(1);
  });

  it('refuses to edit an ask that is not recorded, or cancelled, and loses no concurrent edit', async () => {
    // prepare
    const { asks, deps } = setup();
    await recordAsk(anAskRequest(), { askId: 'ASK-GONE000001', submissionId: 's1' }, deps);
    await cancelAsk('ASK-GONE000001', deps);
    await recordAsk(anAskRequest(), { askId: 'ASK-RACE000001', submissionId: 's2' }, deps);
    const stale = (await asks.get('ASK-RACE000001'))!;
    await editAsk('ASK-RACE000001', anAskRequest({ title: 'First edit' }), { submissionId: 's3' }, deps);

    // act / assert
    await expect(editAsk('ASK-NOPE000001', anAskRequest(), { submissionId: 's4' }, deps)).rejects.toThrow(
      AskNotFoundError,
    );
    await expect(editAsk('ASK-GONE000001', anAskRequest(), { submissionId: 's5' }, deps)).rejects.toThrow(
      AskCancelledError,
    );
    await expect(asks.addVersion({ ...stale, version: 2, title: 'Second edit' })).rejects.toThrow(
      AskVersionConflictError,
    );
    expect((await asks.get('ASK-RACE000001'))?.title).toBe('First edit');
  });
});

describe('cancelling an ask', () => {
  it('records a cancelled version, keeps the history and announces it', async () => {
    // prepare
    const { asks, announcer, deps } = setup();
    await recordAsk(anAskRequest(), { askId: 'ASK-CANCEL0001', submissionId: 's1' }, deps);

    // act
    const cancelled = await cancelAsk('ASK-CANCEL0001', deps);

    // assert
    expect(cancelled).toMatchObject({ status: 'cancelled', version: 2, sequence: 1 });
    expect((await asks.history('ASK-CANCEL0001')).map((v) => v.status)).toEqual(['active', 'cancelled']);
    expect(announcer.summary).toEqual(['changed ASK-CANCEL0001 v1', 'cancelled ASK-CANCEL0001 v2']);
  });

  it('changes nothing when cancelled again, but announces it again', async () => {
    // prepare
    const { asks, announcer, deps } = setup();
    await recordAsk(anAskRequest(), { askId: 'ASK-CANCEL0001', submissionId: 's1' }, deps);
    await cancelAsk('ASK-CANCEL0001', deps);

    // act
    const again = await cancelAsk('ASK-CANCEL0001', deps);

    // assert
    expect(again.version).toBe(2);
    expect(await asks.history('ASK-CANCEL0001')).toHaveLength(2);
    expect(announcer.summary.at(-1)).toBe('cancelled ASK-CANCEL0001 v2');
  });

  it('refuses to cancel an ask that is not recorded', async () => {
    const { deps } = setup();
    await expect(cancelAsk('ASK-NOPE000001', deps)).rejects.toThrow('no ask ASK-NOPE000001 is recorded');
  });
});
