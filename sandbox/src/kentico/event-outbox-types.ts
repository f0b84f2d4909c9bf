import type { KenticoEvent } from '@bpkc/shared-types';

export interface OutboxOptions {
  secret: string;
  /** Backoff after a 5xx or network error: initialMs doubling up to maxMs. */
  retry?: { initialMs?: number; maxMs?: number };
  requestTimeoutMs?: number;
  /** Seed of the PRNG that picks the events lost by setDropRate (default 1). */
  dropSeed?: number;
}

export interface RejectedEvent {
  eventId: string;
  status: number;
  body: string;
}

export interface OutboxStats {
  pending: number;
  delivered: number;
  rejected: RejectedEvent[];
  /** POSTs made so far, retries and redeliveries included. */
  attempts: number;
}

export interface EventOutbox {
  setUrl(url: string | undefined): void;
  enqueue(event: KenticoEvent): void;
  /** Chaos tests: share (0–1) of newly enqueued events silently lost, never delivered. */
  setDropRate(rate: number): void;
  /** How many events setDropRate has lost (never sent, never pending). */
  dropped(): number;
  redeliver(eventId: string): void;
  stats(): OutboxStats;
  /** Every event enqueued, oldest first, whatever its delivery state. */
  events(): KenticoEvent[];
  whenIdle(): Promise<void>;
  close(): void;
}
