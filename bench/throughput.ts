import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { PROGRAMMES, type ProgrammeCode, type SchoolImprovementRequest } from '#events/booking-request';
import { type InboxEmail, readInbox } from '#local/inbox';
import { startLocalRuntime } from '#local/runtime';
import { type BenchSection, median, percentile, round } from './section.ts';

const PROGRAMME_CODES = Object.keys(PROGRAMMES) as ProgrammeCode[];

/** Open schools of the sample directory (local/sample), which bookings must name since they are taken from it. */
const SAMPLE_OPEN_URNS = [
  '999001',
  '999123',
  '999003',
  '999004',
  '999005',
  '999006',
  '999007',
  '999008',
  '999009',
  '999010',
  '999011',
  '999012',
  '999035',
  '999002',
  '999013',
  '999014',
  '999015',
  '999016',
  '999017',
  '999018',
];

/**
 * Each sample school's email domain, from its registered contacts (local/sample): a booker who
 * writes from it is vouched for by the directory, so the confirmation goes to the booker (the
 * rule in domain/bookings/confirmation-recipients.ts), which is what the run checks.
 */
const SCHOOL_DOMAINS = new Map(
  readFileSync(new URL('../local/sample/school-contacts.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => [line.slice(0, line.indexOf(',')), line.slice(line.lastIndexOf('@') + 1)] as const),
);

/**
 * The `i`th of a run's valid booking forms: a unique submissionId and booker address (on the
 * school's own email domain), and a spread of programmes, packages, days, VAT and purchase orders.
 */
export function benchBookingRequest(i: number, runId: string): SchoolImprovementRequest {
  const kind = i % 3;
  const pkg = kind === 0 ? 'pay-as-you-go' : kind === 1 ? 'silver' : 'gold';
  const days = pkg === 'silver' ? 2 : pkg === 'gold' ? 4 + (i % 3) : 0.5 + (i % 6) * 0.5;
  const urn = SAMPLE_OPEN_URNS[i % SAMPLE_OPEN_URNS.length]!;
  return {
    submissionId: randomUUID(),
    termsAccepted: true,
    school: { urn, name: `Example School ${i}` },
    booker: {
      name: 'Bench Booker',
      email: `booker-${runId}-${i}@${SCHOOL_DOMAINS.get(urn) ?? 'example.org'}`,
      ...(i % 4 === 0 ? { phone: '01632 960123' } : {}),
    },
    programme: PROGRAMME_CODES[i % PROGRAMME_CODES.length]!,
    package: pkg,
    days,
    ...(i % 2 === 0 ? { purchaseOrderNumber: `PO-${runId}-${i}` } : {}),
    addVat: i % 5 !== 0,
  };
}

// The confirmation to the booker; the team's notification of the same booking is counted apart.
const BOOKING_IN_SUBJECT = /^Booking confirmed: .*\((BK-[0-9A-Z]{10})\)$/;
const TEAM_NOTIFICATION = /^New booking .*\((BK-[0-9A-Z]{10})\)$/;

/**
 * Local throughput: `bookings` valid forms POSTed to the local runtime (its own stand-ins,
 * every handler in-process) at `concurrency`, until every confirmation email is in the inbox.
 */
export async function measureThroughput(
  options: { bookings?: number; concurrency?: number } = {},
): Promise<BenchSection> {
  const total = options.bookings ?? 1_000;
  const concurrency = options.concurrency ?? 16;
  const waitBoundMs = 5 * 60_000;
  const pollMs = 200;
  const runId = randomUUID().slice(0, 8);
  const requests = Array.from({ length: total }, (_, i) => benchBookingRequest(i, runId));

  const batches: Record<string, { batches: number; records: number; failed: number; errors: number }> = {};
  const runtime = await startLocalRuntime({
    port: 0,
    inboxPort: 0,
    logLevel: 'SILENT',
    onBatch: ({ queue, received, failed, error }) => {
      const b = batches[queue] ?? { batches: 0, records: 0, failed: 0, errors: 0 };
      batches[queue] = b;
      if (received > 0) {
        b.batches++;
        b.records += received;
        b.failed += failed;
      }
      if (error) b.errors++;
    },
  });
  try {
    // The inbox of this process may hold emails from earlier sections: only ours count.
    const bookingIdOf = new Map<number, string>();
    const indexOfBooking = new Map<string, number>();
    const postStart: number[] = new Array(total);
    const postLatency: number[] = [];
    const rejected: string[] = [];
    const firstSeen = new Map<string, number>();

    let pollStopped = false;
    let lastPollStart = Date.now();
    const poll = async () => {
      while (!pollStopped) {
        const started = Date.now();
        const since = Math.floor(lastPollStart / 1000) - 1;
        try {
          const response = await fetch(`${runtime.inboxUrl}/store?since=${since}`, {
            signal: AbortSignal.timeout(10_000),
          });
          const { emails } = (await response.json()) as { emails: InboxEmail[] };
          const seenAt = performance.now();
          for (const email of emails) {
            const id = BOOKING_IN_SUBJECT.exec(email.subject)?.[1];
            if (id && !firstSeen.has(id)) firstSeen.set(id, seenAt);
          }
          lastPollStart = started;
        } catch {
          // A slow poll is retried; the final check reads the whole inbox.
        }
        await new Promise((r) => setTimeout(r, pollMs));
      }
    };

    const t0 = performance.now();
    const wallStart = Date.now();
    lastPollStart = wallStart;
    const poller = poll();
    let next = 0;
    const sender = async () => {
      for (let i = next++; i < total; i = next++) {
        const started = performance.now();
        postStart[i] = started;
        const response = await fetch(`${runtime.apiUrl}/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(requests[i]),
        });
        const body = (await response.json().catch(() => ({}))) as { bookingId?: string };
        postLatency.push(performance.now() - started);
        if (response.status === 202 && body.bookingId) {
          bookingIdOf.set(i, body.bookingId);
          indexOfBooking.set(body.bookingId, i);
        } else {
          rejected.push(`${response.status} ${JSON.stringify(body).slice(0, 200)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, sender));
    const postsDone = performance.now();

    const deadline = Date.now() + waitBoundMs;
    const accepted = () => [...indexOfBooking.keys()].every((id) => firstSeen.has(id));
    while (!accepted() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const allSeen = accepted();
    const seenTimes = [...indexOfBooking.keys()].flatMap((id) => {
      const t = firstSeen.get(id);
      return t === undefined ? [] : [t];
    });
    const lastEmail = seenTimes.length ? Math.max(...seenTimes) : performance.now();
    pollStopped = true;
    await poller;

    // Let a duplicate that was already on its way land, then count the whole inbox.
    await new Promise((r) => setTimeout(r, 2_000));
    const inbox = await readInbox(runtime.inboxUrl);
    const counts = new Map<string, number>();
    const wrongRecipient: string[] = [];
    const addresses = new Set(requests.map((r) => r.booker.email));
    let strays = 0;
    const teamNotified = new Map<string, number>();
    for (const email of inbox) {
      const notified = TEAM_NOTIFICATION.exec(email.subject)?.[1];
      if (notified && indexOfBooking.has(notified))
        teamNotified.set(notified, (teamNotified.get(notified) ?? 0) + 1);
      const id = BOOKING_IN_SUBJECT.exec(email.subject)?.[1];
      const index = id === undefined ? undefined : indexOfBooking.get(id);
      if (index === undefined) {
        if (email.destination.to.some((to) => addresses.has(to))) strays++;
        continue;
      }
      counts.set(id!, (counts.get(id!) ?? 0) + 1);
      if (!email.destination.to.includes(requests[index]!.booker.email)) wrongRecipient.push(id!);
    }
    const missing = [...indexOfBooking.keys()].filter((id) => !counts.has(id)).length;
    const duplicates = [...counts.values()].reduce((sum, n) => sum + (n - 1), 0);
    const atLatency = [...indexOfBooking.entries()].flatMap(([id, i]) => {
      const email = inbox.find((e) => e.subject.endsWith(`(${id})`));
      // `at` is whole seconds: a lower bound at 1 s resolution.
      return email ? [email.at * 1000 - (wallStart + (postStart[i]! - t0))] : [];
    });
    const emailLatency = [...indexOfBooking.entries()].flatMap(([id, i]) => {
      const t = firstSeen.get(id);
      return t === undefined ? [] : [t - postStart[i]!];
    });

    const wallMs = lastEmail - t0;
    const perSecond = (seenTimes.length / wallMs) * 1000;
    const exactlyOnce =
      rejected.length === 0 &&
      allSeen &&
      missing === 0 &&
      duplicates === 0 &&
      wrongRecipient.length === 0 &&
      strays === 0 &&
      teamNotified.size === indexOfBooking.size &&
      [...teamNotified.values()].every((n) => n === 1);
    const rows: (string | number)[][] = [
      ['bookings POSTed', total],
      ['accepted (202)', indexOfBooking.size],
      ['confirmation emails (one per booking)', counts.size],
      ['missing emails', missing],
      ['duplicate emails', duplicates],
      ['exactly once', exactlyOnce ? 'yes' : 'NO'],
      [
        "team notifications (one per booking, to the team's mailbox)",
        `${teamNotified.size} (${[...teamNotified.values()].filter((n) => n > 1).length} repeated)`,
      ],
      ['wall time, first POST to last email (s)', round(wallMs / 1000, 2)],
      ['wall time, all POSTs answered (s)', round((postsDone - t0) / 1000, 2)],
      ['bookings per second (end to end)', round(perSecond, 1)],
      ['POST latency p50 (ms)', round(median(postLatency), 1)],
      ['POST latency p95 (ms)', round(percentile(postLatency, 0.95), 1)],
      ['POST to email latency p50 (ms, polled)', emailLatency.length ? round(median(emailLatency), 0) : '-'],
      [
        'POST to email latency p95 (ms, polled)',
        emailLatency.length ? round(percentile(emailLatency, 0.95), 0) : '-',
      ],
    ];
    const queueBatches = Object.fromEntries(
      Object.entries(batches).map(([queue, b]) => [
        queue,
        { ...b, meanBatchSize: b.batches ? round(b.records / b.batches, 2) : 0 },
      ]),
    );
    for (const [queue, b] of Object.entries(queueBatches)) {
      rows.push([`${queue} queue: batches (mean batch size)`, `${b.batches} (${b.meanBatchSize})`]);
    }
    const notes = [
      `${total} valid bookings POSTed to the local runtime at concurrency ${concurrency}; the runtime, its SQS (fauxqs) and SES (aws-ses-v2-local) stand-ins, its pollers and this load generator share one Node process; DynamoDB Local is a JVM beside it. On this machine: ${availableParallelism()} cores.`,
      `"Last email" and POST-to-email latency use the time a ${pollMs} ms poll of the inbox (GET /store?since=…) first saw each email: an upper bound by up to one poll interval. The inbox's own \`at\` is whole seconds (cross-check: p50 ${atLatency.length ? round(median(atLatency), 0) : '-'} ms, p95 ${atLatency.length ? round(percentile(atLatency, 0.95), 0) : '-'} ms, rounded down to the second).`,
      "Exactly once: every accepted bookingId appears in exactly one confirmation subject, to its own booker (who writes from the school's domain), after a 2 s settle; the team's notification of each booking is counted apart. A redelivery after the 180 s visibility timeout would come later than this run looks.",
    ];
    if (rejected.length) notes.push(`${rejected.length} POSTs were not accepted, e.g. ${rejected[0]}`);
    if (!allSeen) notes.push(`Not every email arrived within ${waitBoundMs / 1000} s.`);
    if (wrongRecipient.length) notes.push(`${wrongRecipient.length} emails went to the wrong booker.`);
    if (strays) notes.push(`${strays} emails to this run's bookers named no booking of this run.`);
    return {
      id: 'throughput',
      title: 'Local throughput: bookings to confirmation emails',
      status: 'measured',
      columns: ['measure', 'value'],
      rows,
      notes,
      data: {
        bookings: total,
        concurrency,
        accepted: indexOfBooking.size,
        rejected: rejected.length,
        emails: counts.size,
        missing,
        duplicates,
        wrongRecipient: wrongRecipient.length,
        strays,
        exactlyOnce,
        wallMs: round(wallMs, 0),
        postsWallMs: round(postsDone - t0, 0),
        bookingsPerSecond: round(perSecond, 2),
        postLatencyMs: {
          p50: round(median(postLatency), 2),
          p95: round(percentile(postLatency, 0.95), 2),
          max: round(Math.max(...postLatency), 2),
        },
        postToEmailLatencyMs: {
          method: `inbox poll every ${pollMs} ms (first seen)`,
          p50: emailLatency.length ? round(median(emailLatency), 0) : null,
          p95: emailLatency.length ? round(percentile(emailLatency, 0.95), 0) : null,
          max: emailLatency.length ? round(Math.max(...emailLatency), 0) : null,
          atFieldP50: atLatency.length ? round(median(atLatency), 0) : null,
          atFieldP95: atLatency.length ? round(percentile(atLatency, 0.95), 0) : null,
        },
        queueBatches,
      },
    };
  } finally {
    await runtime.stop();
  }
}
