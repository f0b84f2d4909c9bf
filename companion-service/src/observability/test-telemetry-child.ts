// First, as in main.ts: telemetry starts before http and express are loaded.
import { stopTelemetry } from '../telemetry-preload';
import { request } from 'node:http';

import { hardenedTestApp } from '../http/test-app';
import { INSTANCE_ID } from '../instances/instance-id';
import { openStore } from '../store';
import { observeInOpenTelemetry } from './live-figures';
import { createSilentLogger } from './logger';

/**
 * Test support (telemetry.test.ts): a process with telemetry on, serving the companion's HTTP
 * app. It calls itself through `http` (a request in, a dependency out), reports fixed gauge
 * figures, queries Postgres when given its URL, flushes through the distro's shutdown, and
 * prints its instance id.
 */
const [databaseUrl] = process.argv.slice(2);
const WEBHOOK_PATH = '/webhooks/brightpearl/install-1/child-secret-token?code=child-query';

function post(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST' }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', reject);
    req.end('{}');
  });
}

async function main(): Promise<void> {
  observeInOpenTelemetry(async () => ({
    openFailures: [{ flow: 'orders', reason: 'unknown-sku', count: 3 }],
    heldOrders: 2,
    queueDepths: { 'order-sync': 5 },
    brightpearl: { inWindow: 40, allowance: 160, requestsRemaining: 150 },
  }));
  const server = hardenedTestApp({ mode: 'sandbox' }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await post(port, WEBHOOK_PATH);
  await post(port, '/healthz');
  if (databaseUrl) {
    const store = await openStore({ databaseUrl, logger: createSilentLogger() });
    await store.query('SELECT 1 AS traced');
    await store.close();
  }
  server.close();
  await stopTelemetry();
  process.stdout.write(`${JSON.stringify({ instanceId: INSTANCE_ID })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
