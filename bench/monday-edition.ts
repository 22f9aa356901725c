import { performance } from 'node:perf_hooks';
import { deliverEdition } from '#domain/editions/deliver-edition';
import { assembleEdition, personaliseEdition } from '#domain/editions/edition';
import { editionEmail } from '#domain/editions/edition-email';
import { DEFAULT_EDITION_SCHEDULE } from '#domain/editions/edition-schedule';
import type { EditionSchool } from '#domain/editions/school-audience';
import { type SchoolToWrite, sendEdition } from '#domain/editions/send-edition';
import type { AudienceRole } from '#events/comms-item';
import { commsItem } from '#test/support/comms-items';
import {
  keyDatesOf,
  MemoryDeliveries,
  MemoryEditions,
  MemoryItems,
  MemoryQueue,
  MemoryRuns,
  MemorySuppressions,
  openSchools,
} from '#test/support/in-memory-comms';
import { SAMPLE_KEY_DATES } from '#test/support/sample-edition';
import { type BenchSection, median, percentile, round } from './section.ts';

const EDITION = '2026-11-23';
const SCHOOLS = 550;
const ROLES: readonly AudienceRole[] = ['headteacher', 'school-business-manager', 'senco'];
const ITEMS = 80;
const settings = {
  schoolsCommunications: { team: 'Schools Communications team', email: 'sc@example.gov.uk' },
};

/** A body like a real item's: a heading, paragraphs, a numbered and a bulleted list, links (≈ 1,400 characters). */
const BODY = [
  '## What you need to do',
  'Schools must complete the return in the **data collection system** by the date above. The [guidance for schools](https://example.gov.uk/guidance/return) explains every field.',
  '1. Sign in with your school account.\n2. Check the pupil and staff records.\n3. Resolve every error and query.\n4. Submit, and keep the receipt.',
  '## Help',
  'Most questions are answered in the [frequently asked questions](https://example.gov.uk/guidance/faq). If yours is not, email <data.help@example.gov.uk> with your URN.',
  '- Webinar: Tuesday 1 December, 15:30\n- Drop-in: Thursday 3 December, 10:00 to 12:00\n- Recording: on the [training page](https://example.gov.uk/training)',
  'Thank you for your help with this return: the council uses it to plan places, transport and funding for every school in Essex.',
].join('\n\n');

const PHASES = [
  { code: '2', name: 'Primary' },
  { code: '4', name: 'Secondary' },
  { code: '7', name: 'All-through' },
  undefined,
];
const TYPES = [
  [
    { code: '01', name: 'Community school' },
    { code: '4', name: 'Local authority maintained schools' },
  ],
  [
    { code: '34', name: 'Academy converter' },
    { code: '10', name: 'Academies' },
  ],
  [
    { code: '07', name: 'Community special school' },
    { code: '4', name: 'Local authority maintained schools' },
  ],
] as const;

const school = (i: number): EditionSchool => ({
  urn: String(800_000 + i),
  name: `Example School ${i}`,
  phase: PHASES[i % PHASES.length],
  establishmentType: TYPES[i % TYPES.length]![0],
  typeGroup: TYPES[i % TYPES.length]![1],
});

const directory: SchoolToWrite[] = Array.from({ length: SCHOOLS }, (_, i) => ({
  school: school(i),
  contacts: ROLES.map((role) => ({ role, name: `Contact ${i}`, email: `${role}.${i}@example.org` })),
}));

/** 80 items across the sections, a quarter for one role, a third for one phase or type. */
const items = () =>
  Array.from({ length: ITEMS }, (_, i) =>
    commsItem(EDITION, {
      headline: `Item ${i + 1}: a headline of a realistic length for the weekly update`,
      summary: 'A one-sentence summary of what the item asks of schools and by when they should do it.',
      body: BODY,
      category: i % 3 === 0 ? 'action-required' : i % 3 === 1 ? 'for-information' : 'training-and-events',
      actionBy: i % 3 === 0 ? '2026-12-11' : undefined,
      audience: {
        roles: i % 4 === 0 ? [ROLES[i % ROLES.length]!] : [],
        phases: i % 6 === 0 ? ['secondary'] : [],
        schoolTypes: i % 9 === 0 ? ['academy'] : [],
      },
      links: [{ text: 'The full guidance for schools', url: 'https://example.gov.uk/guidance' }],
    }),
  );

const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
};

/**
 * The Monday edition at Essex's scale, in-process (no AWS, no stand-ins): 550 schools × 3
 * contacts × 80 items. Assembly renders every item's Markdown once; each of the 1,650 emails
 * is then a personalisation and a render; sending is the run queuing 1,650 deliveries and the
 * mailer's work per delivery (claim, render, send to a no-op mailer). The wall-clock of a real
 * send is bound by the SES rate, not by this CPU time: 1,650 emails at 10 per second is 165 s.
 */
