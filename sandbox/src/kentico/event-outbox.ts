import type { KenticoEvent } from '@bpkc/shared-types';

import { postRaw, signedEventHeaders } from './signed-post';

export interface OutboxOptions {
  secret: string;
  /** Backoff after a 5xx or network error: initialDelayMs doubling up to maxDelayMs. */
  retry?: { initialDelayMs?: number; maxDelayMs?: number };
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
  whenIdle(): Promise<void>;
  close(): void;
}

interface Entry {
  event: KenticoEvent;
  body: string;
  state: 'pending' | 'delivered' | 'rejected';
  failures: number;
  busy: boolean;
  timer?: NodeJS.Timeout;
  rejection?: RejectedEvent;
}

/**
 * The extension's outbox: every event is stored first and pushed until the companion answers.
 * 2xx = delivered; 4xx = the companion refuses this event, retrying cannot help, so it is parked;
 * 5xx / network error = transient, retried with capped exponential backoff until close().
 */
export function createEventOutbox(options: OutboxOptions): EventOutbox {
  const initialDelay = options.retry?.initialDelayMs ?? 100;
  const maxDelay = options.retry?.maxDelayMs ?? 5000;
  const entries = new Map<string, Entry>();
  const controller = new AbortController();
  let waiters: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  let url: string | undefined;
  let attempts = 0;

  const pendingCount = () => [...entries.values()].filter((e) => e.state === 'pending').length;
  const notifyIfIdle = () => {
    if (pendingCount() > 0) return;
    waiters.forEach((waiter) => waiter.resolve());
    waiters = [];
  };

  const settle = (entry: Entry, outcome: { status: number; body: string } | undefined) => {
    entry.busy = false;
    if (outcome && outcome.status < 300) entry.state = 'delivered';
    else if (outcome && outcome.status < 500) {
      entry.state = 'rejected';
      entry.rejection = { eventId: entry.event.eventId, ...outcome };
    } else scheduleRetry(entry);
    notifyIfIdle();
  };

  const scheduleRetry = (entry: Entry) => {
    if (controller.signal.aborted) return;
    entry.failures += 1;
    const delay = Math.min(initialDelay * 2 ** (entry.failures - 1), maxDelay);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      attempt(entry);
    }, delay);
    entry.timer.unref();
  };

  const attempt = (entry: Entry) => {
    // Without a URL (or after close) the event simply waits, as in a real outbox table.
    if (!url || controller.signal.aborted || entry.busy || entry.timer) return;
    entry.busy = true;
    attempts += 1;
    // Signed afresh on every attempt: a retry hours later must not carry a stale timestamp.
    const headers = signedEventHeaders(options.secret, entry.body);
    const timeoutMs = options.requestTimeoutMs ?? 10_000;
    postRaw({ url, body: entry.body, headers, timeoutMs, signal: controller.signal }).then(
      (outcome) => settle(entry, outcome),
      () => settle(entry, undefined),
    );
  };

  return {
    setUrl(next) {
      url = next;
      entries.forEach((entry) => entry.state === 'pending' && attempt(entry));
    },
    enqueue(event) {
      const entry: Entry = {
        event,
        body: JSON.stringify(event),
        state: 'pending',
        failures: 0,
        busy: false,
      };
      entries.set(event.eventId, entry);
      attempt(entry);
    },
    redeliver(eventId) {
      const entry = entries.get(eventId);
      if (!entry) throw new Error(`Unknown event ${eventId}`);
      if (entry.state === 'pending') return;
      Object.assign(entry, { state: 'pending', failures: 0, rejection: undefined });
      attempt(entry);
    },
    stats() {
      const all = [...entries.values()];
      return {
        pending: pendingCount(),
        delivered: all.filter((e) => e.state === 'delivered').length,
        rejected: all.flatMap((e) => (e.rejection ? [{ ...e.rejection }] : [])),
        attempts,
      };
    },
    whenIdle() {
      if (pendingCount() === 0) return Promise.resolve();
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    close() {
      controller.abort();
      entries.forEach((entry) => entry.timer && clearTimeout(entry.timer));
      waiters.forEach((waiter) =>
        waiter.reject(new Error('Event outbox closed with events pending')),
      );
      waiters = [];
    },
  };
}
