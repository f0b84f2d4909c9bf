import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  createBrightpearlSimulator,
  createKenticoSimulator,
  createOrderGenerator,
  defaultCatalog,
  SANDBOX_MAPPING,
} from '@bpkc/sandbox';

import { freePort } from '../hostile/free-port';

/**
 * The packaged artifact really runs: `node artifact/companion-service/dist/main.js` (what App
 * Service and the Docker image start), in live mode against both simulators, answers `/healthz`,
 * carries one storefront order into Brightpearl, sends telemetry (so the pruned OpenTelemetry
 * packages still load) and stops cleanly on SIGTERM. Run after `npm run package` by
 * `npm run check:artifact`.
 */
const repoRoot = join(__dirname, '..', '..');
const say = (line: string) => process.stdout.write(`artifact smoke: ${line}\n`);
const TAX_CODES: Record<number, string> = { 20: 'T20', 5: 'T5', 0: 'Z' };

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await sleep(250);
  }
  throw new Error(`artifact smoke: ${what} within ${ms / 1000} s`);
}

/** Stands in for Application Insights' ingestion endpoint: counts what the exporter posts. */
async function startCollector() {
  let posts = 0;
  const server = createServer((req, res) => {
    if (req.method === 'POST') posts += 1;
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts: () => posts,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function main(): Promise<void> {
  const collector = await startCollector();
  const dir = mkdtempSync(join(tmpdir(), 'artifact-smoke-'));
  const secret = randomBytes(32).toString('hex');
  const catalog = defaultCatalog(5);
  const brightpearl = createBrightpearlSimulator({ cap: 10_000, seed: 3 });
  brightpearl.seedProducts(
    catalog.map((item) => ({
      sku: item.sku,
      name: item.name,
      price: item.unitPrice.toFixed(2),
      taxCode: TAX_CODES[item.taxRate] ?? 'T20',
      stockTracked: true,
      stock: { 2: 1000 },
    })),
  );
  const bp = await brightpearl.listen(0, '127.0.0.1');
  const kentico = createKenticoSimulator({
    secret,
    seed: 3,
    retry: { initialMs: 200, maxMs: 2000 },
  });
  const bridge = await kentico.listen(0, '127.0.0.1');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  kentico.setCompanionEventsUrl(`${url}/webhooks/kentico`);
  const mappingFile = join(dir, 'mapping.json');
  writeFileSync(mappingFile, JSON.stringify(SANDBOX_MAPPING));
  const child = spawn(process.execPath, ['companion-service/dist/main.js'], {
    cwd: join(repoRoot, 'artifact'),
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      PATH: process.env['PATH'] ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      BRIGHTPEARL_BASE_URL: new URL(bp.url).origin,
      BRIGHTPEARL_ACCOUNT_CODE: 'sandbox',
      BRIGHTPEARL_APP_REF: 'artifact-smoke',
      BRIGHTPEARL_ACCOUNT_TOKEN: 'sandbox-token',
      KENTICO_BRIDGE_URL: bridge.url,
      KENTICO_SHARED_SECRET: secret,
      MAPPING_FILE: mappingFile,
      PUBLIC_URL: url,
      DATA_DIR: join(dir, 'data'),
      LOG_LEVEL: 'warn',
      // Loopback simulators speak http://; the companion says so and starts anyway.
      ALLOW_INSECURE_CONFIG: 'true',
      SYNC_COALESCE_MS: '100',
      APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=${collector.url}/`,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    await until(
      '/healthz answers 200',
      async () => ((await fetch(`${url}/healthz`)).ok ? true : undefined),
      90_000,
    );
    say(`/healthz 200 from ${url}`);
    const order = kentico.placeOrder(createOrderGenerator({ seed: 3, catalog }).nextOrder());
    const synced = await until(
      'the order reaches Brightpearl',
      async () =>
        [...brightpearl.state.orders.values()].find((o) => o.externalRef === order.OrderGUID),
      60_000,
    );
    say(`order ${order.OrderGUID} is Brightpearl order ${synced.id}`);
    await until(
      'telemetry reaches the ingestion endpoint',
      async () => (collector.posts() > 0 ? true : undefined),
      60_000,
    );
    say(`telemetry: ${collector.posts()} export(s) received`);
    child.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) throw new Error(`artifact smoke: exit code ${code} after SIGTERM`);
    say('stopped cleanly');
  } finally {
    child.kill('SIGKILL');
    await kentico.close();
    await bridge.close();
    await bp.close();
    await brightpearl.close();
    await collector.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
