import type { Logger } from '../observability/logger';
import type { BudgetClock } from './budget-types';
import type { TransportResponse } from './http';
import type { MultiMessageFallback } from './multi-message-fallback';
import type { CallOptions } from './types';

/** One create (or other write) a caller hands the batcher: what a single call would send. */
export interface BatchedWrite {
  method: 'POST' | 'PUT' | 'DELETE';
  /** Template for stats, logs and errors, e.g. `POST /order-service/sales-order`. */
  endpoint: string;
  /** Below the account prefix; also the message's `uri` inside a multi-message. */
  path: string;
  body: unknown;
  call?: CallOptions;
}

/** A write waiting in a batch, and how its caller is answered. */
export interface BatchMember {
  write: BatchedWrite;
  /** Unique within its batch: results are matched by label. */
  label: string;
  resolve(response: TransportResponse): void;
  reject(error: unknown): void;
}

export interface WriteBatcherOptions {
  /** Shared with the client's multiMessage, so both set multi-message aside together. */
  fallback?: MultiMessageFallback;
  /** Single calls only, for this long after multi-message failed as a whole (5 minutes). */
  coolDownMs?: number;
  /**
   * The longest a batch that is not full waits for company before it queues for its slot, and
   * only under backlog: `backlog` or `pressure` below (1,500 ms; 0: never).
   */
  lingerMs?: number;
  /** RateBudget.backlog of the budget the transport runs on; without it nor pressure, no wait. */
  backlog?: (priority: number) => number;
  /** Share of the budget's allowance the rolling window holds; from half, batches linger too. */
  pressure?: () => number;
  now?: () => number;
  /** Timers for the linger (tests pass a fake clock). */
  clock?: Pick<BudgetClock, 'now' | 'after'>;
  logger?: Logger;
}

export interface WriteBatcherStats {
  /** Writes sent as plain single calls. */
  singles: number;
  /** Multi-message requests sent, and the writes they carried. */
  batches: number;
  batchedMessages: number;
  /** Batches that waited for company before queueing (the backlog was there when they opened). */
  lingered: number;
  fallbackTrips: number;
  /** While multi-message is set aside: until when (epoch ms). */
  fallbackUntil: number | null;
}

export interface WriteBatcher {
  /** The same contract as Transport.send for one write: 2xx resolves, else a typed error. */
  send(write: BatchedWrite): Promise<TransportResponse>;
  stats(): WriteBatcherStats;
}
