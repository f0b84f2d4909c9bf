import { errorFromResponse, isThrottleResponse } from './error-mapping';
import {
  BrightpearlAuthError,
  BrightpearlError,
  BrightpearlNetworkError,
  BrightpearlNotFoundError,
  BrightpearlThrottledError,
  BrightpearlValidationError,
} from './errors';
import type { TransportResponse } from './http';
import type { MultiMessageFallback } from './multi-message-fallback';
import { MultiMessageResponse, type ProcessedMessage } from './multi-message-wire';
import type { BatchMember } from './write-batch-types';

/** The code a message carries when its batch's outcome is unknown (see outcomeUnknown). */
export const OUTCOME_UNKNOWN_CODE = 'MULTI_MESSAGE_OUTCOME_UNKNOWN';

/**
 * A 200/207 answer: each message's own result decides its caller's fate, exactly as if it had
 * been a single call (a 2xx inner envelope resolves, anything else maps to the same typed error).
 */
export function settleFromAnswer(
  members: readonly BatchMember[],
  answer: TransportResponse,
  fallback: MultiMessageFallback,
): void {
  const parsed = MultiMessageResponse.safeParse(answer.body);
  if (!parsed.success) {
    fallback.trip('unexpected multi-message body');
    for (const member of members) member.reject(outcomeUnknown(member, parsed.error));
    return;
  }
  const byLabel = new Map(parsed.data.response.processedMessages.map((m) => [m.label, m]));
  // With onFail CONTINUE nothing should go unprocessed: if something does, the feature misbehaves.
  if (members.some((member) => !byLabel.has(member.label))) {
    fallback.trip('multi-message left messages unprocessed');
  }
  for (const member of members) {
    const processed = byLabel.get(member.label);
    if (processed) settleMessage(member, processed);
    else member.reject(outcomeUnknown(member, new Error('message not processed')));
  }
}

function settleMessage(member: BatchMember, processed: ProcessedMessage): void {
  const endpoint = member.write.endpoint;
  const status = processed.statusCode;
  const body = innerBody(processed.body?.content ?? '');
  if (status >= 200 && status < 300) return member.resolve({ status, body });
  if (isThrottleResponse(status, body)) {
    return member.reject(new BrightpearlThrottledError({ endpoint, status, attempts: 1 }));
  }
  member.reject(errorFromResponse({ endpoint, status, body }));
}

/** Inner bodies are JSON strings; one that is not JSON reaches the caller's parse as it is. */
function innerBody(content: string): unknown {
  if (content.trim() === '') return {};
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return content;
  }
}

/**
 * The multi-message request failed as a whole. A throttle or refused credentials ran nothing and
 * say nothing about multi-message: each message gets that error. A 4xx refusal of the request ran
 * nothing either: multi-message is set aside and the messages go again as single calls. Anything
 * else (5xx, no answer, a garbled body) may have run some messages: outcome unknown for each.
 */
export function settleFromFailure(
  members: readonly BatchMember[],
  error: unknown,
  deps: { fallback: MultiMessageFallback; sendSingly: (member: BatchMember) => void },
): void {
  if (!deps.fallback.tripOn(error)) {
    // Nothing ran, and single calls would meet the same: each message gets that error.
    for (const member of members) member.reject(retarget(error, member));
    return;
  }
  if (error instanceof BrightpearlValidationError || error instanceof BrightpearlNotFoundError) {
    for (const member of members) deps.sendSingly(member);
    return;
  }
  for (const member of members) member.reject(outcomeUnknown(member, error));
}

/**
 * Like a single call's timeout: the write may have landed, so the caller must look before it
 * sends again (the order path searches by externalRef, ADR 0002). Retryable.
 */
export function outcomeUnknown(member: BatchMember, cause: unknown): BrightpearlNetworkError {
  return new BrightpearlNetworkError({
    endpoint: member.write.endpoint,
    code: OUTCOME_UNKNOWN_CODE,
    cause,
    ambiguous: true,
  });
}

/** The same not-executed error, named after the member's own endpoint. */
function retarget(error: unknown, member: BatchMember): unknown {
  if (!(error instanceof BrightpearlError)) return error;
  const details = {
    endpoint: member.write.endpoint,
    status: error.status,
    code: error.code,
    cause: error,
  };
  if (error instanceof BrightpearlThrottledError) {
    return new BrightpearlThrottledError({ ...details, attempts: error.attempts });
  }
  if (error instanceof BrightpearlAuthError) return new BrightpearlAuthError(details);
  if (error instanceof BrightpearlNetworkError) {
    return new BrightpearlNetworkError({ ...details, ambiguous: false });
  }
  return error;
}
