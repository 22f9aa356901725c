import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sendInstantOf } from '#domain/editions/edition-schedule';
import { londonDateOf } from '#domain/shared/london-time';
import { playCommsDemo } from './comms-demo.ts';
import { playCalendarDemo, playDemo } from './demo.ts';
import { playEhcpDemo } from './ehcp-demo.ts';
import { type InboxEmail, readInbox } from './inbox.ts';
import { startLocalRuntime } from './runtime.ts';
import { MissingJavaError } from './stand-ins.ts';
import { parseInstant } from './virtual-clock.ts';

const { values } = parseArgs({
  options: { 'no-demo': { type: 'boolean', default: false }, now: { type: 'string' } },
});
const port = Number(process.env.PORT ?? 3000);
const inboxPort = Number(process.env.INBOX_PORT ?? 8005);

// `--now 2023-10-19T12:00:00+01:00` starts the virtual clock at any instant, past included;
// real time runs on from there.
const clockStart = values.now === undefined ? new Date() : parseInstant(values.now);
if (!clockStart) {
  console.error(
    `--now must be an ISO 8601 instant with its offset, e.g. 2023-10-19T12:00:00+01:00 (got ${values.now})`,
  );
  process.exit(2);
}

console.log('Starting the ECC Education workflows locally (DynamoDB Local, fauxqs, SES inbox)...');
let runtime: Awaited<ReturnType<typeof startLocalRuntime>>;
try {
  runtime = await startLocalRuntime({
    port,
    inboxPort,
    clockStart,
    followRealTime: true,
    // Where `npm run import:schools` finds this running system.
    stateFile: resolve(dirname(fileURLToPath(import.meta.url)), '../.local/runtime.json'),
  });
} catch (error) {
  if (error instanceof MissingJavaError) console.error(`\n${error.message}\n`);
  else console.error(error);
  process.exit(1);
}

console.log(`
  API          ${runtime.apiUrl}   (POST /bookings, GET /bookings/{bookingId}, GET /schools/{urn})
  Calendar     ${runtime.apiUrl}/calendar.ics   (and /calendar?from=&to=, /calendar/weeks?from=, POST /calendar/asks)
  Monday email ${runtime.apiUrl}/editions   (POST /comms/items, GET /editions/{date}/preview)
  Inbox        ${runtime.inboxUrl}   (web inbox; GET /store for JSON)
  Clock        ${runtime.apiUrl}/local/clock   (POST {"now":"2026-11-23T07:00:00Z"} moves it on and fires due schedules)
  Now          ${runtime.clock.now().toISOString()}   (virtual; start elsewhere with: npm start -- --now 2023-10-19T12:00:00+01:00)
  Ctrl-C stops everything.
`);
if (runtime.schools) {
  const { schools, contacts, rejections } = runtime.schools;
  console.log(
    `Schools directory: ${schools.imported} schools${contacts ? ` and ${contacts.imported} contacts` : ''} loaded from the invented sample (npm run import:schools -- <gias.csv> loads a real extract).`,
  );
  for (const rejection of rejections) console.log(`  rejected: ${rejection}`);
}

// Echo each email as it lands, so the console shows what the inbox holds.
const seen = new Set<string>();
const echo = (emails: InboxEmail[]) => {
  for (const email of emails) {
    if (seen.has(email.messageId)) continue;
    seen.add(email.messageId);
    console.log(`  ✉  to ${email.destination.to.join(', ')}: ${email.subject}`);
  }
};
echo(await readInbox(runtime.inboxUrl).catch(() => []));
const inboxWatch = setInterval(() => void readInbox(runtime.inboxUrl).then(echo, () => undefined), 1_000);

if (!values['no-demo']) {
  const ids = await playDemo(runtime.apiUrl);
  console.log(
    `Demo: submitted bookings ${ids.join(', ')}; their confirmations arrive in the inbox in a moment.`,
  );
  for (const ask of await playCalendarDemo(runtime.apiUrl, londonDateOf(runtime.clock.now()))) {
    const clashes = ask.clashes === 0 ? 'no clash' : `${ask.clashes} clashes: its owner is emailed`;
    console.log(`Demo: ask ${ask.askId} "${ask.title}" on the calendar (${clashes}).`);
  }
  const ehcp = await playEhcpDemo(runtime.apiUrl, runtime.clock.now());
  console.log(
    `Demo: EHCP cases ${ehcp.caseRefs.join(', ')}. Their reminders go out at 07:00 on working days; to see them now:\n` +
      `  curl -s -XPOST ${runtime.apiUrl}/local/clock -d '{"now":"${ehcp.remindersAt.toISOString()}"}'`,
  );
  const edition = await playCommsDemo(runtime.apiUrl, runtime.clock.now());
  const sendAt = sendInstantOf(edition as `${number}-${number}-${number}`).toISOString();
  console.log(
    `Demo: 3 items and a letter are in the Monday email of ${edition}. Send it to every sample school contact with:\n  curl -s -XPOST ${runtime.apiUrl}/local/clock -d '{"now":"${sendAt}"}'`,
  );
}

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping...');
  clearInterval(inboxWatch);
  await runtime.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
