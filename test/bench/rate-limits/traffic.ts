import { Agent, request } from 'node:http';

/** Statuses seen per family, and when each request was sent (for per-minute peaks). */
export class Tally {
  readonly statuses = new Map<number, number>();
  readonly sentAt: number[] = [];

  add(status: number): void {
    this.sentAt.push(Date.now());
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }

  count(status: number): number {
    return this.statuses.get(status) ?? 0;
  }

  total(): number {
    return this.sentAt.length;
  }

  serverErrors(): number {
    return [...this.statuses].filter(([code]) => code >= 500).reduce((sum, [, n]) => sum + n, 0);
  }

  /** Most requests sent in any rolling minute. */
  peakPerMinute(): number {
    const times = [...this.sentAt].sort((a, b) => a - b);
    let best = 0;
    for (let end = 0, start = 0; end < times.length; end++) {
      while (times[end]! - times[start]! >= 60_000) start++;
      best = Math.max(best, end - start + 1);
    }
    return best;
  }
}

/** Keep-alive connections, as a browser, Kentico's outbox and Brightpearl's gateway use. */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

export interface Call {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request; resolves with its status (0 when the connection failed). */
export function send(port: number, call: Call): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: call.method,
        path: call.path,
        agent,
        headers: {
          ...call.headers,
          ...(call.body === undefined ? {} : { 'content-length': Buffer.byteLength(call.body) }),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(call.body);
  });
}

/** Sends `count` calls with `parallel` in flight at a time, tallying every status. */
export async function burst(
  port: number,
  plan: { count: number; parallel: number; call: (index: number) => Call },
  tally: Tally,
): Promise<number> {
  const { count, parallel, call } = plan;
  const started = Date.now();
  let next = 0;
  const lane = async () => {
    while (next < count) tally.add(await send(port, call(next++)));
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return Date.now() - started;
}

export function closeAgent(): void {
  agent.destroy();
}
