import { describe, expect, it } from 'vitest';
import { ClockMovedBackwardsError, parseInstant, VirtualClock } from '#local/virtual-clock';

/** A real clock the test moves by hand. */
const realClock = (startMs: number) => {
  let now = startMs;
  return { read: () => now, pass: (ms: number) => (now += ms) };
};

describe('the local virtual clock', () => {
  it('starts at any instant, past included, and runs on with real time from there', () => {
    const real = realClock(Date.UTC(2026, 10, 29, 12));
    const clock = new VirtualClock(new Date('2023-10-19T12:00:00+01:00'), {
      running: true,
      realNow: real.read,
    });

    real.pass(90_000);

    expect(clock.now().toISOString()).toBe('2023-10-19T11:01:30.000Z');
  });

  it('stands still until moved when it does not follow real time (tests)', () => {
    const real = realClock(0);
    const clock = new VirtualClock(new Date('2026-11-23T06:00:00Z'), { realNow: real.read });

    real.pass(3_600_000);

    expect(clock.now().toISOString()).toBe('2026-11-23T06:00:00.000Z');
  });

  it('maps a real timestamp taken before a jump to the virtual time current then', () => {
    const real = realClock(1_000_000);
    const clock = new VirtualClock(new Date('2026-11-20T09:00:00Z'), { running: true, realNow: real.read });
    real.pass(5_000);
    const sentAt = real.read();
    real.pass(1_000);

    clock.moveTo(new Date('2026-11-23T07:00:00Z'));
    real.pass(2_000);

    expect(clock.at(sentAt).toISOString()).toBe('2026-11-20T09:00:05.000Z');
    expect(clock.now().toISOString()).toBe('2026-11-23T07:00:02.000Z');
  });

  it('refuses to move backwards', () => {
    const clock = new VirtualClock(new Date('2026-11-23T07:00:00Z'));

    expect(() => clock.moveTo(new Date('2026-11-23T06:59:59Z'))).toThrow(ClockMovedBackwardsError);
  });
});

describe('reading an instant for the clock', () => {
  it.each([
    ['2023-10-19T12:00:00+01:00', '2023-10-19T11:00:00.000Z'],
    ['2026-11-23T07:00:00Z', '2026-11-23T07:00:00.000Z'],
    ['2026-11-23T07:00Z', '2026-11-23T07:00:00.000Z'],
    ['2026-03-29T00:30:00.250-00:00', '2026-03-29T00:30:00.250Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseInstant(text)?.toISOString()).toBe(iso);
  });

  it.each([
    ['2023-10-19'],
    ['2023-10-19T12:00:00'],
    ['yesterday'],
    ['2023-02-30T12:00:00Z'],
    [42],
    [undefined],
  ])('refuses %j (no offset, no time, or no instant at all)', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });
});
