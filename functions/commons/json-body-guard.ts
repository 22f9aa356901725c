import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { json } from './http.ts';

/**
 * The largest request body the API reads: 16 KiB. A booking form is under 2 KiB; the public
 * routes' firewall refuses bodies over this size before they reach a function (WAF), and this
 * guard refuses them in every environment, the local runtime included.
 */
export const MAX_BODY_BYTES = 16 * 1024;

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

const headerOf = (event: APIGatewayProxyEvent, name: string) =>
  Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];

/**
 * Middleware for routes that take a JSON body, run before the body is parsed:
 * `415` unless the request says its body is JSON (`content-type: application/json`, parameters
 * such as `charset` allowed), `413` over {@link MAX_BODY_BYTES}, so no body of another kind or of
 * any size is ever parsed.
 */
export const jsonBodyGuard = (
  maxBytes = MAX_BODY_BYTES,
): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => ({
  before: (request) => {
    const { event } = request;
    const contentType = headerOf(event, 'content-type');
    if (!contentType || !JSON_MEDIA_TYPE.test(contentType)) {
      return json(415, {
        error: 'UnsupportedMediaType',
        message: 'send the body as JSON, with the header content-type: application/json',
      });
    }
    const bytes = event.body ? Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : 0;
    if (bytes > maxBytes) {
      return json(413, {
        error: 'PayloadTooLarge',
        message: `the body is ${bytes} bytes; the most this API reads is ${maxBytes} bytes`,
      });
    }
    return undefined;
  },
});
