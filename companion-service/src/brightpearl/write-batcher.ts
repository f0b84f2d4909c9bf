import { createSilentLogger } from '../observability/logger';
import { clampPriority, DEFAULT_PRIORITY } from './budget';
import { systemClock } from './budget-types';
import type { Transport, TransportRequest } from './http';
import { DEFAULT_MULTI_MESSAGE_COOL_DOWN_MS, MultiMessageFallback } from './multi-message-fallback';
import { MAX_MESSAGES_PER_MULTI_MESSAGE, MULTI_MESSAGE_ENDPOINT } from './multi-message-wire';
import { DEFAULT_WRITE_LINGER_MS, holdForCompany } from './write-batch-linger';
import type { Lingering, WriteLingerOptions } from './write-batch-linger';
import { settleFromAnswer, settleFromFailure } from './write-batch-outcome';
import { multiMessage, single } from './write-batch-request';
import type { BatchMember, WriteBatcher, WriteBatcherOptions } from './write-batch-types';

export type { WriteBatcher, WriteBatcherOptions, WriteBatcherStats } from './write-batch-types';

interface Batch {
  priority: number;
  /** The first is the leader: its write was queued for the slot, its meter counts the request. */
  members: BatchMember[];
  lingering?: Lingering;
}

/**
 * Write coalescing (docs/adr/0021-batched-writes-under-backlog.md). A write joins the batch of
 * its priority that is waiting for a budget slot, or opens one; a batch asks the budget for ONE
 * slot and, when granted, sends what has gathered: a lone write as its plain single call, 2–10
 * as one multi-message. So an idle budget sends at once, and a backlog sends ten per request.
 * While other requests of this instance are queued or in flight, a new batch first lingers for
 * company (write-batch-linger.ts), so it fills even when the budget has free slots.
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
  const counts = { singles: 0, batches: 0, batchedMessages: 0, lingered: 0 };
  const linger: WriteLingerOptions = {
    lingerMs: options.lingerMs ?? DEFAULT_WRITE_LINGER_MS,
    backlog: options.backlog ?? (() => 0),
    pressure: options.pressure ?? (() => 0),
    clock: options.clock ?? systemClock,
  };

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
    return multiMessage(batch.priority, batch.members);
  }

  /** A new batch takes joiners at once; it asks for its slot now, or after lingering. */
  function open(priority: number, leader: BatchMember): void {
    const batch: Batch = { priority, members: [leader] };
    waiting.set(priority, batch);
    let queued = false;
    batch.lingering = holdForCompany(linger, priority, () => {
      queued = true;
      queue(batch);
    });
    if (!queued) counts.lingered += 1;
  }

  function queue(batch: Batch): void {
    const { priority } = batch;
    const leader = batch.members[0] as BatchMember;
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
        if (batch.members.length < MAX_MESSAGES_PER_MULTI_MESSAGE) return batch.lingering?.joined();
        waiting.delete(priority);
        batch.lingering?.flush();
      });
    },
    stats: () => ({ ...counts, ...fallback.stats() }),
  };
}
