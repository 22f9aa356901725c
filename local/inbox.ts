/** An email as the local SES inbox (aws-ses-v2-local) stores it. */
export interface InboxEmail {
  readonly messageId: string;
  readonly from: string;
  readonly destination: { readonly to: string[]; readonly cc: string[]; readonly bcc: string[] };
  readonly subject: string;
  readonly body: { readonly text?: string; readonly html?: string };
  readonly at: number;
}

/** Everything in the local inbox (`GET /store`). */
export async function readInbox(inboxUrl: string): Promise<InboxEmail[]> {
  const response = await fetch(`${inboxUrl}/store`, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`inbox answered ${response.status}`);
  return ((await response.json()) as { emails: InboxEmail[] }).emails;
}

/** Polls the inbox until `predicate` holds for the emails, or fails after `timeoutMs` (an inbox still starting counts as empty). */
export async function waitForEmails(
  inboxUrl: string,
  predicate: (emails: InboxEmail[]) => boolean,
  timeoutMs = 15_000,
): Promise<InboxEmail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const emails = await readInbox(inboxUrl).catch(() => [] as InboxEmail[]);
    if (predicate(emails)) return emails;
    if (Date.now() > deadline) {
      throw new Error(
        `inbox did not reach the expected state within ${timeoutMs} ms (${emails.length} emails)`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
