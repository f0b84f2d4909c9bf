import type { Server } from 'node:http';

import express, { type Express } from 'express';

import { DEFAULT_RATE_LIMITS } from '../config/http-settings';
import { rateLimiters } from './rate-limits';
import { METRICS_TOKEN, hardenedTestApp } from './test-app';

/** Sends `count` requests in parallel batches over keep-alive; returns the statuses seen. */
async function burst(
  url: string,
  count: number,
  init: RequestInit = {
    method: 'POST',
    body: '{}',
    headers: { 'content-type': 'application/json' },
  },
): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  for (let sent = 0; sent < count; sent += 50) {
    const batch = Array.from({ length: Math.min(50, count - sent) }, () => fetch(url, init));
    for (const res of await Promise.all(batch)) {
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      await res.arrayBuffer();
    }
  }
  return statuses;
}

async function serve(app: Express): Promise<{ url: string; server: Server }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  return {
    server,
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
  };
}

describe('HTTP surface: rate limits per client IP', () => {
  it('lets a busy admin session through at the defaults', async () => {
    const { server, url } = await serve(
      hardenedTestApp({ mode: 'live', metricsToken: METRICS_TOKEN }),
    );
    try {
      // 300 admin calls (about 60 page views) within a minute.
      const admin = await burst(`${url}/api/v1/orders`, 300, { method: 'GET' });
      expect(admin.get(429)).toBeUndefined();
    } finally {
      server.close();
    }
  });

  it('never counts accepted deliveries or our own 5xx, only refusals (at the defaults)', async () => {
    const answering = (status: number) => {
      const app = express();
      const limits = rateLimiters(DEFAULT_RATE_LIMITS);
      app.use('/webhooks/brightpearl', limits.brightpearlWebhooks);
      app.use('/webhooks/kentico', limits.kenticoEvents);
      app.post(['/webhooks/brightpearl', '/webhooks/kentico'], (_req, res) => {
        res.status(status).end();
      });
      return serve(app);
    };
    const over = DEFAULT_RATE_LIMITS.webhooksPerMinute + 100;
    for (const status of [200, 202, 503]) {
      const { server, url } = await answering(status);
      try {
        // A goods-in of thousands of products, a flash sale's events, a store outage.
        const hooks = await burst(`${url}/webhooks/brightpearl`, over * 2);
        expect(hooks.get(429)).toBeUndefined();
        const events = await burst(`${url}/webhooks/kentico`, over * 2);
        expect(events.get(429)).toBeUndefined();
      } finally {
        server.close();
      }
    }
    const { server, url } = await answering(401);
    try {
      const guesses = await burst(`${url}/webhooks/brightpearl`, over);
      expect(guesses.get(429)).toBe(100);
    } finally {
      server.close();
    }
  });

  it('answers a flood with 429 and Retry-After, per route family', async () => {
    const app = hardenedTestApp({
      mode: 'live',
      rateLimits: { webhooksPerMinute: 100, adminPerMinute: 100, oauthPerMinute: 10 },
    });
    const { server, url } = await serve(app);
    try {
      const hooks = await burst(`${url}/webhooks/brightpearl/install-1/wrong`, 150);
      expect(hooks.get(429)).toBe(50);
      const refused = await fetch(`${url}/webhooks/brightpearl/install-1/wrong`, {
        method: 'POST',
        body: '{}',
      });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: string }).error).toContain('at most 100 a minute');
      // Kentico's events and the admin API have their own allowances.
      const kentico = await fetch(`${url}/webhooks/kentico`, { method: 'POST', body: '{}' });
      expect(kentico.status).not.toBe(429);
      const admin = await fetch(`${url}/api/v1/orders`);
      expect(admin.status).not.toBe(429);
    } finally {
      server.close();
    }
  });

  it('counts the client behind the proxy by X-Forwarded-For (one trusted hop)', async () => {
    const app = hardenedTestApp({ mode: 'live', rateLimits: { oauthPerMinute: 5 } });
    const { server, url } = await serve(app);
    try {
      const from = (ip: string) => ({ method: 'GET', headers: { 'x-forwarded-for': ip } });
      const first = await burst(`${url}/oauth/brightpearl/callback`, 8, from('203.0.113.7'));
      expect(first.get(429)).toBe(3);
      const other = await burst(`${url}/oauth/brightpearl/callback`, 5, from('203.0.113.8'));
      expect(other.get(429)).toBeUndefined();
    } finally {
      server.close();
    }
  });
});
