import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { matchesEventPattern } from './event-pattern.ts';

/** An event as EventBridge delivers it to targets. */
export interface BusEvent {
  readonly version: '0';
  readonly id: string;
  readonly 'detail-type': string;
  readonly source: string;
  readonly account: string;
  readonly time: string;
  readonly region: string;
  readonly resources: string[];
  readonly detail: Record<string, unknown>;
}

/** A rule on the local bus: when `eventPattern` matches, `deliver` the event to the target. */
export interface LocalRule {
  readonly id: string;
  readonly eventPattern: Record<string, unknown>;
  readonly deliver: (event: BusEvent) => Promise<void>;
}

interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Time?: number | string;
  Resources?: string[];
}

type EntryResult = { EventId: string } | { ErrorCode: string; ErrorMessage: string };

/** What happened to one published event: which rules it matched. */
export interface RoutedEvent {
  readonly event: BusEvent;
  readonly matchedRules: string[];
}

// The SDK sends `Time` as epoch seconds; AWS shows events' time to the second.
const isoSeconds = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

/**
 * The local event bus: an EventBridge PutEvents endpoint (AWS JSON 1.1 protocol, so the
 * handlers' real EventBridge client talks to it) that matches each event against the rules
 * and delivers it to every matching target, as EventBridge does, before answering.
 */
export class LocalEventBus {
  readonly routed: RoutedEvent[] = [];
  private readonly server: Server;
  private readonly busName: string;
  private readonly rules: readonly LocalRule[];
  private readonly region: string;
  private readonly now: () => Date;
  private readonly account = '000000000000';

  /** `now` stamps events published without a `Time` (the runtime's virtual clock). */
  constructor(busName: string, rules: readonly LocalRule[], region = 'eu-west-2', now = () => new Date()) {
    this.busName = busName;
    this.rules = rules;
    this.region = region;
    this.now = now;
    this.server = createServer((req, res) => void this.serve(req, res));
  }

  /** Listens on host:port (0 for any free port) and resolves with the endpoint URL. */
  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve, reject) =>
      this.server.once('error', reject).listen(port, host, resolve),
    );
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('event bus has no address');
    return `http://${host}:${address.port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Publishes entries as PutEvents would; every matching rule's target receives each event. */
  async putEvents(entries: PutEventsEntry[]): Promise<{ FailedEntryCount: number; Entries: EntryResult[] }> {
    const results: EntryResult[] = [];
    for (const entry of entries) results.push(await this.putEntry(entry));
    return { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results };
  }

  private async putEntry(entry: PutEventsEntry): Promise<EntryResult> {
    const busName = entry.EventBusName ?? 'default';
    if (busName !== this.busName && !busName.endsWith(`:event-bus/${this.busName}`)) {
      return { ErrorCode: 'NotFoundException', ErrorMessage: `Event bus ${busName} does not exist.` };
    }
    if (!entry.Source || !entry.DetailType || entry.Detail === undefined) {
      return {
        ErrorCode: 'InvalidArgument',
        ErrorMessage: 'Parameters Source, DetailType and Detail are required.',
      };
    }
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail);
    } catch {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
    }
    if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail must be a JSON object.' };
    }
    const time =
      entry.Time === undefined
        ? this.now()
        : new Date(typeof entry.Time === 'number' ? entry.Time * 1000 : entry.Time);
    const event: BusEvent = {
      version: '0',
      id: randomUUID(),
      'detail-type': entry.DetailType,
      source: entry.Source,
      account: this.account,
      time: isoSeconds(time),
      region: this.region,
      resources: entry.Resources ?? [],
      detail: detail as Record<string, unknown>,
    };
    const matched = this.rules.filter((rule) =>
      matchesEventPattern(rule.eventPattern, event as unknown as Record<string, unknown>),
    );
    try {
      await Promise.all(matched.map((rule) => rule.deliver(event)));
    } catch (error) {
      return { ErrorCode: 'InternalFailure', ErrorMessage: `delivery failed: ${(error as Error).message}` };
    }
    this.routed.push({ event, matchedRules: matched.map((r) => r.id) });
    return { EventId: event.id };
  }

  private async serve(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const target = req.headers['x-amz-target'];
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(body));
    };
    if (target !== 'AWSEvents.PutEvents') {
      reply(400, {
        __type: 'UnknownOperationException',
        message: `local bus serves PutEvents only, not ${target}`,
      });
      return;
    }
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { Entries?: PutEventsEntry[] };
      const entries = body.Entries ?? [];
      if (entries.length < 1 || entries.length > 10) {
        reply(400, { __type: 'ValidationException', message: 'Entries must hold 1 to 10 entries.' });
        return;
      }
      reply(200, await this.putEvents(entries));
    } catch (error) {
      reply(500, { __type: 'InternalException', message: (error as Error).message });
    }
  }
}
