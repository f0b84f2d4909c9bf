import type { TransportRequest } from './http';
import { MULTI_MESSAGE_ENDPOINT } from './multi-message-wire';
import type { BatchedWrite, BatchMember } from './write-batch-types';

/** A write as its plain single call. */
export const single = (write: BatchedWrite): TransportRequest => ({
  method: write.method,
  endpoint: write.endpoint,
  path: write.path,
  body: write.body,
  call: write.call,
});

/**
 * 2–10 writes as one multi-message, counted once on the meter of the first (the batch's leader).
 */
export function multiMessage(priority: number, members: readonly BatchMember[]): TransportRequest {
  return {
    method: 'POST',
    endpoint: MULTI_MESSAGE_ENDPOINT,
    path: '/multi-message',
    // CONTINUE: a failed message never stops its neighbours; each result is its own.
    body: {
      processingMode: 'SEQUENTIAL',
      onFail: 'CONTINUE',
      messages: members.map((member) => ({
        label: member.label,
        uri: member.write.path,
        httpMethod: member.write.method,
        body: member.write.body,
      })),
    },
    call: { priority, onCall: members[0]?.write.call?.onCall },
  };
}
