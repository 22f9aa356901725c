import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { waitForEmails } from '#local/inbox';
import { freePort } from '#local/stand-ins';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
});

const javaChildrenOf = (pid: number) => {
  try {
    return execFileSync('pgrep', ['-P', String(pid), '-f', 'DynamoDBLocal'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

describe('npm start', () => {
  it('starts the system, plays the demo into the inbox, and stops everything on Ctrl-C', async () => {
    const [port, inboxPort] = [await freePort(), await freePort()];
    child = spawn(process.execPath, ['--import', 'tsx', 'local/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), INBOX_PORT: String(inboxPort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));

    const demoSubjects = [
      /^Booking confirmed: Governance Review \(BK-/,
      /^Booking confirmed: Curriculum - Building on Effective Curriculum \(BK-/,
      /^Booking confirmed: Year 6 moderation training: teachers new to moderation \(BK-/,
      /^Booking confirmed: Inspection readiness surgery \(one to one\) \(BK-/,
      /^On the waitlist: Inspection readiness surgery \(one to one\) \(BK-/,
      /^Clash with statutory returns: Pupil wellbeing survey$/,
    ];
    // The bookings' emails (a priced training booking, a waitlisted event place) and the demo survey's clash email.
    const emails = await waitForEmails(
      `http://127.0.0.1:${inboxPort}`,
      (all) =>
        demoSubjects.every((subject) => all.some((e) => subject.test(e.subject))) &&
        all.filter((e) => e.subject.startsWith('New booking')).length >= 5,
      60_000,
    );
    const demoAsksPlayed = /Demo: ask ASK-\w{10} "Consultation: the local offer for SEND"/;
    const demoEhcpPlayed = /Demo: EHCP cases EHC-DEMO-\d{8}-1, /;
    for (
      let waited = 0;
      !(demoAsksPlayed.test(output) && demoEhcpPlayed.test(output)) && waited < 15_000;
      waited += 100
    )
      await new Promise((r) => setTimeout(r, 100));
    // The Monday email demo: its items are in; moving the clock to the send time sends the edition.
    const sendLine = /Monday email of [\s\S]*?"now":"([^"]+)"/;
    const demoLine = await (async () => {
      for (let i = 0; i < 100 && !sendLine.test(output); i++) await new Promise((r) => setTimeout(r, 100));
      return sendLine.exec(output);
    })();
    await fetch(`http://127.0.0.1:${port}/local/clock`, {
      method: 'POST',
      body: JSON.stringify({ now: demoLine?.[1] }),
    });
    const editions = (
      await waitForEmails(
        `http://127.0.0.1:${inboxPort}`,
        (all) => all.filter((e) => e.subject.startsWith('Weekly update for schools')).length >= 20,
        45_000,
      )
    ).filter((e) => e.subject.startsWith('Weekly update for schools'));
    const javaWhileRunning = javaChildrenOf(child.pid!);
    // npm start says where it runs, so `npm run import:schools` finds it without being told.
    const stateFile = resolve(ROOT, '.local/runtime.json');
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { apiUrl: string };
    const importOutput = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'local/import-schools.ts', 'local/sample/gias-sample.csv'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    child.kill('SIGINT');
    const code = await exited;

    expect(output).toContain(`API          http://127.0.0.1:${port}`);
    expect(output).toContain(`Inbox        http://127.0.0.1:${inboxPort}`);
    expect(output).toContain('Demo: 3 items and a letter are in the Monday email of');
    expect(editions[0]!.body.text).toContain('Winter road gritting routes published');
    expect(new Set(editions.map((e) => e.destination.to[0])).size).toBe(editions.length);
    // The demo shows a priced training booking and a waitlisted event place, each email once,
    // and the team's mailbox told of each of the five bookings.
    const demoEmails = emails.filter((e) => !e.subject.startsWith('New booking'));
    expect(demoEmails.map((e) => e.subject)).toEqual(
      expect.arrayContaining(demoSubjects.map((subject) => expect.stringMatching(subject))),
    );
    expect(demoEmails).toHaveLength(demoSubjects.length);
    const training = demoEmails.find((e) => e.subject.includes('moderation'))!;
    expect(training.body.text).toContain('Total: £90.00');
    expect(emails.filter((e) => e.subject.startsWith('New booking'))).toHaveLength(5);
    expect(output).toMatch(/Demo: ask ASK-\w{10} "Pupil wellbeing survey" on the calendar \(\d+ clashes/);
    expect(output).toMatch(demoEhcpPlayed);
    expect(javaWhileRunning).not.toBe('');
    expect(code).toBe(0);
    expect(output).toContain('Stopping...');
    expect(output).toContain('Schools directory: 40 schools and');
    expect(state.apiUrl).toBe(`http://127.0.0.1:${port}`);
    expect(importOutput).toContain(`into the local system at http://127.0.0.1:${port}`);
    expect(importOutput).toMatch(/Schools: 40 rows read, 40 imported, 0 rejected/);
    expect(existsSync(stateFile)).toBe(false);
    const pid = Number(javaWhileRunning.split('\n')[0]);
    expect(() => process.kill(pid, 0)).toThrow();
  }, 150_000);
});
