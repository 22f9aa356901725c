/**
 * The EHCP daily sweep at scale: with 1,000, 10,000 and 100,000 open cases in DynamoDB Local,
 * of which 100 have a milestone due on the sweep day, how many index items the sweep reads
 * (items returned and read capacity, as DynamoDB Local reports them) and how long it takes to
 * read, choose and write the reminders.
 *
 * The bulk of the caseload is plans with their annual review months away and its meeting
 * arranged (one open milestone each: the review); the 100 due are assessments whose decision is due within the
 * look-ahead. Each case's index entries are written as the case writer derives them from its
 * real timeline, by BatchWriteItem; its case and event items, which the index never holds and
 * the sweep never reads, are left out (DynamoDB Local writes a few hundred items a second).
 */
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { caseTimeline } from '#domain/ehcp/case-timeline';
import type { QuadrantManager } from '#domain/ehcp/reminder-selection';
import { sendDailyReminders } from '#domain/ehcp/send-daily-reminders';
import { addDays, type IsoDate } from '#domain/shared/iso-date';
import { addWorkingDays } from '#domain/shared/working-days';
import type { EhcpCaseEvent } from '#events/ehcp/case-event';
import { QUADRANT_CODES, type Quadrant } from '#events/ehcp/quadrant';
import { dynamoDbEhcpDateIndex, type IndexReadStats } from '#functions/adapters/dynamodb-ehcp-date-index';
import { derivedItems } from '#functions/adapters/dynamodb-ehcp-items';
import { provision } from '#local/provision';
import { startStandIns } from '#local/stand-ins';
import { systemWiring } from '#wiring/system';
import { type BenchSection, median, round } from './section.ts';

/** Monday 9 March 2026: the sweep day. */
const SWEEP_DAY: IsoDate = '2026-03-09';
const DUE = 100;
const OFFICERS = 60;

const officer = (n: number) => ({
  name: `Officer ${n % OFFICERS}`,
  email: `officer.${n % OFFICERS}@example.gov.uk`,
});
const quadrantOf = (n: number): Quadrant => QUADRANT_CODES[n % QUADRANT_CODES.length]!;
const common = (n: number, caseRef: string) => ({
  eventId: `${caseRef}-1`,
  caseRef,
  caseOfficer: officer(n),
  quadrant: quadrantOf(n),
  childInitials: 'AB',
});

/**
 * A plan last reviewed so that its annual review falls 2 to 12 months after the sweep day, its
 * review meeting already arranged (so one open milestone: the review itself).
 */
const laterCase = (n: number): EhcpCaseEvent[] => {
  const caseRef = `EHC-BENCH-${String(n).padStart(6, '0')}`;
  const lastReviewedOn = addDays(SWEEP_DAY, -305 + (n % 300));
  return [
    { type: 'plan-made', ...common(n, caseRef), date: '2020-01-06', lastReviewedOn },
    {
      type: 'review-meeting-arranged',
      ...common(n, caseRef),
      eventId: `${caseRef}-2`,
      date: SWEEP_DAY,
      meetingOn: addDays(lastReviewedOn, 350),
    },
  ];
};

/** An assessment whose decision is due within the look-ahead (due soon on the sweep day). */
const dueCase = (n: number): EhcpCaseEvent[] => [
  {
    type: 'request-received',
    ...common(n, `EHC-DUE-${String(n).padStart(4, '0')}`),
    date: addDays(addWorkingDays(SWEEP_DAY, 1 + (n % 4)), -42),
    requestedBy: 'parent',
    receivedVia: 'email',
  },
];

/** What the sweep can read of a case: its index entries (its case and event items are not in the index). */
const itemsOf = (events: EhcpCaseEvent[]) => derivedItems(caseTimeline(events, SWEEP_DAY));

