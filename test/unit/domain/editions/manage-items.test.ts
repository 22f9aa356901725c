import { describe, expect, it } from 'vitest';
import {
  ItemIdTakenError,
  ItemSubmissionConflictError,
  UnknownItemError,
  WithdrawnItemError,
} from '#domain/editions/comms-items';
import { DEFAULT_EDITION_SCHEDULE } from '#domain/editions/edition-schedule';
import { EditionLockedError } from '#domain/editions/locked-edition';
import { editItem, submitItem, withdrawItem, writeLetter } from '#domain/editions/manage-items';
import { CommsItemRequestSchema } from '#events/comms-item';
import { itemRequest } from '#test/support/comms-items';
import { MemoryEditions, MemoryItems } from '#test/support/in-memory-comms';

const ports = () => ({
  items: new MemoryItems(),
  editions: new MemoryEditions(),
  schedule: DEFAULT_EDITION_SCHEDULE,
});
const form = (overrides = {}) => CommsItemRequestSchema.parse(itemRequest(overrides));
const THURSDAY_MORNING = new Date('2026-11-19T10:00:00Z');

describe("a team's items until their edition is locked", () => {
  it('submits an item into the coming Monday and keeps it active', async () => {
    // prepare
    const p = ports();

    // act
    const item = await submitItem(p, form(), { itemId: 'CI-0000000001', now: THURSDAY_MORNING });

    // assert
    expect(item.edition).toBe('2026-11-23');
    expect((await p.items.activeIn('2026-11-23')).map((i) => i.itemId)).toEqual(['CI-0000000001']);
  });

  it('answers a retried submission with the item its key first stored, in the edition it was accepted for', async () => {
    // prepare: accepted on Thursday morning for Monday 23 November
    const p = ports();
    const first = await submitItem(p, form(), {
      itemId: 'CI-0000000001',
      now: THURSDAY_MORNING,
      retriable: true,
    });

    // act: the same submission again after the cut-off
    const retried = await submitItem(p, form(), {
      itemId: 'CI-0000000001',
      now: new Date('2026-11-19T15:00:00Z'),
      retriable: true,
    });

    // assert
    expect(retried).toEqual(first);
    expect(retried.edition).toBe('2026-11-23');
    expect(p.items.items.size).toBe(1);
  });

  it('refuses a different item under a key already used, keeping the first', async () => {
    // prepare
    const p = ports();
    await submitItem(p, form(), { itemId: 'CI-0000000001', now: THURSDAY_MORNING, retriable: true });

    // act
    const reused = submitItem(p, form({ headline: 'Something else' }), {
      itemId: 'CI-0000000001',
      now: THURSDAY_MORNING,
      retriable: true,
    });

    // assert
    await expect(reused).rejects.toThrow(ItemSubmissionConflictError);
    expect((await p.items.get('CI-0000000001'))?.headline).not.toBe('Something else');
  });

  it('refuses to answer a retry with an item that was withdrawn since', async () => {
    // prepare
    const p = ports();
    await submitItem(p, form(), { itemId: 'CI-0000000001', now: THURSDAY_MORNING, retriable: true });
    await withdrawItem(p, 'CI-0000000001', new Date('2026-11-19T10:30:00Z'));

    // act
    const retried = submitItem(p, form(), {
      itemId: 'CI-0000000001',
      now: THURSDAY_MORNING,
      retriable: true,
    });

    // assert
    await expect(retried).rejects.toThrow(ItemSubmissionConflictError);
  });

  it('never overwrites an item when an unnamed submission draws a taken reference', async () => {
    // prepare
    const p = ports();
    await submitItem(p, form(), { itemId: 'CI-0000000001', now: THURSDAY_MORNING });

    // act
    const clash = submitItem(p, form({ headline: 'Another' }), {
      itemId: 'CI-0000000001',
      now: THURSDAY_MORNING,
    });

    // assert
    await expect(clash).rejects.toThrow(ItemIdTakenError);
    expect((await p.items.get('CI-0000000001'))?.headline).not.toBe('Another');
  });

  it('edits an item after the cut-off without moving it to the next edition', async () => {
    // prepare
    const p = ports();
    await submitItem(p, form(), { itemId: 'CI-0000000001', now: THURSDAY_MORNING });

    // act
    const edited = await editItem(
      p,
      'CI-0000000001',
      form({ headline: 'Corrected' }),
      new Date('2026-11-20T09:00:00Z'),
    );

    // assert
    expect(edited).toMatchObject({ headline: 'Corrected', edition: '2026-11-23' });
    expect((await p.items.get('CI-0000000001'))?.updatedAt).toBe('2026-11-20T09:00:00.000Z');
  });

  it('withdraws an item from its edition', async () => {
    // prepare
    const p = ports();
    await submitItem(p, form(), { itemId: 'CI-0000000001', now: THURSDAY_MORNING });

    // act
    await withdrawItem(p, 'CI-0000000001', new Date('2026-11-20T09:00:00Z'));

    // assert
    expect(await p.items.activeIn('2026-11-23')).toEqual([]);
    await expect(withdrawItem(p, 'CI-0000000001', new Date('2026-11-20T09:01:00Z'))).rejects.toThrow(
      WithdrawnItemError,
    );
  });

  it('refuses edits, withdrawals and letters from the Monday send time on', async () => {
    // prepare
    const p = ports();
    await submitItem(p, form(), { itemId: 'CI-0000000001', now: THURSDAY_MORNING });
    const atSend = new Date('2026-11-23T07:00:00Z');
    const letter = { body: 'Dear colleagues,', signedBy: 'Alex Morgan, Director of Education' };

    // act
    const attempts = [
      editItem(p, 'CI-0000000001', form(), atSend),
      withdrawItem(p, 'CI-0000000001', atSend),
      writeLetter(p, '2026-11-23', letter, atSend),
    ];

    // assert
    for (const attempt of attempts) await expect(attempt).rejects.toThrow(EditionLockedError);
    await expect(editItem(p, 'CI-0000000001', form(), atSend)).rejects.toThrow(
      'comms item CI-0000000001 cannot change: the edition of 2026-11-23 is locked',
    );
  });

  it('refuses edits once a run has locked the edition, even before the send time', async () => {
    // prepare
    const p = ports();
    await submitItem(p, form(), { itemId: 'CI-0000000001', now: THURSDAY_MORNING });
    await p.editions.lock({
      edition: '2026-11-23',
      lockedAt: '2026-11-23T06:59:00Z',
      items: [],
      keyDates: [],
      keyDateWeeks: 4,
    });

    // act
    const edit = editItem(p, 'CI-0000000001', form(), new Date('2026-11-23T06:59:30Z'));

    // assert
    await expect(edit).rejects.toThrow(EditionLockedError);
  });

  it('says so when there is no such item', async () => {
    // prepare
    const p = ports();

    // act
    const edit = editItem(p, 'CI-0000000009', form(), THURSDAY_MORNING);

    // assert
    await expect(edit).rejects.toThrow(UnknownItemError);
  });

  it("keeps the Director's letter for its edition", async () => {
    // prepare
    const p = ports();

    // act
    await writeLetter(
      p,
      '2026-11-23',
      { body: 'Dear colleagues,', signedBy: 'Alex Morgan' },
      THURSDAY_MORNING,
    );

    // assert
    expect(await p.items.letterFor('2026-11-23')).toEqual({
      edition: '2026-11-23',
      body: 'Dear colleagues,',
      signedBy: 'Alex Morgan',
    });
  });
});
