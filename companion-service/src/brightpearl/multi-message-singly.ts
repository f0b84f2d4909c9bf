import { BrightpearlError, BrightpearlThrottledError, BrightpearlValidationError } from './errors';
import type { Transport } from './http';
import type { CallOptions, MultiMessageRequest, MultiMessageResult } from './types';

/**
 * While multi-message is set aside (multi-message-fallback.ts), its messages go as the single
 * calls they stand for, one after the other, and their results are reported in the same shape:
 * callers (payments) cannot tell, except in cost. STOP leaves the rest unprocessed after the
 * first failure, as Brightpearl's SEQUENTIAL mode does.
 */
export async function sendSingly(
  transport: Transport,
  messages: readonly MultiMessageRequest[],
  options: { onFail: 'STOP' | 'CONTINUE'; call: CallOptions },
): Promise<MultiMessageResult[]> {
  const results: MultiMessageResult[] = [];
  let stopped = false;
  for (const message of messages) {
    const result = stopped
      ? { label: message.label, statusCode: 0, processed: false }
      : await sendOne(transport, message, options.call);
    results.push(result);
    const failed = !result.processed || result.statusCode >= 300;
    if (options.onFail === 'STOP' && failed) stopped = true;
  }
  return results;
}

async function sendOne(
  transport: Transport,
  message: MultiMessageRequest,
  call: CallOptions,
): Promise<MultiMessageResult> {
  const { label } = message;
  try {
    const answer = await transport.send({
      method: message.httpMethod,
      endpoint: endpointOf(message),
      path: message.uri,
      body: message.body,
      call: { priority: call.priority, onCall: call.onCall },
    });
    const response = responseOf(answer.body);
    return { label, statusCode: answer.status, ...response, processed: true };
  } catch (error) {
    if (error instanceof BrightpearlValidationError && !error.local) {
      return { label, statusCode: error.status ?? 400, errors: error.errors, processed: true };
    }
    // An answered failure ran (or refused) the message; a throttle or no answer: not known to.
    if (
      error instanceof BrightpearlError &&
      error.status !== undefined &&
      !(error instanceof BrightpearlThrottledError)
    ) {
      return { label, statusCode: error.status, processed: true };
    }
    if (error instanceof BrightpearlError) return { label, statusCode: 0, processed: false };
    throw error;
  }
}

function responseOf(body: unknown): { response?: unknown } {
  if (typeof body !== 'object' || body === null || !('response' in body)) return {};
  return { response: body.response };
}

/** A template for stats and logs: ids in the URI become `{id}`. */
function endpointOf(message: MultiMessageRequest): string {
  const path = message.uri.split('?')[0] ?? message.uri;
  return `${message.httpMethod} ${path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`;
}
