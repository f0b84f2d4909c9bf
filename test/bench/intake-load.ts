import { Agent, request } from 'node:http';

import type { SignedEvent } from './intake-events';

export interface LoadResult {
  /** Distinct event ids answered 202 (a repeat answered 202 counts once). */
  accepted: Set<string>;
  statuses: Map<number, number>;
  latenciesMs: number[];
  elapsedMs: number;
}

/**
 * The Kentico outbox posts one event at a time per sender and waits for the answer; a shop with
 * several web instances has several senders. Each sender here is one keep-alive connection.
 */
export async function runLoad(options: {
  url: string;
  connections: number;
  durationMs: number;
  nextEvent: () => SignedEvent;
  onProgress: (done: LoadResult) => void;
}): Promise<LoadResult> {
  const result: LoadResult = {
    accepted: new Set(),
    statuses: new Map(),
    latenciesMs: [],
    elapsedMs: 0,
  };
  const started = performance.now();
  const until = started + options.durationMs;
  const progress = setInterval(() => {
    result.elapsedMs = performance.now() - started;
    options.onProgress(result);
  }, 1_000);
  const sender = async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    while (performance.now() < until) {
      const event = options.nextEvent();
      const sentAt = performance.now();
      const status = await post(options.url, agent, event).catch(() => 0);
      result.latenciesMs.push(performance.now() - sentAt);
      result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
      if (status === 202) result.accepted.add(event.eventId);
    }
    agent.destroy();
  };
  await Promise.all(Array.from({ length: options.connections }, sender));
  clearInterval(progress);
  result.elapsedMs = performance.now() - started;
  return result;
}

function post(url: string, agent: Agent, event: SignedEvent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...event.headers, 'content-length': Buffer.byteLength(event.body) },
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('error', reject);
      },
    );
    req.once('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.end(event.body);
  });
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