async function seed(client: DynamoDBDocumentClient, table: string, events: EhcpCaseEvent[][]) {
  const items = events.flatMap(itemsOf);
  const batches: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      let pending = batches[next++]!.map((Item) => ({ PutRequest: { Item } }));
      while (pending.length > 0) {
        const result = await client.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
        pending = (result.UnprocessedItems?.[table] ?? []) as typeof pending;
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return items.length;
}

const MANAGERS = Object.fromEntries(
  QUADRANT_CODES.map((q) => [q, { name: `${q} manager`, email: `${q}.manager@example.gov.uk` }]),
) as Record<Quadrant, QuadrantManager>;

/** Seeds up to each size in turn and sweeps each time. */
export async function measureSweep(options: { sizes?: number[]; runs?: number } = {}): Promise<BenchSection> {
  const sizes = options.sizes ?? [1_000, 10_000, 100_000];
  const runs = options.runs ?? 5;
  const standIns = await startStandIns({ sesPort: 0 });
  try {
    const local = { region: 'eu-west-2', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
    const dynamoDb = new DynamoDBClient({ ...local, endpoint: standIns.endpoints.dynamodb });
    const sqs = new SQSClient({ ...local, endpoint: standIns.endpoints.sqs });
    const wiring = { ...systemWiring, tables: { ehcp: systemWiring.tables.ehcp }, queues: {} };
    const { tables } = await provision(
      wiring,
      { dynamoDb, sqs, sqsEndpoint: standIns.endpoints.sqs },
      'bench-',
    );
    const table = tables.ehcp!;
    const documents = DynamoDBDocumentClient.from(dynamoDb, {
      marshallOptions: { removeUndefinedValues: true },
    });
    const index = dynamoDbEhcpDateIndex(documents, table);

    const seedStart = performance.now();
    let itemsWritten = await seed(
      documents,
      table,
      Array.from({ length: DUE }, (_, n) => dueCase(n)),
    );
    let seeded = DUE;
    const rows: (string | number)[][] = [];
    const data: Record<string, unknown>[] = [];
    for (const size of sizes) {
      const more = Array.from({ length: size - seeded }, (_, i) => laterCase(seeded + i));
      itemsWritten += await seed(documents, table, more);
      seeded = size;
      const timings: number[] = [];
      let stats: IndexReadStats = { items: 0, capacityUnits: 0, pages: 0 };
      let run: Awaited<ReturnType<typeof sendDailyReminders>> | undefined;
      let composed = 0;
      for (let r = 0; r < runs; r++) {
        stats = { items: 0, capacityUnits: 0, pages: 0 };
        composed = 0;
        const started = performance.now();
        run = await sendDailyReminders(SWEEP_DAY, {
          openMilestonesRemindedBy: (quadrant, upTo) => index.openMilestonesRemindedBy(quadrant, upTo, stats),
          sendOnce: async () => {
            composed++;
          },
          dueSoonWorkingDays: 5,
          quadrantManagers: MANAGERS,
        });
        timings.push(performance.now() - started);
      }
      rows.push([
        size.toLocaleString('en-GB'),
        itemsWritten.toLocaleString('en-GB'),
        stats.items,
        round(stats.capacityUnits, 1),
        stats.pages,
        run!.officerReminders,
        composed,
        round(median(timings), 1),
      ]);
      data.push({
        openCases: size,
        indexEntries: itemsWritten,
        itemsRead: stats.items,
        readCapacityUnits: stats.capacityUnits,
        queries: stats.pages,
        officerReminders: run!.officerReminders,
        emailsComposed: composed,
        sweepMsMedian: median(timings),
      });
    }
    const seedSeconds = (performance.now() - seedStart) / 1000;
    return {
      id: 'sweep',
      title: 'EHCP reminder sweep scaling (1,000 / 10,000 / 100,000 open cases, 100 due)',
      status: 'measured',
      columns: [
        'open cases',
        'index entries',
        'items read',
        'read units',
        'queries',
        'officers',
        'emails',
        'sweep ms (median)',
      ],
      rows,
      notes: [
        `One Query per quadrant on the byDate index (open milestones by reminder date), up to ${addWorkingDays(SWEEP_DAY, 5)} (5 working days ahead of Monday ${SWEEP_DAY}): the items read are the 100 due, whatever the size of the caseload; a Scan would read every item in the table.`,
        `Sweep time: the four queries, choosing each officer's and manager's reminder, and rendering the emails (HTML and text), median of ${runs} runs on DynamoDB Local; sending (SES, once per recipient per day) is left out.`,
        `Read units as DynamoDB Local reports them (eventually consistent reads: 0.5 per 4 KB). Seeding ${itemsWritten.toLocaleString('en-GB')} items by BatchWriteItem took ${round(seedSeconds, 1)} s.`,
      ],
      data,
    };
  } finally {
    await standIns.stop();
  }
}
