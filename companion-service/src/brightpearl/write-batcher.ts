import { createSilentLogger } from '../observability/logger';
import type { Logger } from '../observability/logger';
import { clampPriority, DEFAULT_PRIORITY } from './budget';
import type { Transport, TransportRequest, TransportResponse } from './http';
import { DEFAULT_MULTI_MESSAGE_COOL_DOWN_MS, MultiMessageFallback } from './multi-message-fallback';
import { MAX_MESSAGES_PER_MULTI_MESSAGE, MULTI_MESSAGE_ENDPOINT } from './multi-message-wire';
import { settleFromAnswer, settleFromFailure } from './write-batch-outcome';
import type { BatchedWrite, BatchMember } from './write-batch-types';

export interface WriteBatcherOptions {
  /** Shared with the client's multiMessage, so both set multi-message aside together. */
  fallback?: MultiMessageFallback;
  /** Single calls only, for this long after multi-message failed as a whole (5 minutes). */
  coolDownMs?: number;
  now?: () => number;
  logger?: Logger;
}

export interface WriteBatcherStats {
  /** Writes sent as plain single calls. */
  singles: number;
  /** Multi-message requests sent, and the writes they carried. */
  batches: number;
  batchedMessages: number;
  fallbackTrips: number;
  /** While multi-message is set aside: until when (epoch ms). */
  fallbackUntil: number | null;
}

export interface WriteBatcher {
  /** The same contract as Transport.send for one write: 2xx resolves, else a typed error. */
  send(write: BatchedWrite): Promise<TransportResponse>;
  stats(): WriteBatcherStats;
}

interface Batch {
  priority: number;
  members: BatchMember[];
}

/**
 * Write coalescing (docs/adr/0021-batched-writes-under-backlog.md). A write joins the batch of
 * its priority that is waiting for a budget slot, or opens one; a batch asks the budget for ONE
 * slot and, when granted, sends what has gathered: a lone write as its plain single call, 2–10
 * as one multi-message. So an idle budget sends at once, and a backlog sends ten per request.
 * The request is counted once, on the meter of the write that opened the batch.
 */
export function createWriteBatcher(
  transport: Transport,
  options: WriteBatcherOptions = {},
): WriteBatcher {
  const fallback =
    options.fallback ??
    new MultiMessageFallback({
      coolDownMs: options.coolDownMs ?? DEFAULT_MULTI_MESSAGE_COOL_DOWN_MS,
      now: options.now ?? Date.now,
      logger: options.logger ?? createSilentLogger(),
    });
  // Per priority, the batch still waiting for its slot (and under ten): the one writes join.
  const waiting = new Map<number, Batch>();
  const counts = { singles: 0, batches: 0, batchedMessages: 0 };

  const sendSingly = (member: BatchMember): void => {
    counts.singles += 1;
    transport.send(single(member.write)).then(member.resolve, member.reject);
  };

  /** The slot is granted: what gathered goes now, and later writes open a new batch. */
  function release(batch: Batch): TransportRequest {
    if (waiting.get(batch.priority) === batch) waiting.delete(batch.priority);
    const [leader, ...rest] = batch.members as [BatchMember, ...BatchMember[]];
    if (rest.length === 0 || fallback.active()) {
      // Multi-message set aside meanwhile: the others queue for slots of their own.
      for (const member of rest) sendSingly(member);
      batch.members = [leader];
      counts.singles += 1;
      return single(leader.write);
    }
    counts.batches += 1;
    counts.batchedMessages += batch.members.length;
    return multiMessage(batch, leader);
  }

  function open(priority: number, leader: BatchMember): void {
    const batch: Batch = { priority, members: [leader] };
    waiting.set(priority, batch);
    let sent: TransportRequest | undefined;
    transport
      .send({
        ...single(leader.write),
        call: { priority, onCall: leader.write.call?.onCall },
        atGrant: () => (sent = release(batch)),
      })
      .then(
        (answer) => {
          if (sent?.endpoint !== MULTI_MESSAGE_ENDPOINT) return batch.members[0]?.resolve(answer);
          settleFromAnswer(batch.members, answer, fallback);
        },
        (error: unknown) => {
          if (sent === undefined && waiting.get(priority) === batch) waiting.delete(priority);
          if (sent?.endpoint !== MULTI_MESSAGE_ENDPOINT) {
            for (const member of batch.members) member.reject(error);
            return;
          }
          settleFromFailure(batch.members, error, { fallback, sendSingly });
        },
      )
      // A settled member ignores a second answer, so this only catches a bug above.
      .catch((error: unknown) => batch.members.forEach((member) => member.reject(error)));
  }

  return {
    send(write) {
      if (fallback.active()) {
        counts.singles += 1;
        return transport.send(single(write));
      }
      const priority = clampPriority(write.call?.priority ?? DEFAULT_PRIORITY);
      return new Promise((resolve, reject) => {
        const batch = waiting.get(priority);
        const label = `w${(batch?.members.length ?? 0) + 1}`;
        const member: BatchMember = { write, label, resolve, reject };
        if (!batch) return open(priority, member);
        batch.members.push(member);
        if (batch.members.length >= MAX_MESSAGES_PER_MULTI_MESSAGE) waiting.delete(priority);
      });
    },
    stats: () => ({ ...counts, ...fallback.stats() }),
  };
}

const single = (write: BatchedWrite): TransportRequest => ({
  method: write.method,
  endpoint: write.endpoint,
  path: write.path,
  body: write.body,
  call: write.call,
});

function multiMessage(batch: Batch, leader: BatchMember): TransportRequest {
  return {
    method: 'POST',
    endpoint: MULTI_MESSAGE_ENDPOINT,
    path: '/multi-message',
    // CONTINUE: a failed message never stops its neighbours; each result is its own.
    body: {
      processingMode: 'SEQUENTIAL',
      onFail: 'CONTINUE',
      messages: batch.members.map((member) => ({
        label: member.label,
        uri: member.write.path,
        httpMethod: member.write.method,
        body: member.write.body,
      })),
    },
    call: { priority: batch.priority, onCall: leader.write.call?.onCall },
  };
}
