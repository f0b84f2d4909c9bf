import { rmSync } from 'node:fs';

import {
  createLogger,
  isSandbox,
  loadLiveConfig,
  parseEnv,
  startCompanion,
} from '@bpkc/companion-service';

import { startSandbox } from '../rig/start-sandbox';
import { spoilOrder } from './bad-orders';
import { loadDemoConfig } from './demo-config';
import { progressLine } from './progress';

/** `npm start`: the sandbox demo, or the companion alone when real settings are present. */
async function main(): Promise<void> {
  const env = parseEnv();
  if (!isSandbox(env)) {
    const companion = await startCompanion(loadLiveConfig(env));
    const { url } = await companion.listen();
    console.log(`Companion listening on ${url} (live mode)`);
    onStop(() => companion.stop());
    return;
  }
  await runDemo();
}

async function runDemo(): Promise<void> {
  const config = loadDemoConfig();
  // Simulators keep their state in memory, so the companion's store starts fresh with them.
  rmSync(config.DEMO_DATA_DIR, { recursive: true, force: true });
  console.log('Starting the Brightpearl and Kentico simulators and the companion...');
  const rig = await startSandbox({
    dataDir: config.DEMO_DATA_DIR,
    cap: config.BRIGHTPEARL_REQUEST_CAP,
    companionPort: config.PORT,
    logger: createLogger({ level: 'warn' }),
  });
  console.log(`Sandbox demo: companion ${rig.companionUrl} (GET /api/status), Ctrl-C to stop`);
  console.log(`Admin screens (as in Kentico): ${rig.companionUrl}/admin`);
  let placed = 0;
  const placer = setInterval(() => {
    if (config.DEMO_MAX_ORDERS !== undefined && placed >= config.DEMO_MAX_ORDERS) return;
    const order = rig.generator.nextOrder();
    const bad = Math.random() < config.DEMO_BAD_ORDER_SHARE;
    rig.kentico.placeOrder(bad ? spoilOrder(order, placed) : order);
    placed += 1;
  }, 1000 / config.DEMO_ORDERS_PER_SECOND);
  // Warehouse activity in Brightpearl: a few stock corrections every few seconds.
  const warehouse = setInterval(() => {
    const picks = rig.catalog.filter(() => Math.random() < 0.1).slice(0, 5);
    const products = [...rig.brightpearl.state.products.values()];
    const corrections = picks.map((item) => ({
      productId: products.find((product) => product.sku === item.sku)!.id,
      quantity: 1 + Math.floor(Math.random() * 5),
      reason: 'Demo goods in',
    }));
    if (corrections.length > 0) rig.brightpearl.correctStock(2, corrections);
  }, 4000);
  const reporter = setInterval(
    async () => {
      const stockPushes = rig.kentico.requestLog.count('PUT /stock');
      const line = progressLine({ placed, stockPushes }, await rig.companion.status());
      process.stdout.write(process.stdout.isTTY ? `\r${line}   ` : `${line}\n`);
    },
    process.stdout.isTTY ? 1000 : 5000,
  );
  onStop(async () => {
    clearInterval(placer);
    clearInterval(warehouse);
    clearInterval(reporter);
    await rig.stop();
  });
}

function onStop(stop: () => Promise<void>): void {
  const handler = async () => {
    process.stdout.write('\nStopping...\n');
    await stop();
    process.exit(0);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
