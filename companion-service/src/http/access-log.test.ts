import { Writable } from 'node:stream';

import request from 'supertest';
import winston from 'winston';

import { createLogger } from '../observability/logger';
import { createMetrics } from '../observability/metrics';
import { METRICS_TOKEN, hardenedTestApp } from './test-app';

/** The real logger (its formats, its redaction), writing JSON lines into an array. */
function recordingLogger(level: 'info' | 'debug' = 'debug') {
  const lines: string[] = [];
  const logger = createLogger({ level });
  logger.clear();
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString().trim());
      done();
    },
  });
  logger.add(new winston.transports.Stream({ stream }));
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const requests = () => entries().filter((entry) => entry['message'] === 'HTTP request');
  return { logger, lines, requests };
}

const WEBHOOK_TOKEN_IN_PATH = 'tok3n-in-the-path-0123456789';

describe('access log: one line per request, no secrets', () => {
  it('logs the route pattern, never the webhook token in the path or the query', async () => {
    const log = recordingLogger();
    const app = hardenedTestApp({ mode: 'live' }, { logger: log.logger });
    await request(app)
      .post(`/webhooks/brightpearl/install-1/${WEBHOOK_TOKEN_IN_PATH}?secret=query-value`)
      .send({ id: 1 })
      .expect(401);
    // No route for GET there: an unmatched request under the secret prefix is masked too.
    await request(app).get(`/webhooks/brightpearl/install-1/${WEBHOOK_TOKEN_IN_PATH}`);
    const [post, get] = log.requests();
    expect(post).toMatchObject({
      level: 'info',
      method: 'POST',
      route: '/webhooks/brightpearl/:installationId/:token',
      status: 401,
    });
    expect(get).toMatchObject({
      route: 'unmatched',
      path: '/webhooks/brightpearl/:installationId/:token',
    });
    const everything = log.lines.join('\n');
    expect(everything).not.toContain(WEBHOOK_TOKEN_IN_PATH);
    expect(everything).not.toContain('query-value');
  });

  it('names an unmatched path without its query, with status, size, time and correlation id', async () => {
    const log = recordingLogger();
    const app = hardenedTestApp({ mode: 'live' }, { logger: log.logger });
    await request(app)
      .get('/nowhere/else?code=oauth-code-123')
      .set('x-correlation-id', 'corr-42')
      .expect(404);
    const [line] = log.requests();
    expect(line).toMatchObject({
      method: 'GET',
      route: 'unmatched',
      path: '/nowhere/else',
      status: 404,
      correlationId: 'corr-42',
    });
    expect(line?.['bytes']).toBeGreaterThan(0);
    expect(typeof line?.['durationMs']).toBe('number');
    expect(log.lines.join('\n')).not.toContain('oauth-code-123');
  });

  it('gives a correlation id to refusals before routing (a 413 for a declared oversize body)', async () => {
    const log = recordingLogger();
    const app = hardenedTestApp({ mode: 'live' }, { logger: log.logger });
    await request(app)
      .post('/webhooks/kentico')
      .set('content-type', 'application/json')
      .set('content-length', String(50 * 1024 * 1024))
      .send('{}')
      .catch(() => undefined);
    const [line] = log.requests();
    expect(line?.['status']).toBe(413);
    expect(typeof line?.['correlationId']).toBe('string');
  });

  it('takes the client IP through the trusted proxy hops only', async () => {
    const log = recordingLogger();
    const app = hardenedTestApp({ mode: 'live', trustProxyHops: 1 }, { logger: log.logger });
    await request(app).get('/healthz').set('X-Forwarded-For', '198.51.100.7, 203.0.113.9');
    expect(log.requests()[0]).toMatchObject({ ip: '203.0.113.9' });
  });

  it('logs healthy probes at debug level, so the info log carries none of them', async () => {
    const debug = recordingLogger('debug');
    await request(hardenedTestApp({ mode: 'live' }, { logger: debug.logger })).get('/healthz');
    expect(debug.requests()[0]).toMatchObject({ level: 'debug', route: '/healthz', status: 200 });

    const info = recordingLogger('info');
    const app = hardenedTestApp({ mode: 'live' }, { logger: info.logger });
    await request(app).get('/healthz').expect(200);
    await request(app).get('/api/status').expect(401);
    expect(info.requests().map((entry) => entry['route'])).toEqual(['/api/status']);
  });
});

describe('HTTP request metrics', () => {
  it('counts requests by method, route pattern and status class at /metrics', async () => {
    const metrics = createMetrics();
    const app = hardenedTestApp({ mode: 'live', metricsToken: METRICS_TOKEN }, { metrics });
    await request(app).post(`/webhooks/brightpearl/install-1/${WEBHOOK_TOKEN_IN_PATH}`).send({});
    await request(app).get('/healthz').expect(200);
    const res = await request(app)
      .get('/metrics')
      .set('Authorization', `Bearer ${METRICS_TOKEN}`)
      .expect(200);
    expect(res.text).toContain(
      'http_request_duration_seconds_count{method="POST",route="/webhooks/brightpearl/:installationId/:token",status_class="4xx"} 1',
    );
    expect(res.text).toContain(
      'http_request_duration_seconds_count{method="GET",route="/healthz",status_class="2xx"} 1',
    );
    expect(res.text).not.toContain(WEBHOOK_TOKEN_IN_PATH);
    // Process metrics from prom-client's default collectors.
    expect(res.text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(res.text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });
});