export async function measureMondayEdition(runs = 5): Promise<BenchSection> {
  const edition = items();
  const assemblies: number[] = [];
  for (let r = 0; r < runs; r++)
    assemblies.push(
      (
        await time(() => assembleEdition({ edition: EDITION, items: edition, keyDates: SAMPLE_KEY_DATES }))
      )[1],
    );
  const assembled = assembleEdition({ edition: EDITION, items: edition, keyDates: SAMPLE_KEY_DATES });

  const renderTimes: number[] = [];
  const htmlBytes: number[] = [];
  const itemCounts: number[] = [];
  const [, renderAll] = await time(() => {
    for (const entry of directory)
      for (const contact of entry.contacts) {
        const started = performance.now();
        const personal = personaliseEdition(assembled, {
          school: entry.school,
          contact: { roles: [contact.role], name: contact.name, email: contact.email },
        });
        const email = editionEmail(personal, settings);
        renderTimes.push(performance.now() - started);
        htmlBytes.push(Buffer.byteLength(email.html));
        itemCounts.push(personal.itemCount);
      }
  });

  // Sending: the run, then every delivery through the mailer's use case.
  const ports = {
    items: new MemoryItems(),
    keyDates: keyDatesOf(SAMPLE_KEY_DATES),
    editions: new MemoryEditions(),
    runs: new MemoryRuns(),
    schools: openSchools(directory),
    queue: new MemoryQueue(),
    mailer: { send: async () => ({ messageId: 'bench' }) },
    deliveries: new MemoryDeliveries(),
    suppressions: new MemorySuppressions(),
  };
  for (const item of edition)
    ports.items.items.set(item.itemId, { ...item, status: 'active', updatedAt: item.submittedAt });
  const now = new Date('2026-11-23T07:00:00Z');
  const [outcome, runMs] = await time(() =>
    sendEdition(
      ports,
      {
        schedule: DEFAULT_EDITION_SCHEDULE,
        team: settings.schoolsCommunications,
        from: 'x@example.gov.uk',
        leaseMs: 660_000,
      },
      EDITION,
      now,
    ),
  );
  const deliverSettings = { ...settings, from: 'x@example.gov.uk', leaseMs: 120_000 };
  const queued = [...ports.queue.queued];
  const [, deliverMs] = await time(async () => {
    for (const delivery of queued) await deliverEdition(ports, deliverSettings, delivery, now);
  });
  const emails = SCHOOLS * ROLES.length;
  return {
    id: 'monday-edition',
    title: `Monday edition: ${SCHOOLS} schools × ${ROLES.length} contacts × ${ITEMS} items (in-process)`,
    status: 'measured',
    columns: ['measure', 'result'],
    rows: [
      ['assembly (80 items, Markdown rendered once), median', `${round(median(assemblies), 1)} ms`],
      [
        'render one contact’s email, median / p95',
        `${round(median(renderTimes), 2)} / ${round(percentile(renderTimes, 0.95), 2)} ms`,
      ],
      [`render all ${emails} emails`, `${round(renderAll / 1000, 2)} s`],
      ['items per email, median (of 80)', median(itemCounts)],
      [
        'HTML per email, median / largest',
        `${round(median(htmlBytes) / 1024, 0)} / ${round(Math.max(...htmlBytes) / 1024, 0)} KB`,
      ],
      [`sending run: queue ${emails} deliveries`, `${round(runMs, 0)} ms (${JSON.stringify(outcome)})`],
      [
        'mailer work per delivery (claim, render, send, mark), in-process',
        `${round(deliverMs / queued.length, 2)} ms`,
      ],
      [
        `wall-clock to send ${emails} at the SES rate (10/s default; 14/s)`,
        `${round(emails / 10, 0)} s; ${round(emails / 14, 0)} s`,
      ],
    ],
    notes: [
      'In-process with in-memory ports: DynamoDB, SQS and SES round trips are not in these times (the e2e tests run them on the stand-ins).',
      'Pacing, not CPU, bounds a real send: the mailer waits between sends so that its instances together stay under the configured SES rate.',
      'Gmail clips an email whose HTML passes 102 KB: an edition with many long items for one reader passes it (see the largest above).',
    ],
    data: {
      assemblies,
      renderAllMs: renderAll,
      htmlBytes: { median: median(htmlBytes), max: Math.max(...htmlBytes) },
      runMs,
      deliverMs,
    },
  };
}
