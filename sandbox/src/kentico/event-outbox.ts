import { setMaxListeners } from 'node:events';
import type { KenticoEvent } from '@bpkc/shared-types';

import { mulberry32 } from '../shared/mulberry32';
import type { EventOutbox, OutboxOptions, RejectedEvent } from './event-outbox-types';
import { postRaw, signedEventHeaders } from './signed-post';

export type { EventOutbox, OutboxOptions, OutboxStats, RejectedEvent } from './event-outbox-types';

interface Entry {
  event: KenticoEvent;
  body: string;
  /** 'dropped': lost before its first attempt (fault injection), never delivered. */
  state: 'pending' | 'delivered' | 'rejected' | 'dropped';
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
  const initialDelay = options.retry?.initialMs ?? 100;
  const maxDelay = options.retry?.maxMs ?? 5000;
  // A list, not a map by eventId: a test may emit two events with the same id on purpose.
  const entries: Entry[] = [];
  const controller = new AbortController();
  // One signal cancels every in-flight delivery on close(); each request adds a listener to it,
  // so hundreds of concurrent deliveries are normal here, not a leak.
  setMaxListeners(0, controller.signal);
  let waiters: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  let url: string | undefined;
  let attempts = 0;
  // Seeded so a chaos run loses the same events again when replayed.
  const dropRandom = mulberry32(options.dropSeed ?? 1);
  let dropRate = 0;

  const pendingCount = () => entries.filter((e) => e.state === 'pending').length;
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
      // A new address is worth trying at once rather than after the current backoff.
      for (const entry of entries.filter((e) => e.state === 'pending')) {
        clearTimeout(entry.timer);
        entry.timer = undefined;
        attempt(entry);
      }
    },
    enqueue(event) {
      const entry: Entry = {
        event,
        body: JSON.stringify(event),
        state: 'pending',
        failures: 0,
        busy: false,
      };
      entries.push(entry);
      if (dropRandom() < dropRate) entry.state = 'dropped';
      else attempt(entry);
    },
    setDropRate(rate) {
      if (!(rate >= 0 && rate <= 1)) throw new RangeError(`event drop rate must be 0–1: ${rate}`);
      dropRate = rate;
    },
    redeliver(eventId) {
      const entry = [...entries].reverse().find((e) => e.event.eventId === eventId);
      if (!entry) throw new Error(`Unknown event ${eventId}`);
      if (entry.state === 'pending') return;
      Object.assign(entry, { state: 'pending', failures: 0, rejection: undefined });
      attempt(entry);
    },
    stats() {
      return {
        pending: pendingCount(),
        delivered: entries.filter((e) => e.state === 'delivered').length,
        rejected: entries.flatMap((e) => (e.rejection ? [{ ...e.rejection }] : [])),
        attempts,
      };
    },
    dropped: () => entries.filter((e) => e.state === 'dropped').length,
    events: () => entries.map((entry) => ({ ...entry.event })),
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
