import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  type BrightpearlSimulator,
  type CatalogItem,
  createBrightpearlSimulator,
  createKenticoSimulator,
  defaultCatalog,
  type KenticoSimulator,
  SANDBOX_MAPPING,
} from '@bpkc/sandbox';

import type { ChaosConfig } from './chaos-config';

export interface ChaosSims {
  brightpearl: BrightpearlSimulator;
  kentico: KenticoSimulator;
  catalog: CatalogItem[];
  /** Brightpearl product id per SKU. */
  productIds: Map<string, number>;
  /** Live-mode environment of the companion, pointing at these simulators. */
  companionEnv: Record<string, string>;
  close(): Promise<void>;
}

const TAX_CODES: Record<number, string> = { 20: 'T20', 5: 'T5', 0: 'Z' };

/**
 * Both simulators in this process on loopback, a catalog in Brightpearl, and the environment
 * every companion instance shares (each adds its PORT). The Kentico outbox and Brightpearl's
 * webhooks point at the balancer's fixed address, so they keep retrying while no instance is up,
 * as the extension's outbox would. Short schedules, so many intervals pass during one run.
 */
export async function startChaosSims(
  config: ChaosConfig,
  where: { dir: string; publicUrl: string; databaseSchema: string },
): Promise<ChaosSims> {
  const secret = randomBytes(32).toString('hex');
  const catalog = defaultCatalog(config.catalogSize);
  const brightpearl = createBrightpearlSimulator({ cap: config.cap, seed: config.seed });
  const ids = brightpearl.seedProducts(
    catalog.map((item) => ({
      sku: item.sku,
      name: item.name,
      price: item.unitPrice.toFixed(2),
      taxCode: TAX_CODES[item.taxRate] ?? 'T20',
      stockTracked: true,
      stock: { 2: config.initialStock },
    })),
  );
  const bp = await brightpearl.listen(0, '127.0.0.1');
  const kentico = createKenticoSimulator({
    secret,
    seed: config.seed,
    retry: { initialMs: 200, maxMs: 2000 },
  });
  const bridge = await kentico.listen(0, '127.0.0.1');
  kentico.setCompanionEventsUrl(`${where.publicUrl}/webhooks/kentico`);
  const mappingFile = join(where.dir, 'mapping.json');
  writeFileSync(mappingFile, JSON.stringify(SANDBOX_MAPPING, null, 2));
  const companionEnv = {
    BRIGHTPEARL_BASE_URL: new URL(bp.url).origin,
    BRIGHTPEARL_ACCOUNT_CODE: 'sandbox',
    BRIGHTPEARL_APP_REF: 'x',
    BRIGHTPEARL_ACCOUNT_TOKEN: 'sandbox-token',
    BRIGHTPEARL_REQUEST_CAP: String(config.cap),
    KENTICO_BRIDGE_URL: bridge.url,
    KENTICO_SHARED_SECRET: secret,
    MAPPING_FILE: mappingFile,
    PUBLIC_URL: where.publicUrl,
    HOST: '127.0.0.1',
    DATABASE_URL: config.databaseUrl,
    DATABASE_SCHEMA: where.databaseSchema,
    DATA_DIR: join(where.dir, 'companion-data'),
    LOG_LEVEL: config.logLevel,
    SYNC_COALESCE_MS: '100',
    STOCK_FULL_COMPARE_MINUTES: '1',
    SWEEP_SECONDS: '5',
    RECONCILE_SECONDS: '10',
    // Enough for an event to be stored during the burst; short, so dropped ones are found soon.
    RECONCILE_GRACE_SECONDS: '30',
    PAYMENT_BATCH_WAIT_MS: '2000',
  };
  return {
    brightpearl,
    kentico,
    catalog,
    productIds: new Map(catalog.map((item, index) => [item.sku, ids[index]!])),
    companionEnv,
    async close() {
      await kentico.close();
      await bridge.close();
      await bp.close();
      await brightpearl.close();
    },
  };
}

/** Turns every injected fault on (or off with `false`) on both simulators. */
export function setChaosFaults(sims: ChaosSims, config: ChaosConfig, on: boolean): void {
  sims.brightpearl.setFaults(on ? config.brightpearlFaults : {});
  sims.brightpearl.setWebhookDropRate(on ? config.webhookDropRate : 0);
  sims.kentico.setFaults(on ? config.kenticoFaults : {});
}

export function faultTotals(sims: ChaosSims) {
  const byKind = {
    brightpearl: sims.brightpearl.faultCounters(),
    kentico: sims.kentico.faultCounters(),
  };
  const sum = (counts: Record<string, number>) =>
    Object.values(counts).reduce((total, value) => total + value, 0);
  return { total: sum(byKind.brightpearl) + sum(byKind.kentico), byKind };
}
