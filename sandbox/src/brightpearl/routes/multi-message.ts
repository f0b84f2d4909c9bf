import { z } from 'zod';

import { dispatch, splitUri } from '../dispatch';
import { ERROR_CODES, parseBody } from '../errors';
import type { Route, RouteContext, RouteResult } from '../route';

/** Reference §3.5: 2–10 messages, destructive methods only. */
const MultiMessageRequest = z.object({
  processingMode: z.enum(['SEQUENTIAL', 'PARALLEL']),
  onFail: z.enum(['STOP', 'CONTINUE']),
  messages: z
    .array(
      z.object({
        label: z.string().min(1),
        uri: z.string().min(1),
        httpMethod: z.enum(['POST', 'PUT', 'DELETE']),
        body: z.unknown().optional(),
      }),
    )
    .min(2)
    .max(10),
});
type InnerMessage = z.infer<typeof MultiMessageRequest>['messages'][number];

interface Processed {
  label: string;
  statusCode: number;
  body: { content: string };
}

/** Inner URIs are relative to the account prefix; a full `/public-api/{account}/...` is tolerated. */
const innerPath = (uri: string): string => uri.replace(/^\/public-api\/[^/]+/, '');

/**
 * POST /multi-message: each inner message goes through the same dispatch as an HTTP request,
 * its body returned as a JSON *string*; 200 if all succeeded, else 207. With onFail STOP in
 * SEQUENTIAL mode the rest are listed as unprocessed. In PARALLEL mode all messages are in
 * flight together, so STOP cannot hold any back (UNCONFIRMED but implied by the docs).
 */
export function multiMessageRoute(routes: readonly Route[]): Route {
  return {
    method: 'POST',
    path: '/multi-message',
    messageType: 'multi-message',
    needsBody: true,
    handle: (context) => {
      const request = parseBody(
        MultiMessageRequest,
        context.body,
        ERROR_CODES.multiMessageValidation,
      );
      const stopOnFail = request.onFail === 'STOP' && request.processingMode === 'SEQUENTIAL';
      const processed: Processed[] = [];
      const unprocessed: string[] = [];
      for (const message of request.messages) {
        if (stopOnFail && processed.some((item) => !succeeded(item.statusCode))) {
          unprocessed.push(message.label);
          continue;
        }
        const result = runInner(routes, { message, context });
        processed.push({
          label: message.label,
          statusCode: result.status,
          body: { content: JSON.stringify(result.body) },
        });
      }
      const allGood =
        unprocessed.length === 0 && processed.every((item) => succeeded(item.statusCode));
      return {
        status: allGood ? 200 : 207,
        body: { response: { processedMessages: processed, unprocessedMessages: unprocessed } },
      };
    },
  };
}

const succeeded = (status: number): boolean => status >= 200 && status < 300;

function runInner(
  routes: readonly Route[],
  { message, context }: { message: InnerMessage; context: RouteContext },
): RouteResult {
  const { path, query } = splitUri(innerPath(message.uri));
  const request = { method: message.httpMethod, path, query, body: message.body };
  return dispatch(routes, request, { state: context.state, now: context.now, emit: context.emit })
    .result;
}
