import { describe, expect, it } from 'vitest';
import { type DeliverSettings, deliverEdition } from '#domain/editions/deliver-edition';
import { editionToRecover } from '#domain/editions/edition-run';
import { DEFAULT_EDITION_SCHEDULE } from '#domain/editions/edition-schedule';
import { type SchoolToWrite, type SendSettings, sendEdition } from '#domain/editions/send-edition';
import { commsItem, SCHOOLS } from '#test/support/comms-items';
import {
  keyDatesOf,
  MemoryDeliveries,
  MemoryEditions,
  MemoryItems,
  MemoryMailer,
  MemoryQueue,
  MemoryRuns,
  MemorySuppressions,
  openSchools,
} from '#test/support/in-memory-comms';
import { SAMPLE_KEY_DATES, SAMPLE_SETTINGS } from '#test/support/sample-edition';

const MONDAY = '2026-11-23';
const SEND = new Date('2026-11-23T07:00:00Z');
const FIFTEEN_MINUTES = 15 * 60_000;

const directory: SchoolToWrite[] = Object.values(SCHOOLS).map((school) => ({
  school,
  contacts: (['headteacher', 'school-business-manager', 'senco'] as const).map((role) => ({
    role,
    name: `Contact ${role}`,
    email: `${role}.${school.urn}@example.org`,
  })),
}));

const sendSettings: SendSettings = {
  schedule: DEFAULT_EDITION_SCHEDULE,
  team: SAMPLE_SETTINGS.schoolsCommunications,
  from: 'director.education@example.gov.uk',
  leaseMs: FIFTEEN_MINUTES,
};
const deliverSettings: DeliverSettings = { ...SAMPLE_SETTINGS, from: sendSettings.from, leaseMs: 60_000 };

/** A comms system in memory, with an item for everyone in the Monday edition. */
const system = (items = [commsItem(MONDAY, { headline: 'For everyone' })]) => {
  const ports = {
    items: new MemoryItems(),
    keyDates: keyDatesOf(SAMPLE_KEY_DATES),
    editions: new MemoryEditions(),
    runs: new MemoryRuns(),
    schools: openSchools(directory),
    queue: new MemoryQueue(),
    mailer: new MemoryMailer(),
    deliveries: new MemoryDeliveries(),
    suppressions: new MemorySuppressions(),
  };
  for (const item of items)
    ports.items.items.set(item.itemId, { ...item, status: 'active', updatedAt: item.submittedAt });
  /** Takes every queued delivery off the queue and delivers it, as the mailer's queue consumer does. */
  const drain = async (now: Date) => {
    const failures: unknown[] = [];
    while (ports.queue.queued.length > 0) {
      const delivery = ports.queue.queued.shift()!;
      try {
        await deliverEdition(ports, deliverSettings, delivery, now);
      } catch (error) {
        failures.push(error);
        ports.queue.queued.push(delivery); // redelivered after its visibility timeout
      }
    }
    return failures;
  };
  return { ports, drain };
};

const recipientsOf = (mailer: MemoryMailer) => mailer.sent.map((m) => m.to[0]).sort();
const everyContact = directory.flatMap((d) => d.contacts.map((c) => c.email)).sort();

