import type { KenticoEvent } from '@bpkc/shared-types';

export interface OutboxOptions {
  secret: string;
  /** Backoff after a 5xx or network error: initialMs doubling up to maxMs. */
  retry?: { initialMs?: number; maxMs?: number };
  requestTimeoutMs?: number;
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
  redeliver(eventId: string): void;
  stats(): OutboxStats;
  /** Every event enqueued, oldest first, whatever its delivery state. */
  events(): KenticoEvent[];
  whenIdle(): Promise<void>;
  close(): void;
}
