import { createServer, type IncomingMessage, type Server } from 'node:http';

/** A request as the proxy sees it: method, path, the AWS JSON target header, the body. */
export interface ProxiedRequest {
  readonly method: string;
  readonly path: string;
  /** `x-amz-target` (JSON protocols: `DynamoDB_20120810.UpdateItem`, `AmazonSQS.SendMessageBatch`). */
  readonly target: string | undefined;
  readonly body: string;
}

/** An answer the proxy gives instead of forwarding. */
export interface InjectedFault {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * A small HTTP proxy in front of a stand-in (the SES inbox, DynamoDB Local) that forwards every
 * request unless `fault` answers for it: the way to make a real AWS client meet a throttled
 * send or a lost write in a test, with the SDK's own error handling and retries in the path.
 */
export async function startFaultProxy(
  targetUrl: string,
  fault: (request: ProxiedRequest) => InjectedFault | undefined,
): Promise<{ url: string; stop(): Promise<void> }> {
  const target = new URL(targetUrl);
  const readBody = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const injected = fault({
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        target: req.headers['x-amz-target'] as string | undefined,
        body: body.toString('utf8'),
      });
      if (injected) {
        res.writeHead(injected.status, injected.headers).end(injected.body);
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          ([name]) => !['host', 'connection', 'content-length'].includes(name),
        ),
      ) as Record<string, string>;
      const forwarded = await fetch(new URL(req.url ?? '/', target), {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
      });
      const answer = Buffer.from(await forwarded.arrayBuffer());
      res
        .writeHead(forwarded.status, {
          'content-type': forwarded.headers.get('content-type') ?? 'application/octet-stream',
        })
        .end(answer);
    })().catch((error: unknown) => res.writeHead(502).end(String(error)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** SES (API v2) refusing a send for exceeding the account's sending rate: 429 TooManyRequestsException. */
export const SES_THROTTLED: InjectedFault = {
  status: 429,
  headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'TooManyRequestsException' },
  body: JSON.stringify({ message: 'Maximum sending rate exceeded.' }),
};

/** Whether a proxied request is an SES v2 SendEmail (`POST /v2/email/outbound-emails`). */
export const isSesSend = (request: ProxiedRequest): boolean =>
  request.method === 'POST' && request.path.startsWith('/v2/email/outbound-emails');

/** DynamoDB refusing a request as a dead connection would leave it: a 500 the caller does not retry past. */
export const DYNAMODB_UNAVAILABLE: InjectedFault = {
  status: 400,
  headers: { 'content-type': 'application/x-amz-json-1.0' },
  body: JSON.stringify({
    __type: 'com.amazon.coral.validate#ValidationException',
    message: 'injected: the sending function died here',
  }),
};