describe('sending an edition', () => {
  it('queues one delivery for each contact of each open school, and each gets one email', async () => {
    // prepare
    const { ports, drain } = system();

    // act
    const outcome = await sendEdition(ports, sendSettings, MONDAY, SEND);
    await drain(SEND);

    // assert
    expect(outcome).toEqual({ outcome: 'queued', queued: 9, resumed: false });
    expect(recipientsOf(ports.mailer)).toEqual(everyContact);
    expect((await ports.runs.get(MONDAY))?.status).toBe('queued');
  });

  it('does nothing more when the schedule fires twice, or the recovery check comes after a finished run', async () => {
    // prepare
    const { ports, drain } = system();
    await sendEdition(ports, sendSettings, MONDAY, SEND);
    await drain(SEND);

    // act
    const again = await sendEdition(ports, sendSettings, MONDAY, SEND);
    const recovery = await sendEdition(ports, sendSettings, MONDAY, new Date('2026-11-23T08:00:00Z'));
    await drain(new Date('2026-11-23T08:00:00Z'));

    // assert
    expect([again, recovery]).toEqual([
      { outcome: 'nothing-to-do', why: 'finished' },
      { outcome: 'nothing-to-do', why: 'finished' },
    ]);
    expect(ports.mailer.sent).toHaveLength(9);
  });

  it('leaves a live run alone: a second attempt inside its lease does nothing', async () => {
    // prepare
    const { ports } = system();
    await ports.runs.take(MONDAY, SEND, FIFTEEN_MINUTES);

    // act
    const second = await sendEdition(ports, sendSettings, MONDAY, new Date('2026-11-23T07:05:00Z'));

    // assert
    expect(second).toEqual({ outcome: 'nothing-to-do', why: 'in-progress' });
    expect(ports.queue.queued).toEqual([]);
  });

  it('resumes a run killed half-way from the school after the last one it finished, and no one gets two copies', async () => {
    // prepare: the run dies while queuing the second school's contacts.
    const { ports, drain } = system();
    ports.queue.failAfter = 1;
    await expect(sendEdition(ports, sendSettings, MONDAY, SEND)).rejects.toThrow('killed');
    await drain(SEND);
    ports.queue.failAfter = Number.POSITIVE_INFINITY;

    // act: the recovery check at 08:00, after the dead attempt's lease ran out.
    const recovery = await sendEdition(ports, sendSettings, MONDAY, new Date('2026-11-23T08:00:00Z'));
    await drain(new Date('2026-11-23T08:00:00Z'));

    // assert
    expect(recovery).toEqual({ outcome: 'queued', queued: 9, resumed: true });
    expect(recipientsOf(ports.mailer)).toEqual(everyContact);
  });

  it('sends no duplicate when a school was queued but its progress not recorded before the run died', async () => {
    // prepare: the first school's deliveries are queued and sent, then its progress write is lost.
    const { ports, drain } = system();
    const progress = ports.runs.progress.bind(ports.runs);
    ports.runs.progress = async () => {
      throw new Error('the sending function was killed');
    };
    await expect(sendEdition(ports, sendSettings, MONDAY, SEND)).rejects.toThrow('killed');
    await drain(SEND);
    ports.runs.progress = progress;

    // act
    await sendEdition(ports, sendSettings, MONDAY, new Date('2026-11-23T08:00:00Z'));
    await drain(new Date('2026-11-23T08:00:00Z'));

    // assert
    expect(recipientsOf(ports.mailer)).toEqual(everyContact);
  });

  it('retries throttled sends until every contact has exactly one copy', async () => {
    // prepare
    const { ports, drain } = system();
    ports.mailer.throttle(3);

    // act
    await sendEdition(ports, sendSettings, MONDAY, SEND);
    const failures = await drain(SEND);

    // assert
    expect(failures.length).toBeGreaterThan(0);
    expect(recipientsOf(ports.mailer)).toEqual(everyContact);
  });

  it('sends one copy to a person holding two roles at a school, with the items for both', async () => {
    // prepare
    const { ports, drain } = system([
      commsItem(MONDAY, {
        headline: 'For headteachers',
        audience: { roles: ['headteacher'], phases: [], schoolTypes: [] },
      }),
      commsItem(MONDAY, {
        headline: 'For SENCOs',
        audience: { roles: ['senco'], phases: [], schoolTypes: [] },
      }),
    ]);
    ports.schools = openSchools([
      {
        school: SCHOOLS.primaryMaintained,
        contacts: [
          { role: 'headteacher', name: 'Jo Bloggs', email: 'head@example.org' },
          { role: 'senco', name: 'Jo Bloggs', email: 'Head@Example.org' },
        ],
      },
    ]);

    // act
    const outcome = await sendEdition(ports, sendSettings, MONDAY, SEND);
    await drain(SEND);

    // assert
    expect(outcome).toMatchObject({ outcome: 'queued', queued: 1 });
    expect(ports.mailer.sent).toHaveLength(1);
    expect(ports.mailer.sent[0]!.text).toContain(
      'For Jo Bloggs, headteacher and SENCO, Example Park Primary School.',
    );
    expect(ports.mailer.sent[0]!.text).toContain('For headteachers');
    expect(ports.mailer.sent[0]!.text).toContain('For SENCOs');
  });

  it('skips an address that bounced or complained', async () => {
    // prepare
    const { ports, drain } = system();
    await ports.suppressions.suppress([
      { email: 'senco.990002@example.org', reason: 'bounce', at: '2026-11-16T07:01:00Z', messageId: 'm-1' },
    ]);

    // act
    await sendEdition(ports, sendSettings, MONDAY, SEND);
    await drain(SEND);

    // assert
    expect(recipientsOf(ports.mailer)).toEqual(everyContact.filter((e) => e !== 'senco.990002@example.org'));
  });

  it('does not send an empty edition, and tells the Schools Communications team why', async () => {
    // prepare
    const { ports, drain } = system([]);

    // act
    const outcome = await sendEdition(ports, sendSettings, MONDAY, SEND);
    await drain(SEND);

    // assert
    expect(outcome.outcome).toBe('not-sent');
    expect(ports.mailer.sent.map((m) => [m.to[0], m.subject])).toEqual([
      [
        'schools.communications@example.gov.uk',
        'Not sent: the weekly update for schools of Monday 23 November 2026',
      ],
    ]);
    expect((await ports.runs.get(MONDAY))?.status).toBe('not-sent');
  });

  it('sends the edition as locked: an item changed after the lock does not reach the late recipients', async () => {
    // prepare
    const { ports, drain } = system();
    await sendEdition(ports, sendSettings, MONDAY, SEND);
    const [item] = await ports.items.activeIn(MONDAY);
    await ports.items.replace({
      ...item!,
      headline: 'Changed after the lock',
      status: 'active',
      updatedAt: '',
    });

    // act
    await drain(SEND);

    // assert
    expect(ports.mailer.sent.every((m) => m.text.includes('For everyone'))).toBe(true);
  });
});

describe('the recovery check', () => {
  it.each([
    ['at 08:00 on a GMT Monday', '2026-11-23T08:00:00Z', '2026-11-23'],
    ['at 11:59 on a GMT Monday', '2026-11-23T11:59:00Z', '2026-11-23'],
    ['at noon on a GMT Monday', '2026-11-23T12:00:00Z', undefined],
    ['before the send on a GMT Monday', '2026-11-23T06:59:00Z', undefined],
    ['at 08:00 BST on a summer Monday (07:00 UTC)', '2026-06-22T07:00:00Z', '2026-06-22'],
    ['at 11:30 UTC on a summer Monday (12:30 BST)', '2026-06-22T11:30:00Z', undefined],
    ['on a Tuesday', '2026-11-24T08:00:00Z', undefined],
  ])('%s looks after %s', (_, now, edition) => {
    // prepare
    const instant = new Date(now);

    // act
    const due = editionToRecover(instant);

    // assert
    expect(due).toBe(edition);
  });
});
